// The left-hand menu. Groups follow /work/shared/design/screens.md; only pages that exist are
// listed, and 系统管理 only for administrators.
import { FileTextOutlined, SettingOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import type { User } from '../api/types.ts';
import { isAdmin } from '../lib/roles.ts';

type MenuItem = Required<MenuProps>['items'][number];

function item(path: string, label: string): MenuItem {
  return { key: path, label: <Link to={path}>{label}</Link> };
}

function menuItems(user: User | null): MenuItem[] {
  const items: MenuItem[] = [
    {
      key: 'plan-group',
      icon: <FileTextOutlined />,
      label: '行动方案',
      children: [
        item('/plan', '方案总览'),
        item('/tasks', '重点任务'),
        item('/units', '单位责任清单'),
        item('/plan/versions', '方案版本'),
      ],
    },
  ];
  if (isAdmin(user)) {
    items.push({
      key: 'admin-group',
      icon: <SettingOutlined />,
      label: '系统管理',
      children: [item('/admin/users', '用户管理'), item('/admin/audit', '审计日志')],
    });
  }
  return items;
}

// Longest prefix wins, so /plan/versions highlights 方案版本 and /tasks/3 highlights 重点任务.
const MENU_PATHS = ['/plan/versions', '/plan', '/tasks', '/units', '/admin/users', '/admin/audit'];

function selectedKey(pathname: string): string | undefined {
  return MENU_PATHS.find((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function SideMenu({ user }: { user: User | null }) {
  const { pathname } = useLocation();
  const key = selectedKey(pathname);
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={key ? [key] : []}
      defaultOpenKeys={['plan-group', 'admin-group']}
      items={menuItems(user)}
    />
  );
}
