// 执法检查人员: unit, region, the industries they are qualified for, and the enterprises they
// declared a conflict of interest with (credit codes), which the draw keeps them away from.
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { drawApi, type Inspector } from '../../api/supervision.ts';
import { useRegionOptions } from './region-options.ts';

interface Values {
  name: string;
  unit: string;
  regionCode?: string | null;
  qualifications: string[];
  conflicts: string[];
  active: boolean;
}

export function InspectorFormModal({
  open,
  inspector,
  industries,
  onClose,
  onSaved,
}: {
  open: boolean;
  inspector: Inspector | null;
  industries: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const regions = useRegionOptions();

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue(
      inspector
        ? { ...inspector, regionCode: inspector.regionCode }
        : { name: '', unit: '', regionCode: null, qualifications: [], conflicts: [], active: true },
    );
  }, [open, inspector, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const body = { ...v, regionCode: v.regionCode ?? null };
      if (inspector) await drawApi.updateInspector(inspector.id, body);
      else await drawApi.createInspector(body);
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={inspector ? '编辑检查人员' : '登记检查人员'}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unit" label="单位" rules={[{ required: true, whitespace: true, message: '请填写单位' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label="所在地区">
          <Select allowClear options={regions} />
        </Form.Item>
        <Form.Item
          name="qualifications"
          label="检查资格(行业)"
          rules={[{ required: true, message: '至少选择一个行业' }]}
        >
          <Select mode="multiple" options={industries.map((i) => ({ value: i, label: i }))} />
        </Form.Item>
        <Form.Item
          name="conflicts"
          label="申报回避的企业(统一社会信用代码)"
          extra="回车分隔多个代码;抽取时不会派往这些企业"
        >
          <Select mode="tags" open={false} tokenSeparators={[',', ',', ';', ';', ' ']} />
        </Form.Item>
        {inspector && (
          <Form.Item name="active" label="在岗" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
