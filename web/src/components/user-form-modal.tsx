// 新建用户 / 编辑用户. The scope field follows the role: a department user belongs to a unit, a
// county user to a county (the server rejects the user otherwise: USER_SCOPE_REQUIRED).
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import type { Role, User, UserCreateInput, UserPatchInput } from '../api/types.ts';
import { createUser, updateUser } from '../api/users.ts';
import { useRegions } from '../hooks/use-reference-data.ts';
import { ROLE_OPTIONS } from '../lib/roles.ts';
import { UnitSelect } from './unit-select.tsx';

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  unitId?: number | null;
  regionCode?: string | null;
}

interface UserFormModalProps {
  open: boolean;
  /** The user being edited; null when creating. */
  user: User | null;
  onClose: () => void;
  onCreated: (user: User, initialPassword: string) => void;
  onUpdated: (user: User) => void;
}

/** The scope that matches the role; on edit the other scope is cleared so a stale one can't linger. */
function scopeFor(values: FormValues, editing: boolean): Pick<UserPatchInput, 'unitId' | 'regionCode'> {
  if (values.role === 'department' && values.unitId)
    return editing ? { unitId: values.unitId, regionCode: null } : { unitId: values.unitId };
  if (values.role === 'county' && values.regionCode)
    return editing ? { regionCode: values.regionCode, unitId: null } : { regionCode: values.regionCode };
  return {};
}

export function UserFormModal({ open, user, onClose, onCreated, onUpdated }: UserFormModalProps) {
  const [form] = Form.useForm<FormValues>();
  const role = Form.useWatch('role', form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: regions, loading: regionsLoading } = useRegions();
  const countyOptions = (regions ?? [])
    .filter((r) => r.level === 'county')
    .map((r) => ({ value: r.code, label: r.name }));

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unitId,
        regionCode: user.regionCode,
      });
    }
  }, [open, user, form]);

  const submit = async (values: FormValues) => {
    setSubmitting(true);
    setError(null);
    try {
      if (user) {
        const patch: UserPatchInput = {
          displayName: values.displayName.trim(),
          role: values.role,
          ...scopeFor(values, true),
        };
        const res = await updateUser(user.id, patch);
        onUpdated(res.user);
      } else {
        const input: UserCreateInput = {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          role: values.role,
          ...(scopeFor(values, false) as Pick<UserCreateInput, 'unitId' | 'regionCode'>),
        };
        const res = await createUser(input);
        onCreated(res.user, res.initialPassword);
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? '编辑用户' : '新建用户'}
      okText={user ? '保存' : '创建'}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Keep the form mounted so it can be filled before the dialog opens.
      forceRender
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'viewer' }} autoComplete="off">
        <Form.Item
          name="username"
          label="用户名"
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            // Mirrors the server's rule so the mistake shows before submitting.
            { pattern: /^[A-Za-z0-9_.-]{3,64}$/, message: '用户名为 3–64 位字母、数字、下划线、点或短横线' },
          ]}
        >
          <Input disabled={Boolean(user)} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        {role === 'department' && (
          <Form.Item name="unitId" label="所属单位" rules={[{ required: true, message: '部门用户须绑定单位' }]}>
            <UnitSelect style={{ width: '100%' }} />
          </Form.Item>
        )}
        {role === 'county' && (
          <Form.Item name="regionCode" label="所属县市" rules={[{ required: true, message: '县市用户须绑定地区' }]}>
            <Select
              options={countyOptions}
              loading={regionsLoading}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择县市"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
