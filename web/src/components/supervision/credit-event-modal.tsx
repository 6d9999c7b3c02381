// 添加信用记录: a penalty, disposal, incident, complaint, certification, award or standard
// self-declaration, with its date, source and the risk points a person assigns (optional).
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { type ClassChange, type EnterpriseMeta, enterpriseApi } from '../../api/supervision.ts';

interface Values {
  kind: string;
  date: Dayjs;
  description: string;
  source: string;
  points?: number | null;
}

export function CreditEventModal({
  open,
  enterpriseId,
  meta,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterpriseId: number;
  meta: EnterpriseMeta | undefined;
  onClose: () => void;
  onSaved: (changes: ClassChange[]) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const r = await enterpriseApi.addEvent(enterpriseId, {
        kind: v.kind,
        date: v.date.format('YYYY-MM-DD'),
        description: v.description,
        source: v.source,
        points: v.points ?? null,
      });
      form.resetFields();
      onSaved(r.classChanges);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="添加信用记录"
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'penalty' }}>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select
            options={(meta?.eventKinds ?? [])
              .filter((k) => k.kind !== 'inspection')
              .map((k) => ({ value: k.kind, label: k.label }))}
          />
        </Form.Item>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="description"
          label="内容"
          rules={[{ required: true, whitespace: true, message: '请填写内容' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="source"
          label="来源(文书号、发证机构等)"
          rules={[{ required: true, whitespace: true, message: '请填写来源' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="points" label="分值" extra="由风险分类模型决定是否计入,例如行政处罚分值">
          <InputNumber min={0} max={1000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
