// 公开管理 (office): make a draft — a snapshot of the indicator board for a period, or a month's
// food sampling results (合格 or 不合格) in the official columns — preview it, publish or withdraw.
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { disclosureApi, type ReleaseHeader } from '../../api/public.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';

const STATUS = { draft: ['草稿', 'default'], published: ['已发布', 'green'], withdrawn: ['已撤回', 'red'] } as const;

export function DisclosureAdminPage() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi((s) => disclosureApi.releases(s), []);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      message.success(done);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageContainer
      breadcrumb={[{ title: '信息公开' }, { title: '公开管理' }]}
      title="公开管理"
      extra={<Link to="/public">查看公开页面</Link>}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Card title="指标快照">
              <Form
                layout="inline"
                initialValues={{ period: '2023' }}
                onFinish={(v: { period: string; title?: string }) => run(() => disclosureApi.snapshot(v), '已生成草稿')}
              >
                <Form.Item name="period" rules={[{ required: true, message: '请填写期间' }]}>
                  <Input placeholder="2023、2023-Q2、2023-05" style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name="title">
                  <Input placeholder="标题(可选)" style={{ width: 200 }} />
                </Form.Item>
                <Button htmlType="submit" loading={busy}>
                  生成草稿
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title="抽检结果公示">
              <Form
                layout="inline"
                initialValues={{ month: '2023-05', result: 'failed' }}
                onFinish={(v: { month: string; result: 'failed' | 'passed'; category?: string }) =>
                  run(() => disclosureApi.sampling({ ...v, category: v.category || undefined }), '已生成草稿')
                }
              >
                <Form.Item
                  name="month"
                  rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: '月份如 2023-05' }]}
                >
                  <Input style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name="result">
                  <Select
                    style={{ width: 100 }}
                    options={[
                      { value: 'failed', label: '不合格' },
                      { value: 'passed', label: '合格' },
                    ]}
                  />
                </Form.Item>
                <Form.Item name="category">
                  <Input placeholder="食品分类(可选)" style={{ width: 140 }} />
                </Form.Item>
                <Button htmlType="submit" loading={busy}>
                  生成草稿
                </Button>
              </Form>
            </Card>
          </Col>
        </Row>
        {error ? (
          <ErrorResult error={error} onRetry={reload} />
        ) : (
          <Table<ReleaseHeader>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: '暂无公开信息' }}
            columns={[
              { title: '标题', dataIndex: 'title' },
              {
                title: '类别',
                dataIndex: 'kind',
                width: 90,
                render: (k: string) => (k === 'sampling' ? '抽检公示' : '指标快照'),
              },
              { title: '条数', dataIndex: 'rowCount', width: 70 },
              { title: '数据时间', dataIndex: 'dataAsOf', width: 170, render: formatDateTime },
              {
                title: '状态',
                dataIndex: 'status',
                width: 90,
                render: (s: ReleaseHeader['status']) => <Tag color={STATUS[s][1]}>{STATUS[s][0]}</Tag>,
              },
              {
                title: '操作',
                key: 'op',
                width: 200,
                render: (_, r) => (
                  <Space>
                    {r.status === 'draft' && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => run(() => disclosureApi.publish(r.id), '已发布')}
                      >
                        发布
                      </Button>
                    )}
                    {r.status === 'published' && (
                      <>
                        <Link to={r.kind === 'sampling' ? `/public/sampling/${r.id}` : `/public/indicators/${r.id}`}>
                          查看
                        </Link>
                        <Button size="small" danger onClick={() => run(() => disclosureApi.withdraw(r.id), '已撤回')}>
                          撤回
                        </Button>
                      </>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
    </PageContainer>
  );
}
