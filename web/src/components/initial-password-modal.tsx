// Shows a generated initial password exactly once (the server never returns it again), with a
// copy button, and reminds the administrator the user must change it at first login.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { copyText } from '../lib/clipboard.ts';

export interface InitialPassword {
  username: string;
  displayName: string;
  password: string;
  /** 'created' after 新建用户, 'reset' after 重置密码. */
  reason: 'created' | 'reset';
}

export function InitialPasswordModal({ value, onClose }: { value: InitialPassword | null; onClose: () => void }) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!value) return;
    if (await copyText(value.password)) message.success('初始密码已复制');
    else message.error('复制失败,请手动选中密码复制');
  };
  return (
    <Modal
      open={value !== null}
      title={value?.reason === 'reset' ? '密码已重置' : '用户已创建'}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={copy}>
          复制密码
        </Button>,
        <Button key="ok" type="primary" onClick={onClose}>
          我已记下
        </Button>,
      ]}
    >
      {value && (
        <>
          <Alert
            style={{ marginBottom: 16 }}
            type="warning"
            showIcon
            title="初始密码只显示这一次,请复制后通过安全渠道告知本人。用户首次登录时须修改密码。"
          />
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'user', label: '用户', children: `${value.displayName}(${value.username})` },
              {
                key: 'password',
                label: '初始密码',
                children: (
                  <Typography.Text
                    code
                    copyable={{ text: value.password, tooltips: ['复制', '已复制'] }}
                    data-testid="initial-password"
                  >
                    {value.password}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
