// The authenticated frame: left menu, header (platform name, user, 修改密码, 退出登录) and the
// routed page. Pages are lazily loaded, so the Suspense boundary sits here and the frame stays
// on screen while a page's chunk loads.
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Layout, Result, Space, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error.ts';
import { clearReferenceData, useRegions } from '../hooks/use-reference-data.ts';
import { DEFAULT_PREFECTURE, PLATFORM_SUFFIX } from '../lib/platform.ts';
import { ROLE_LABELS } from '../lib/roles.ts';
import { useSession } from '../session/session-context.tsx';
import { ChangePasswordModal } from './change-password-modal.tsx';
import { DemoBanner } from './demo-banner.tsx';
import { PageLoading } from './load-state.tsx';
import { SideMenu } from './side-menu.tsx';

function usePlatformName(): string {
  const { data } = useRegions();
  const prefecture = data?.find((r) => r.level === 'prefecture');
  // Only trust a short name that already reads like "临夏州"; otherwise keep the static name.
  const short = prefecture?.shortName?.endsWith('州') ? prefecture.shortName : DEFAULT_PREFECTURE;
  return `${short}${PLATFORM_SUFFIX}`;
}

export function AppLayout() {
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const platformName = usePlatformName();
  const forcePassword = Boolean(user?.mustChangePassword);

  const doLogout = async () => {
    try {
      await logout();
    } catch (err) {
      message.error(errorMessage(err));
    }
    clearReferenceData();
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Sticky with its own scroll: the menu is taller than a laptop screen, and the collapse
          trigger (fixed at the bottom) would otherwise sit over menu items as the page scrolls. */}
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        breakpoint="lg"
        className="zl-sider"
      >
        <div className="zl-logo">{collapsed ? '质量' : '质量提升行动'}</div>
        <SideMenu user={user} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="zl-header">
          <Typography.Text strong style={{ fontSize: 18 }}>
            {platformName}
          </Typography.Text>
          <Space size="middle">
            <Space size={4}>
              <UserOutlined />
              <span data-testid="current-user">{user?.displayName}</span>
              {user && <Tag color="blue">{ROLE_LABELS[user.role]}</Tag>}
              {(user?.unitName || user?.regionName) && (
                <Typography.Text type="secondary">{user.unitName ?? user.regionName}</Typography.Text>
              )}
            </Space>
            <Button type="text" icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
              修改密码
            </Button>
            <Button type="text" icon={<LogoutOutlined />} onClick={doLogout}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        {user && !forcePassword && <DemoBanner />}
        <Layout.Content style={{ margin: 16, padding: 20, background: '#fff', borderRadius: 8 }}>
          {forcePassword ? (
            // Nothing else is usable until the generated password is replaced.
            <Result icon={<KeyOutlined />} title="请先修改初始密码" />
          ) : (
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
      <ChangePasswordModal
        open={forcePassword || passwordOpen}
        forced={forcePassword}
        onClose={() => setPasswordOpen(false)}
        onLogout={doLogout}
      />
    </Layout>
  );
}
