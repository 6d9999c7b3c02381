// 下发督办单: the 州质量办 picks a task, one of its units, optionally the period it is about, writes
// what is required and by when. Units offered are the task's own (a group name such as
// 各县市人民政府 expands to its members), as the server accepts no other.
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { getPlan } from '../../api/plans.ts';
import { getSchedule, issueNotice, type Notice } from '../../api/progress.ts';
import type { TaskSummary, UnitRef } from '../../api/types.ts';
import { useApi } from '../../hooks/use-api.ts';

export interface NoticePrefill {
  taskId?: number;
  unitId?: number;
  period?: string;
}

interface FormValues {
  taskId?: number;
  unitId?: number;
  period?: string;
  content: string;
  dueDate?: Dayjs | null;
}

function unitsOf(task: TaskSummary | undefined): { value: number; label: string }[] {
  if (!task) return [];
  const seen = new Map<number, string>();
  const add = (refs: UnitRef[], role: string) => {
    for (const r of refs) {
      for (const u of r.groupOf ?? [r]) {
        if (u.unitId !== null && !seen.has(u.unitId)) seen.set(u.unitId, `${u.name}(${role})`);
      }
    }
  };
  add(task.lead, '牵头');
  add(task.responsible, '责任');
  return [...seen].map(([value, label]) => ({ value, label }));
}

export function NoticeFormModal(props: {
  open: boolean;
  prefill: NoticePrefill | null;
  onClose: () => void;
  onIssued: (n: Notice) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const taskId = Form.useWatch('taskId', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: plan } = useApi((signal) => getPlan(null, signal), []);
  const { data: schedule } = useApi((signal) => getSchedule(undefined, signal), []);
  const task = useMemo(() => plan?.tasks.find((t) => t.id === taskId), [plan, taskId]);

  useEffect(() => {
    if (!props.open) return;
    setError(null);
    form.resetFields();
    if (props.prefill) form.setFieldsValue(props.prefill);
  }, [props.open, props.prefill, form]);

  const submit = async (v: FormValues) => {
    if (v.taskId === undefined || v.unitId === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const n = await issueNotice({
        taskId: v.taskId,
        unitId: v.unitId,
        period: v.period ?? null,
        content: v.content.trim(),
        dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
      });
      props.onIssued(n);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title="下发督办单"
      okText="下发"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      forceRender
      width={640}
    >
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="taskId" label="重点任务" rules={[{ required: true, message: '请选择任务' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(plan?.tasks ?? []).map((t) => ({ value: t.id, label: `${t.seq + 1}. ${t.title}` }))}
            onChange={() => form.setFieldValue('unitId', undefined)}
          />
        </Form.Item>
        <Form.Item name="unitId" label="督办单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitsOf(task)} disabled={!task} />
        </Form.Item>
        <Form.Item name="period" label="涉及周期(可不选)">
          <Select allowClear options={(schedule?.periods ?? []).map((p) => ({ value: p.key, label: p.label }))} />
        </Form.Item>
        <Form.Item
          name="content"
          label="督办内容"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写督办内容' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="dueDate" label="整改/反馈期限(可不填)">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
