// Bonuses the 州质量办 enters for a county or department (质量奖, brands, 5A and similar
// milestones), each with its evidence: the reference (文号) and, in the expanded row, the files
// (certificate, 命名文件). A scored round is re-scored on every bonus change.
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { assessmentApi, type Bonus, type RoundView, type RuleSetDetail } from '../../api/assessment.ts';
import { BonusFiles } from './bonus-files.tsx';

interface Props {
  round: RoundView;
  rules: RuleSetDetail['rules'] | undefined;
  onChanged: () => void;
}

export function BonusPanel({ round, rules, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ subjectKey: string; ruleId: string; title: string; count: number; evidence: string }>();
  const [busy, setBusy] = useState(false);
  // Rows show their files unless folded away, so a newly added bonus opens ready for its file.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set());
  const bonuses = round.subjects.flatMap((s) => s.bonuses.map((b) => ({ ...b, subjectName: s.name })));
  const ruleLabel = (id: string) => rules?.bonuses?.rules.find((r) => r.id === id)?.label ?? id;

  const add = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await assessmentApi.addBonus(round.id, { ...v, version: round.version });
      message.success('已录入加分项');
      form.resetFields(['title', 'evidence']);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={`加分项(合计不超过 ${rules?.bonuses?.max ?? 0} 分)`}>
      {round.can.bonus && (
        <Form form={form} layout="inline" initialValues={{ count: 1 }} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="subjectKey" rules={[{ required: true, message: '请选择考核对象' }]}>
            <Select
              style={{ width: 200 }}
              placeholder="考核对象"
              options={round.subjects.map((s) => ({ value: s.key, label: s.name }))}
            />
          </Form.Item>
          <Form.Item name="ruleId" rules={[{ required: true, message: '请选择加分项' }]}>
            <Select
              style={{ width: 160 }}
              placeholder="加分项"
              options={(rules?.bonuses?.rules ?? []).map((r) => ({
                value: r.id,
                label: `${r.label}(${r.pointsEach} 分)`,
              }))}
            />
          </Form.Item>
          <Form.Item name="title" rules={[{ required: true, message: '请填写事项' }]}>
            <Input style={{ width: 200 }} placeholder="事项, 如 省政府质量奖" />
          </Form.Item>
          <Form.Item name="count">
            <InputNumber min={1} max={20} style={{ width: 70 }} />
          </Form.Item>
          <Form.Item name="evidence" rules={[{ required: true, whitespace: true, message: '请填写佐证材料' }]}>
            <Input style={{ width: 240 }} placeholder="佐证: 文件名称、文号" />
          </Form.Item>
          <Button type="primary" loading={busy} onClick={add}>
            录入
          </Button>
        </Form>
      )}
      <Table<Bonus & { subjectName: string }>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={bonuses}
        locale={{ emptyText: '暂无加分项' }}
        expandable={{
          expandedRowKeys: bonuses.filter((b) => !folded.has(b.id)).map((b) => b.id),
          onExpand: (open, b) =>
            setFolded((prev) => {
              const next = new Set(prev);
              if (open) next.delete(b.id);
              else next.add(b.id);
              return next;
            }),
          expandedRowRender: (b) => <BonusFiles round={round} bonus={b} onChanged={onChanged} />,
        }}
        columns={[
          { title: '考核对象', dataIndex: 'subjectName', width: 200 },
          { title: '加分项', dataIndex: 'ruleId', width: 120, render: ruleLabel },
          { title: '事项', dataIndex: 'title' },
          { title: '数量', dataIndex: 'count', width: 60 },
          { title: '佐证', dataIndex: 'evidence' },
          {
            title: '佐证文件',
            key: 'files',
            width: 90,
            render: (_, b) => (
              <Space size={4}>
                <PaperClipOutlined />
                {b.files.length}
              </Space>
            ),
          },
          {
            title: '',
            key: 'x',
            width: 50,
            render: (_, b) =>
              round.can.bonus && (
                <Space>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    onClick={async () => {
                      try {
                        await assessmentApi.removeBonus(round.id, b.id, round.version);
                        onChanged();
                      } catch (err) {
                        message.error(errorMessage(err));
                      }
                    }}
                  />
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
