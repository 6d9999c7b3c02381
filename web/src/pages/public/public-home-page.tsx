// 信息公开 home: the published lists, newest first, readable without a login.
import { Card, Col, List, Row } from 'antd';
import { Link } from 'react-router-dom';
import { publicApi } from '../../api/public.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate } from '../../lib/format.ts';
import { PublicFrame } from './public-frame.tsx';

function Latest({
  title,
  more,
  items,
}: {
  title: string;
  more: string;
  items: { id: number; title: string; publishedAt: string; to: string }[] | undefined;
}) {
  return (
    <Card title={title} extra={<Link to={more}>全部</Link>}>
      <List
        loading={!items}
        dataSource={(items ?? []).slice(0, 8)}
        locale={{ emptyText: '暂无公开信息' }}
        renderItem={(i) => (
          <List.Item extra={formatDate(i.publishedAt)}>
            <Link to={i.to}>{i.title}</Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function PublicHomePage() {
  const ind = useApi((s) => publicApi.indicators(s), []);
  const sam = useApi((s) => publicApi.samplingLists(s), []);
  const ass = useApi((s) => publicApi.assessments(s), []);
  return (
    <PublicFrame title="信息公开">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Latest
            title="指标完成情况"
            more="/public/indicators"
            items={ind.data?.items.map((i) => ({ ...i, to: `/public/indicators/${i.id}` }))}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Latest
            title="抽检结果公示"
            more="/public/sampling"
            items={sam.data?.items.map((i) => ({ ...i, to: `/public/sampling/${i.id}` }))}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Latest
            title="考核结果"
            more="/public/assessment"
            items={ass.data?.items.map((i) => ({ ...i, to: `/public/assessment/${i.id}` }))}
          />
        </Col>
      </Row>
    </PublicFrame>
  );
}
