// 信息公开 · 考核结果: published assessments — ranking, grades and the rule and basis of every
// point (no evidence files, no internal links).
import { Card, List, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { publicApi } from '../../api/public.ts';
import { RankingTable } from '../../components/assessment/ranking-table.tsx';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { PublicFrame } from './public-frame.tsx';

export function PublicAssessmentListPage() {
  const { data, error, loading, reload } = useApi((s) => publicApi.assessments(s), []);
  return (
    <PublicFrame title="考核结果">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Card title="质量工作考核结果">
          <List
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: '暂无公开信息' }}
            renderItem={(i) => (
              <List.Item extra={formatDate(i.publishedAt)}>
                <Link to={`/public/assessment/${i.id}`}>{i.title}</Link>
              </List.Item>
            )}
          />
        </Card>
      )}
    </PublicFrame>
  );
}

export function PublicAssessmentPage() {
  const id = Number(useParams().id);
  const { data, error, reload } = useApi((s) => publicApi.assessment(id, s), [id]);
  if (error)
    return (
      <PublicFrame title="考核结果">
        <ErrorResult error={error} onRetry={reload} />
      </PublicFrame>
    );
  if (!data) return <PageLoading />;
  return (
    <PublicFrame title={data.title}>
      <Card title={data.title} extra={<Link to="/public/assessment">全部</Link>}>
        <Typography.Paragraph type="secondary">
          依据《{data.ruleSet.name}》· 指标数据 {data.periodLabel}(计算于 {formatDateTime(data.indicatorsComputedAt)})·
          发布于 {formatDateTime(data.publishedAt)}。等次:{' '}
          {data.grades.map((g) => `${g.grade} ≥ ${g.min} 分`).join(', ')}。
        </Typography.Paragraph>
        <RankingTable rows={data.subjects} links={false} />
      </Card>
    </PublicFrame>
  );
}
