// 登记 or 编辑 an enterprise. The server checks the credit code (GB 32100 check character) and
// the licence numbers; its message is shown as it comes. Renaming keeps the old name as an alias.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { type Enterprise, type EnterpriseMeta, enterpriseApi, type LinkReport } from '../../api/supervision.ts';
import { useRegionOptions } from './region-options.ts';

interface Values {
  creditCode: string;
  name: string;
  regionCode?: string | null;
  industry: string;
  size?: string | null;
  address?: string;
  licences?: string;
  aliases?: string[];
}

function parseLicences(text: string | undefined) {
  return (text ?? '')
    .split(/[;;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = s.match(/^(.*?)[::]\s*(.+)$/);
      return m
        ? { type: (m[1] ?? '').trim(), number: (m[2] ?? '').trim() }
        : { type: s.startsWith('SC') ? '食品生产许可证' : '许可证', number: s };
    });
}

export function EnterpriseFormModal({
  open,
  enterprise,
  meta,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise: Enterprise | null;
  meta: EnterpriseMeta | undefined;
  onClose: () => void;
  onSaved: (e: Enterprise, linking: LinkReport) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const regions = useRegionOptions();

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (enterprise) {
      form.setFieldsValue({
        creditCode: enterprise.creditCode,
        name: enterprise.name,
        regionCode: enterprise.regionCode,
        industry: enterprise.industry,
        size: enterprise.size,
        address: enterprise.address ?? '',
        licences: enterprise.licences.map((l) => `${l.type}:${l.number}`).join(';'),
        aliases: enterprise.aliases,
      });
    }
  }, [open, enterprise, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const body = {
        name: v.name,
        regionCode: v.regionCode ?? null,
        industry: v.industry,
        size: v.size ?? null,
        address: v.address?.trim() || null,
        licences: parseLicences(v.licences),
        aliases: v.aliases ?? [],
      };
      const r = enterprise
        ? await enterpriseApi.update(enterprise.id, body)
        : await enterpriseApi.create({ ...body, creditCode: v.creditCode });
      onSaved(r.enterprise, r.linking);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={enterprise ? `编辑「${enterprise.name}」` : '登记企业'}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={640}
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off" initialValues={{ industry: '食品生产' }}>
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          rules={[
            { required: true, message: '请输入统一社会信用代码' },
            { pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: '应为 18 位数字或大写字母(不含 I、O、Z、S、V)' },
          ]}
        >
          <Input disabled={Boolean(enterprise)} maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label="企业名称"
          rules={[{ required: true, whitespace: true, message: '请输入企业名称' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="aliases" label="曾用名 / 别名" extra="记录中出现的其他写法,用于自动关联">
          <Select mode="tags" tokenSeparators={[';', ';']} open={false} />
        </Form.Item>
        <Form.Item name="regionCode" label="所在地区">
          <Select allowClear options={regions} placeholder="不填时按信用代码中的登记机关区划" />
        </Form.Item>
        <Form.Item name="industry" label="行业" rules={[{ required: true, message: '请选择行业' }]}>
          <Select options={(meta?.industries ?? []).map((i) => ({ value: i, label: i }))} />
        </Form.Item>
        <Form.Item name="size" label="企业规模">
          <Select allowClear options={(meta?.sizes ?? []).map((i) => ({ value: i, label: i }))} />
        </Form.Item>
        <Form.Item name="licences" label="许可证" extra="多个以分号分隔,如 食品生产许可证:SC10662290100012">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="address" label="住所">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
