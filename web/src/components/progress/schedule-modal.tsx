// 填报周期设置: how often units report (monthly or quarterly), on which day of the following month
// a period's report is due, how many days before that it turns yellow, and per-period due dates
// (e.g. a holiday extension). Periods that already have reports cannot be dropped.
import { Alert, DatePicker, Form, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { type Frequency, type Schedule, saveSchedule } from '../../api/progress.ts';

interface FormValues {
  frequency: Frequency;
  year: number;
  startMonth: number;
  dueDay: number;
  warnDays: number;
}

export function ScheduleModal(props: {
  open: boolean;
  schedule: Schedule | undefined;
  onClose: () => void;
  onSaved: (s: Schedule) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s = props.schedule;

  useEffect(() => {
    if (!props.open || !s) return;
    setError(null);
    form.setFieldsValue({
      frequency: s.frequency,
      year: s.year,
      startMonth: s.startMonth,
      dueDay: s.dueDay,
      warnDays: s.warnDays,
    });
    setOverrides(s.dueOverrides);
  }, [props.open, s, form]);

  const submit = async (v: FormValues) => {
    if (!s) return;
    setBusy(true);
    setError(null);
    try {
      // Overrides belong to the periods of the frequency they were set for.
      const keep = v.frequency === s.frequency && v.year === s.year ? overrides : {};
      props.onSaved(await saveSchedule({ planId: s.planId, ...v, dueOverrides: keep }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title="填报周期设置"
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      forceRender
      width={680}
    >
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
      {s && s.periodsInUse.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title={`已有报告或督办单的周期:${s.periodsInUse.join('、')}。这些周期不能取消,因此不能更改填报频率或年份。`}
        />
      )}
      <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item name="frequency" label="频率">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'quarterly', label: '按季度' },
              { value: 'monthly', label: '按月' },
            ]}
          />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="startMonth" label="起始月份" rules={[{ required: true }]}>
          <InputNumber min={1} max={12} suffix="月" />
        </Form.Item>
        <Form.Item name="dueDay" label="截止日" tooltip="周期结束后次月的第几日" rules={[{ required: true }]}>
          <InputNumber min={1} max={28} prefix="次月" suffix="日" />
        </Form.Item>
        <Form.Item name="warnDays" label="提前预警" rules={[{ required: true }]}>
          <InputNumber min={0} max={60} suffix="天" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">各周期的截止日期(可单独调整,保存后生效):</Typography.Text>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={s?.periods ?? []}
        columns={[
          { title: '周期', dataIndex: 'label' },
          { title: '起止', key: 'range', render: (_, p) => `${p.start} — ${p.end}` },
          {
            title: '截止日期',
            key: 'due',
            render: (_, p) => (
              <DatePicker
                allowClear
                value={dayjs(overrides[p.key] ?? p.due)}
                onChange={(d: Dayjs | null) => {
                  const next = { ...overrides };
                  if (d) next[p.key] = d.format('YYYY-MM-DD');
                  else delete next[p.key];
                  setOverrides(next);
                }}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
