// 信息公开 · 双随机抽查: readable without login. The plan, the hashes published before the draw,
// the seed, the drawn enterprises and their results — never a risk class — and a button that
// asks the server to re-run the draw from the seed and the frozen pools.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Layout, List, Space, Table, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { type PublicResult, publicDrawApi, type Verification } from '../../api/supervision.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { DrawSummary } from '../../components/supervision/draw-summary.tsx';
import { VerificationView } from '../../components/supervision/verification-view.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { PLATFORM_NAME } from '../../lib/platform.ts';

function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} - ${PLATFORM_NAME}`;
  }, [title]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong style={{ fontSize: 18 }}>
          信息公开 · 双随机、一公开
        </Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 1200, width: '100%', margin: '16px auto', padding: '0 16px' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}

export function PublicDrawListPage() {
  const { data, error, loading, reload } = useApi((signal) => publicDrawApi.list(signal), []);
  return (
    <PublicFrame title="双随机抽查公示">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Card title="双随机抽查公示">
          <List
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: '暂无公示' }}
            renderItem={(d) => (
              <List.Item extra={d.status === 'revealed' ? `抽中 ${d.drawnCount} 家` : '待抽取'}>
                <List.Item.Meta
                  title={<Link to={`/public/draws/${d.id}`}>{d.planName}</Link>}
                  description={`冻结于 ${formatDateTime(d.frozenAt)}`}
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </PublicFrame>
  );
}

export function PublicDrawPage() {
  const id = Number(useParams().id);
  const { data, error, loading, reload } = useApi((signal) => publicDrawApi.get(id, signal), [id]);
  const [v, setV] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<string | null>(null);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setV(await publicDrawApi.verify(id));
    } catch (err) {
      setVerifyError(errorMessage(err));
    } finally {
      setVerifying(false);
    }
  };

  if (error)
    return (
      <PublicFrame title="双随机抽查公示">
        <ErrorResult error={error} onRetry={reload} />
      </PublicFrame>
    );
  if (loading && !data) return <PageLoading />;
  if (!data) return null;

  return (
    <PublicFrame title={data.draw.planName}>
      <Space vertical size={16} style={{ width: '100%' }}>
        <Card
          title={data.draw.planName}
          extra={
            <Space>
              <Link to="/public/draws">全部公示</Link>
              <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
                核验本次抽取
              </Button>
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">
            抽取前公布检查对象名录、检查人员名录和计划的 SHA-256 哈希,以及随机种子的承诺值
            sha256(种子);抽取时公布种子,结果由种子(HMAC-SHA256
            计数器模式)和冻结名录唯一确定。任何人可点击「核验本次抽取」重新抽取并核对。
          </Typography.Paragraph>
          {verifyError && <Typography.Text type="danger">{verifyError}</Typography.Text>}
          {v && <VerificationView v={v} />}
        </Card>
        <DrawSummary draw={data.draw} />
        <Card title={`抽查结果(${data.results.length} 家)`}>
          <Table<PublicResult>
            rowKey="creditCode"
            size="small"
            dataSource={data.results}
            locale={{ emptyText: data.draw.status === 'revealed' ? '无' : '种子揭示后公布抽中企业' }}
            pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 家` }}
            scroll={{ x: 900 }}
            columns={[
              { title: '企业名称', dataIndex: 'enterpriseName' },
              { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190 },
              { title: '地区', dataIndex: 'regionName', width: 120, render: (x: string | null) => x ?? '—' },
              { title: '行业', dataIndex: 'industry', width: 100 },
              { title: '检查人员', dataIndex: 'inspectors', width: 140, render: (x: string[]) => x.join('、') },
              { title: '检查结果', dataIndex: 'outcome', width: 220, render: (x: string | null) => x ?? '检查中' },
              { title: '检查日期', dataIndex: 'inspectedOn', width: 110, render: (x: string | null) => x ?? '—' },
            ]}
          />
        </Card>
      </Space>
    </PublicFrame>
  );
}
