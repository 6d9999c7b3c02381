// A county's or department's self-evaluation: a self score, a claimed score and note per rule,
// and a written summary; saved as a draft or submitted to the 州质量办.
import { App, Button, Card, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { assessmentApi, type RuleSetDetail, type SelfEvaluation, type SelfItem } from '../../api/assessment.ts';
import { formatDateTime } from '../../lib/format.ts';

interface Props {
  roundId: number;
  subject: { key: string; name: string; self: SelfEvaluation | null };
  rules: RuleSetDetail['rules'] | undefined;
  onSaved: () => void;
}

export function SelfEvaluationForm({ roundId, subject, rules, onSaved }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ selfScore: number | null; text: string; items: Record<string, SelfItem> }>();
  const ruleRows = [
    ...(rules?.indicators ?? []).map((x) => ({ id: x.id, label: x.label ?? x.indicator, points: x.points })),
    ...(rules?.linkedIndicators
      ? [{ id: rules.linkedIndicators.id, label: rules.linkedIndicators.label, points: rules.linkedIndicators.points }]
      : []),
    ...(rules?.tasks ?? []).map((x) => ({ id: x.id, label: x.label ?? x.kind, points: x.points })),
  ];

  useEffect(() => {
    const s = subject.self;
    form.setFieldsValue({
      selfScore: s?.selfScore ?? null,
      text: s?.text ?? '',
      items: Object.fromEntries((s?.items ?? []).map((i) => [i.ruleId, i])),
    });
  }, [subject.self, form]);

  const save = async (submit: boolean) => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const items = Object.entries(v.items ?? {})
        .filter(([, i]) => i && (i.points !== null && i.points !== undefined ? true : (i.note ?? '').trim() !== ''))
        .map(([ruleId, i]) => ({ ruleId, points: i.points ?? null, note: i.note ?? '' }));
      await assessmentApi.saveSelf(roundId, subject.key, {
        ...(subject.self ? { version: subject.self.version } : {}),
        selfScore: v.selfScore ?? null,
        text: v.text ?? '',
        items,
        submit,
      });
      message.success(submit ? '自评已提交' : '自评草稿已保存');
      onSaved();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={`${subject.name} 自评`}
      extra={
        subject.self && (
          <Space>
            <Tag color={subject.self.status === 'submitted' ? 'green' : 'default'}>
              {subject.self.status === 'submitted' ? '已提交' : '草稿'}
            </Tag>
            {formatDateTime(subject.self.updatedAt)}
          </Space>
        )
      }
    >
      <Form form={form} layout="vertical" data-testid="self-evaluation-form">
        <Form.Item name="selfScore" label="自评总分">
          <InputNumber min={0} max={200} step={0.5} />
        </Form.Item>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={ruleRows}
          columns={[
            { title: '考核项目', dataIndex: 'label' },
            { title: '分值', dataIndex: 'points', width: 70 },
            {
              title: '自评得分',
              key: 'points',
              width: 120,
              render: (_, r) => (
                <Form.Item name={['items', r.id, 'points']} noStyle>
                  <InputNumber min={0} max={r.points} step={0.5} />
                </Form.Item>
              ),
            },
            {
              title: '说明',
              key: 'note',
              render: (_, r) => (
                <Form.Item name={['items', r.id, 'note']} noStyle>
                  <Input placeholder="完成情况、佐证材料" />
                </Form.Item>
              ),
            },
          ]}
        />
        <Form.Item name="text" label="自评报告" style={{ marginTop: 16 }}>
          <Input.TextArea rows={5} placeholder="本年度质量工作完成情况、亮点与不足" />
        </Form.Item>
        <Space>
          <Button loading={busy} onClick={() => save(false)}>
            保存草稿
          </Button>
          <Button type="primary" loading={busy} onClick={() => save(true)}>
            提交自评
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
