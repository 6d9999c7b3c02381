// 抽查计划: the share drawn per risk class (default A 5%, B 20%, C 60%, D 100%), the counties and
// industries in the pool, inspectors per object and the 回避 rules.
import { Alert, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import {
  type DrawPlan,
  drawApi,
  type InspectionItem,
  RISK_CLASS_LABELS,
  type RiskClass,
} from '../../api/supervision.ts';
import { useRegionOptions } from './region-options.ts';

interface Values {
  name: string;
  A: number;
  B: number;
  C: number;
  D: number;
  regionCodes: string[];
  industries: string[];
  inspectorsPerObject: number;
  avoidHomeRegion: boolean;
  itemIds: number[];
}

const CLASSES: RiskClass[] = ['A', 'B', 'C', 'D'];
const DEFAULTS = { A: 5, B: 20, C: 60, D: 100 };

export function PlanFormModal({
  open,
  plan,
  items,
  industries,
  onClose,
  onSaved,
}: {
  open: boolean;
  plan: DrawPlan | null;
  items: InspectionItem[];
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
    if (plan) {
      const pct = (c: RiskClass) => Math.round(plan.rules.shares[c] * 1000) / 10;
      form.setFieldsValue({
        name: plan.name,
        A: pct('A'),
        B: pct('B'),
        C: pct('C'),
        D: pct('D'),
        regionCodes: plan.rules.regionCodes,
        industries: plan.rules.industries,
        inspectorsPerObject: plan.rules.inspectorsPerObject,
        avoidHomeRegion: plan.rules.avoidHomeRegion,
        itemIds: plan.itemIds,
      });
    } else {
      form.setFieldsValue({
        name: '',
        ...DEFAULTS,
        regionCodes: [],
        industries: [],
        inspectorsPerObject: 2,
        avoidHomeRegion: false,
        itemIds: [],
      });
    }
  }, [open, plan, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const body = {
        name: v.name,
        itemIds: v.itemIds,
        rules: {
          shares: { A: v.A / 100, B: v.B / 100, C: v.C / 100, D: v.D / 100 },
          regionCodes: v.regionCodes,
          industries: v.industries,
          inspectorsPerObject: v.inspectorsPerObject,
          avoidHomeRegion: v.avoidHomeRegion,
        },
      };
      if (plan) await drawApi.updatePlan(plan.id, body);
      else await drawApi.createPlan(body);
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
      title={plan ? '编辑抽查计划' : '新建抽查计划'}
      okText="保存"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={680}
    >
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label="计划名称"
          rules={[{ required: true, whitespace: true, message: '请填写计划名称' }]}
        >
          <Input placeholder="如:2026 年食品生产企业双随机抽查" />
        </Form.Item>
        <Form.Item label="各风险分类的抽取比例(%)" extra="按比例向上取整:有企业且比例大于 0 的分类至少抽 1 家">
          <Space wrap>
            {CLASSES.map((c) => (
              <Form.Item key={c} name={c} noStyle rules={[{ required: true }]}>
                <InputNumber min={0} max={100} addonBefore={`${c} ${RISK_CLASS_LABELS[c]}`} style={{ width: 190 }} />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Form.Item name="regionCodes" label="地区" extra="不选为全州">
          <Select mode="multiple" options={regions} />
        </Form.Item>
        <Form.Item name="industries" label="行业" extra="不选为全部行业">
          <Select mode="multiple" options={industries.map((i) => ({ value: i, label: i }))} />
        </Form.Item>
        <Form.Item name="itemIds" label="抽查事项">
          <Select
            mode="multiple"
            options={items.filter((i) => i.active).map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item name="inspectorsPerObject" label="每户检查人员数">
            <InputNumber min={2} max={5} />
          </Form.Item>
          <Form.Item name="avoidHomeRegion" label="本地区回避" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
