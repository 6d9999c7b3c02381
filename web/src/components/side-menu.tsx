// The left-hand menu. Groups follow /work/shared/design/screens.md (首页, 行动方案, 指标监测,
// 数据填报, …, 系统管理); only pages that exist are listed, and 系统管理 only for administrators.
import {
  AlertOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FundOutlined,
  GlobalOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TrophyOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { User } from '../api/types.ts';
import { canManagePlans, isAdmin } from '../lib/roles.ts';
import { progressMenuItems } from './progress/progress-menu.ts';
import { SUPERVISION_MENU_PATHS, supervisionMenuItems } from './supervision/supervision-menu.ts';

type MenuItem = Required<MenuProps>['items'][number];

function item(path: string, label: string, icon?: ReactNode): MenuItem {
  return { key: path, icon, label: <Link to={path}>{label}</Link> };
}

function menuItems(user: User | null): MenuItem[] {
  const items: MenuItem[] = [
    item('/', '首页', <DashboardOutlined />),
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
    {
      key: 'indicator-group',
      icon: <FundOutlined />,
      label: '指标监测',
      children: [
        item('/indicators', '目标看板'),
        item('/indicators/air', '空气质量'),
        item('/indicators/water', '水环境'),
      ],
    },
    {
      key: 'data-group',
      icon: <UploadOutlined />,
      label: '数据填报',
      children: [
        item('/data/import', '数据导入'),
        item('/data/imports', '导入记录'),
        item('/data/records', '数据浏览'),
      ],
    },
  ];
  items.push({
    // 监管闭环: 企业档案, 匹配确认, 双随机 and the risk model (supervision-menu.ts), then trace and cases.
    key: 'supervision-group',
    icon: <SafetyCertificateOutlined />,
    label: '监管闭环',
    children: [
      ...supervisionMenuItems(user).map((p) => item(p.path, p.label)),
      item('/trace', '追溯'),
      item('/disposal', '核查处置'),
      item('/incidents', '事故报告'),
    ],
  });
  const progress = progressMenuItems(user);
  if (progress.length > 0) {
    items.push({
      key: 'progress-group',
      icon: <AlertOutlined />,
      label: '进展督办',
      children: progress.map((p) => item(p.path, p.label)),
    });
  }
  // 考核评价 for everyone logged in (units fill in self-evaluations); 报告 and 公开管理 for the 州质量办.
  items.push({
    key: 'assessment-group',
    icon: <TrophyOutlined />,
    label: '考核评价',
    children: [item('/assessment', '考核'), item('/assessment/rules', '考核规则')],
  });
  if (canManagePlans(user)) {
    items.push(item('/reports', '报告', <FileWordOutlined />));
  }
  items.push({
    key: 'public-group',
    icon: <GlobalOutlined />,
    label: '信息公开',
    children: [
      ...(canManagePlans(user) ? [item('/disclosure', '公开管理')] : []),
      {
        key: '/public',
        label: (
          <a href="/public" target="_blank" rel="noreferrer">
            公开网站
          </a>
        ),
      },
    ],
  });
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

// Longest prefix wins, so /plan/versions highlights 方案版本, /tasks/3 重点任务 and
// /indicators/food_pass_rate 目标看板. 首页 ('/') matches only itself.
const MENU_PATHS = [
  '/plan/versions',
  '/plan',
  '/tasks',
  '/units',
  '/indicators/air',
  '/indicators/water',
  '/indicators',
  '/data/import',
  '/data/imports',
  '/data/records',
  '/progress/my',
  '/progress/reports',
  '/progress/review',
  '/progress/supervision',
  '/progress/overdue',
  '/progress/links',
  ...SUPERVISION_MENU_PATHS,
  '/trace',
  '/disposal',
  '/incidents',
  '/assessment/rules',
  '/assessment',
  '/reports',
  '/disclosure',
  '/admin/users',
  '/admin/audit',
];

function selectedKey(pathname: string): string | undefined {
  if (pathname === '/') return '/';
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
      defaultOpenKeys={[
        'supervision-group',
        'progress-group',
        'plan-group',
        'indicator-group',
        'data-group',
        'assessment-group',
        'public-group',
        'admin-group',
      ]}
      items={menuItems(user)}
    />
  );
}
