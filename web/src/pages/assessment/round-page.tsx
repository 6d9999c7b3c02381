// One assessment: its stage (自评 → 评分 → 复核 → 发布), the office's actions, the ranking with
// every point explained and linked to its data, self-evaluations, and bonuses with evidence.
// A county or department user sees its own self-evaluation form and, once reviewed, its score.
// 复核 is a second person's check: the office user who last scored a round sees it disabled.
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Space,
  Steps,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { assessmentApi, ROUND_STATUS_COLOR, type RoundStatus, type RoundView } from '../../api/assessment.ts';
import type { User } from '../../api/types.ts';
import { BonusPanel } from '../../components/assessment/bonus-panel.tsx';
import { RankingTable } from '../../components/assessment/ranking-table.tsx';
import { SelfEvaluationForm } from '../../components/assessment/self-evaluation-form.tsx';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { canManagePlans } from '../../lib/roles.ts';
import { useSession } from '../../session/session-context.tsx';

const STEP: Record<RoundStatus, number> = { self_evaluation: 0, scored: 1, reviewed: 2, published: 3 };

/**
 * Whether the user last scored the round, as the server decides it: by user id, or by name for a
 * round scored before ids were recorded. The server refuses that user's review either way.
 */
function scoredByUser(round: RoundView, user: User | null): boolean {
  if (!user) return false;
  if (round.scoredById !== null) return round.scoredById === user.id;
  return round.scoredBy !== null && round.scoredBy === user.displayName;
}

function OfficeActions({ round, onDone }: { round: RoundView; onDone: () => void }) {
  const { message } = App.useApp();
  const { user } = useSession();
  const ownScore = scoredByUser(round, user);
  const [busy, setBusy] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const run = async (key: string, fn: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await fn();
      message.success(done);
      onDone();
    } catch (err) {
      message.error(errorMessage(err));
      onDone();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      {round.can.score && (
        <Button
          type={round.status === 'self_evaluation' ? 'primary' : 'default'}
          data-testid="score-button"
          loading={busy === 'score'}
          onClick={() => run('score', () => assessmentApi.act(round.id, 'score', round.version), '评分完成')}
        >
          {round.status === 'scored' ? '重新评分' : '评分'}
        </Button>
      )}
      {round.can.review && (
        <Tooltip title={ownScore ? '复核须由评分人以外的人员进行:本轮由您评分,请由州质量办的其他人员复核' : undefined}>
          <Button
            type="primary"
            data-testid="review-button"
            disabled={ownScore}
            loading={busy === 'review'}
            onClick={() => run('review', () => assessmentApi.act(round.id, 'review', round.version), '已复核')}
          >
            复核通过
          </Button>
        </Tooltip>
      )}
      {round.can.publish && (
        <Button
          type="primary"
          data-testid="publish-button"
          loading={busy === 'publish'}
          onClick={() => run('publish', () => assessmentApi.act(round.id, 'publish', round.version), '考核结果已发布')}
        >
          发布
        </Button>
      )}
      {round.can.return && <Button onClick={() => setReturning(true)}>退回</Button>}
      {round.result && (
        <a href={assessmentApi.resultXlsxUrl(round.id)} download>
          <Button>导出 Excel</Button>
        </a>
      )}
      <Modal
        open={returning}
        title="退回重新自评和评分"
        okText="退回"
        okButtonProps={{ disabled: reason.trim() === '' }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          await run('return', () => assessmentApi.returnRound(round.id, round.version, reason), '已退回');
          setReturning(false);
          setReason('');
        }}
      >
        <Input.TextArea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="退回原因" />
      </Modal>
    </Space>
  );
}

export function RoundPage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const { data: round, error, reload } = useApi((signal) => assessmentApi.round(id, signal), [id]);
  const ruleSetId = round?.ruleSet?.id;
  const { data: ruleSet } = useApi(
    (signal) => (ruleSetId ? assessmentApi.ruleSet(ruleSetId, signal) : Promise.resolve(null)),
    [ruleSetId],
  );

  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (!round) return <PageLoading />;
  const office = canManagePlans(user);
  const mine = round.subjects.filter((s) => s.canSelfEvaluate);

  return (
    <PageContainer
      breadcrumb={[{ title: '考核评价' }, { title: '考核', path: '/assessment' }, { title: round.title }]}
      title={
        <Space>
          {round.title}
          <Tag color={ROUND_STATUS_COLOR[round.status]} data-testid="round-status">
            {round.statusLabel}
          </Tag>
        </Space>
      }
      documentTitle={round.title}
      extra={<OfficeActions round={round} onDone={reload} />}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Steps
            current={STEP[round.status]}
            items={[{ title: '单位自评' }, { title: '州质量办评分' }, { title: '复核' }, { title: '发布' }]}
          />
          <Descriptions
            size="small"
            style={{ marginTop: 16 }}
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                label: '考核规则',
                children: round.ruleSet ? `${round.ruleSet.name}(第 ${round.ruleSet.version} 版)` : '—',
              },
              {
                label: '评分',
                children: round.scoredAt ? `${formatDateTime(round.scoredAt)} ${round.scoredBy ?? ''}` : '—',
              },
              {
                label: '复核',
                children: round.reviewedAt ? `${formatDateTime(round.reviewedAt)} ${round.reviewedBy ?? ''}` : '—',
              },
              {
                label: '发布',
                children: round.publishedAt ? `${formatDateTime(round.publishedAt)} ${round.publishedBy ?? ''}` : '—',
              },
              ...(round.result
                ? [
                    {
                      label: '指标数据',
                      children: `${round.result.indicators.periodLabel}, 计算于 ${formatDateTime(round.result.indicators.computedAt)}(与当时目标看板一致)`,
                    },
                  ]
                : []),
            ]}
          />
          {round.returnReason && round.status === 'self_evaluation' && (
            <Alert type="warning" showIcon title={`已退回: ${round.returnReason}`} style={{ marginTop: 12 }} />
          )}
        </Card>

        {round.ranking.length > 0 && (
          <Card
            title="排名与得分说明"
            extra={<Typography.Text type="secondary">点击一行查看每一项得分的规则与数据</Typography.Text>}
          >
            <RankingTable rows={round.ranking} />
          </Card>
        )}

        {mine.map((s) => (
          <SelfEvaluationForm key={s.key} roundId={round.id} subject={s} rules={ruleSet?.rules} onSaved={reload} />
        ))}

        {office && (
          <Card title="自评情况">
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={round.subjects}
              columns={[
                { title: '考核对象', dataIndex: 'name' },
                {
                  title: '自评',
                  key: 's',
                  width: 120,
                  render: (_, s) =>
                    s.self ? (
                      <Tag color={s.self.status === 'submitted' ? 'green' : 'default'}>
                        {s.self.status === 'submitted' ? '已提交' : '草稿'}
                      </Tag>
                    ) : (
                      <Tag>未填写</Tag>
                    ),
                },
                { title: '自评分', key: 'score', width: 90, render: (_, s) => s.self?.selfScore ?? '—' },
                {
                  title: '自评报告',
                  key: 'text',
                  render: (_, s) => (
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                      {s.self?.text || '—'}
                    </Typography.Paragraph>
                  ),
                },
              ]}
            />
          </Card>
        )}

        {office && <BonusPanel round={round} rules={ruleSet?.rules} onChanged={reload} />}
      </Space>
    </PageContainer>
  );
}
