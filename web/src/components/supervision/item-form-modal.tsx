// 抽查事项 (一单): an inspection item with its legal basis and the industries it applies to.
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { drawApi, type InspectionItem } from '../../api/supervision.ts';

interface Values {
  name: string;
  legalBasis: string;
  industries: string[];
  active: boolean;
}

export function ItemFormModal({
  open,
  item,
  industries,
  onClose,
  onSaved,
}: {
  open: boolean;
  item: InspectionItem | null;
  industries: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue(item ?? { name: '', legalBasis: '', industries: [], active: true });
  }, [open, item, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      if (item) await drawApi.updateItem(item.id, v);
      else await drawApi.createItem({ name: v.name, legalBasis: v.legalBasis, industries: v.industries });
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
      title={item ? '编辑抽查事项' : '添加抽查事项'}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label="抽查事项"
          rules={[{ required: true, whitespace: true, message: '请填写抽查事项' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label="法律依据"
          rules={[{ required: true, whitespace: true, message: '请填写法律依据' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="industries" label="适用行业" extra="不选为全部行业">
          <Select mode="multiple" options={industries.map((i) => ({ value: i, label: i }))} />
        </Form.Item>
        {item && (
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
