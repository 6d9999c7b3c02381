// One incident report: what was reported, the deadline clock, the supervision task it opened,
// follow-up entries, re-grading and closing.
import { App, Button, Card, Descriptions, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import {
  addFollowup,
  closeIncident,
  getIncident,
  regradeIncident,
  SEVERITIES,
  type Severity,
} from '../../api/trace.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canActOnLoop } from '../../components/trace/can.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';
import { ClockTag, SEVERITY_COLORS } from './incidents-page.tsx';

export function IncidentDetailPage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const { message, modal } = App.useApp();
  const { data, error, loading, reload } = useApi((s) => getIncident(id, s), [id]);
  const [note, setNote] = useState('');
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');

  if (loading && !data) return <PageLoading />;
  if (error || !data) return <ErrorResult error={error} onRetry={reload} />;
  const i = data;
  const may = canActOnLoop(user) && i.status === 'open';
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '事故报告', path: '/incidents' }, { title: i.receiptNo }]}
      title={
        <Space>
          {i.enterpriseName}「{i.productName}」<Tag color={SEVERITY_COLORS[i.severity]}>{i.severity}</Tag>
          {i.veto && <Tag color="red">一票否决</Tag>}
        </Space>
      }
      documentTitle={`事故报告 ${i.receiptNo}`}
      extra={
        may && (
          <Space>
            <Select<Severity>
              style={{ width: 140 }}
              value={i.severity}
              options={SEVERITIES.map((s) => ({ value: s, label: `等级:${s}` }))}
              onChange={(s) =>
                modal.confirm({
                  title: `将事故等级调整为「${s}」?`,
                  onOk: () => run(() => regradeIncident(i.id, s), '已调整事故等级'),
                })
              }
            />
            <Button type="primary" onClick={() => setClosing(true)}>
              办结
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="受理编号">{i.receiptNo}</Descriptions.Item>
            <Descriptions.Item label="来源">
              {i.source === 'public' ? '公众/企业报告' : '工作人员登记'}
            </Descriptions.Item>
            <Descriptions.Item label="状态">{i.status === 'closed' ? '已办结' : '处理中'}</Descriptions.Item>
            <Descriptions.Item label="信用代码">{i.enterpriseCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="批号">{i.batch ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="县市">{i.regionName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="发现时间">{formatDateTime(i.discoveredAt)}</Descriptions.Item>
            <Descriptions.Item label="报告时间">{formatDateTime(i.reportedAt)}</Descriptions.Item>
            <Descriptions.Item label="报告时限">
              {formatDateTime(i.clock.deadline)} <ClockTag clock={i.clock} />
            </Descriptions.Item>
            <Descriptions.Item label="伤亡">
              {i.injuredCount} 人(最严重:{i.injuryLevel})
            </Descriptions.Item>
            <Descriptions.Item label="报告人">
              {i.reporterName ?? '—'} {i.reporterPhone ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label="监管任务">
              {i.case ? (
                <Link to={`/disposal/${i.case.id}`}>
                  案件 {i.case.id}({i.case.actionsDone}/{i.case.actionsTotal})
                  {i.case.overdue && <Tag color="red">逾期</Tag>}
                </Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="事故经过" span={3}>
              {i.description}
            </Descriptions.Item>
            <Descriptions.Item label="已采取措施" span={3}>
              {i.measures ?? '—'}
            </Descriptions.Item>
            {i.status === 'closed' && (
              <Descriptions.Item label="办结情况" span={3}>
                {formatDateTime(i.closedAt)} {i.closingSummary}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card size="small" title="跟进记录">
          {i.followups.length === 0 ? (
            <Typography.Text type="secondary">暂无跟进记录</Typography.Text>
          ) : (
            <Timeline
              items={i.followups.map((f) => ({ content: `${formatDateTime(f.at)} ${f.actorName}:${f.text}` }))}
            />
          )}
          {may && (
            <Space.Compact style={{ width: '100%', marginTop: 12 }}>
              <Input
                value={note}
                maxLength={4000}
                onChange={(e) => setNote(e.target.value)}
                placeholder="添加跟进记录"
              />
              <Button
                type="primary"
                disabled={!note.trim()}
                onClick={() =>
                  run(async () => {
                    await addFollowup(i.id, note.trim());
                    setNote('');
                  }, '已添加跟进记录')
                }
              >
                添加
              </Button>
            </Space.Compact>
          )}
        </Card>
      </Space>
      <Modal
        title="办结事故报告"
        open={closing}
        okText="办结"
        okButtonProps={{ disabled: !summary.trim() }}
        onCancel={() => setClosing(false)}
        onOk={() =>
          run(async () => {
            await closeIncident(i.id, summary.trim());
            setClosing(false);
          }, '已办结')
        }
      >
        <Input.TextArea
          rows={4}
          value={summary}
          maxLength={4000}
          onChange={(e) => setSummary(e.target.value)}
          placeholder="调查结论与处理结果"
        />
      </Modal>
    </PageContainer>
  );
}
