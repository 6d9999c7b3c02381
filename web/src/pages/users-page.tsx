// 用户管理: list users, create them (the generated initial password is shown once), edit,
// 停用/启用 and 重置密码.
import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Popconfirm, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import type { User } from '../api/types.ts';
import { listUsers, resetPassword, updateUser } from '../api/users.ts';
import { type InitialPassword, InitialPasswordModal } from '../components/initial-password-modal.tsx';
import { ErrorResult } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { UserFormModal } from '../components/user-form-modal.tsx';
import { useApi } from '../hooks/use-api.ts';
import { formatDateTime } from '../lib/format.ts';
import { ROLE_LABELS } from '../lib/roles.ts';
import { useSession } from '../session/session-context.tsx';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

export function UsersPage() {
  const { user: me } = useSession();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Editing>(null);
  const [initialPassword, setInitialPassword] = useState<InitialPassword | null>(null);
  const { data, error, loading, reload } = useApi((signal) => listUsers(page, pageSize, signal), [page, pageSize]);

  // If the server ignores paging and returns everyone, page on the client instead.
  const items = data?.items ?? [];
  const serverPaged = items.length <= pageSize;

  const toggleDisabled = async (user: User) => {
    try {
      await updateUser(user.id, { disabled: !user.disabled });
      message.success(user.disabled ? `已启用 ${user.displayName}` : `已停用 ${user.displayName}`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const doReset = async (user: User) => {
    try {
      const res = await resetPassword(user.id);
      setInitialPassword({
        username: user.username,
        displayName: user.displayName,
        password: res.initialPassword,
        reason: 'reset',
      });
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableProps<User>['columns'] = [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    {
      title: '角色',
      dataIndex: 'role',
      width: 110,
      render: (role: User['role']) => <Tag>{ROLE_LABELS[role] ?? role}</Tag>,
    },
    { title: '单位/地区', key: 'scope', render: (_, u) => u.unitName ?? u.regionName ?? '—' },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, u) => (
        <Space size={4}>
          {u.disabled ? <Badge status="default" text="已停用" /> : <Badge status="success" text="正常" />}
          {u.mustChangePassword && !u.disabled && <Tag color="orange">待改密</Tag>}
        </Space>
      ),
    },
    {
      title: '最后登录',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDateTime(at) : '从未登录'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={4}>
          <Typography.Link onClick={() => setEditing({ mode: 'edit', user: u })}>编辑</Typography.Link>
          {u.id !== me?.id && (
            <Popconfirm
              title={u.disabled ? `启用 ${u.displayName}?` : `停用 ${u.displayName}?`}
              description={u.disabled ? undefined : '停用后该用户将无法登录'}
              onConfirm={() => toggleDisabled(u)}
            >
              <Typography.Link type={u.disabled ? undefined : 'danger'}>{u.disabled ? '启用' : '停用'}</Typography.Link>
            </Popconfirm>
          )}
          <Popconfirm
            title={`重置 ${u.displayName} 的密码?`}
            description="将生成新的初始密码,原密码立即失效"
            onConfirm={() => doReset(u)}
          >
            <Typography.Link>重置密码</Typography.Link>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '系统管理' }, { title: '用户管理' }]}
      title="用户管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
          新建用户
        </Button>
      }
    >
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={items}
          scroll={{ x: 1000 }}
          locale={{ emptyText: '暂无用户' }}
          pagination={
            serverPaged
              ? {
                  current: page,
                  pageSize,
                  total: data?.total ?? 0,
                  showSizeChanger: true,
                  showTotal: (total) => `共 ${total} 人`,
                  onChange: (p, size) => {
                    setPage(size === pageSize ? p : 1);
                    setPageSize(size);
                  },
                }
              : { pageSize, showTotal: (total) => `共 ${total} 人` }
          }
        />
      )}
      <UserFormModal
        open={editing !== null}
        user={editing?.mode === 'edit' ? editing.user : null}
        onClose={() => setEditing(null)}
        onCreated={(user, password) => {
          setEditing(null);
          setInitialPassword({ username: user.username, displayName: user.displayName, password, reason: 'created' });
          reload();
        }}
        onUpdated={(user) => {
          setEditing(null);
          message.success(`已保存 ${user.displayName}`);
          reload();
        }}
      />
      <InitialPasswordModal value={initialPassword} onClose={() => setInitialPassword(null)} />
    </PageContainer>
  );
}
