// The frame of the public site (信息公开): no login, no menu of the internal platform, only
// links between the published lists.
import { Layout, Menu, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PLATFORM_NAME } from '../../lib/platform.ts';

const ITEMS = [
  { key: '/public/indicators', label: '指标完成情况' },
  { key: '/public/sampling', label: '抽检结果公示' },
  { key: '/public/assessment', label: '考核结果' },
  { key: '/public/draws', label: '双随机抽查' },
];

export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} - 信息公开 - ${PLATFORM_NAME}`;
  }, [title]);
  const selected = ITEMS.find((i) => pathname.startsWith(i.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', display: 'flex', gap: 24 }}>
        <Link to="/public">
          <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
            信息公开
          </Typography.Text>
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={selected ? [selected] : []}
          style={{ flex: 1, borderBottom: 'none' }}
          items={ITEMS.map((i) => ({ key: i.key, label: <Link to={i.key}>{i.label}</Link> }))}
        />
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 1280, width: '100%', margin: '16px auto', padding: '0 16px' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
