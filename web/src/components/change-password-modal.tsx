// 修改密码. In forced mode (first login with a generated password) the dialog cannot be dismissed;
// the only other way out is to log out.
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { changePassword } from '../api/auth.ts';
import { useSession } from '../session/session-context.tsx';

interface ChangePasswordModalProps {
  open: boolean;
  forced?: boolean;
  onClose: () => void;
  onLogout?: () => void;
}

interface FormValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

// Mirrors the server's AUTH_WEAK_PASSWORD rule so people learn it before submitting.
const STRONG_PASSWORD = /^(?=.*[A-Za-z])(?=.*\d).{10,}$/;

export function ChangePasswordModal({ open, forced = false, onClose, onLogout }: ChangePasswordModalProps) {
  const [form] = Form.useForm<FormValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { refresh } = useSession();
  const { message } = App.useApp();

  const submit = async (values: FormValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await changePassword(values.oldPassword, values.newPassword);
      message.success('密码已修改');
      form.resetFields();
      // The server clears mustChangePassword; re-read the session so the forced dialog closes.
      await refresh();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={forced ? '首次登录,请修改初始密码' : '修改密码'}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        forced ? (
          <Button key="logout" onClick={onLogout}>
            退出登录
          </Button>
        ) : (
          <Button key="cancel" onClick={onClose}>
            取消
          </Button>
        ),
        <Button key="submit" type="primary" loading={submitting} onClick={() => form.submit()}>
          确认修改
        </Button>,
      ]}
    >
      {forced && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          title="为了账号安全,使用平台前须将系统生成的初始密码改为您自己的密码。"
        />
      )}
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item
          name="oldPassword"
          label={forced ? '初始密码' : '当前密码'}
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 10 位,且包含字母和数字"
          rules={[
            { required: true, message: '请输入新密码' },
            { pattern: STRONG_PASSWORD, message: '密码强度不足:至少 10 位,且包含字母和数字' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
