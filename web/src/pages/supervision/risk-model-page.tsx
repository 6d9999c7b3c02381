// 风险分类模型: the current version as JSON (dimensions, indicators, weights, thresholds), its
// history, and saving a new version — validated on the server (weights add up, indicators known),
// after which every enterprise is rescored.
import { Alert, App, Button, Card, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { enterpriseApi, type RiskModelVersion } from '../../api/supervision.ts';
import type { ErrorDetail } from '../../api/types.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canManageSupervision } from '../../components/supervision/supervision-roles.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';

export function RiskModelPage() {
  const { user } = useSession();
  const manage = canManageSupervision(user);
  const { message } = App.useApp();
  const models = useApi((signal) => enterpriseApi.models(signal), []);
  const meta = useApi((signal) => enterpriseApi.meta(signal), []);
  const current = models.data?.items[0];
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ message: string; details: ErrorDetail[] } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (current) setText(JSON.stringify(current.definition, null, 2));
  }, [current]);

  const save = async () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblems({ message: '不是有效的 JSON', details: [] });
      return;
    }
    setSaving(true);
    setProblems(null);
    try {
      const r = await enterpriseApi.saveModel(parsed);
      message.success(`已保存第 ${r.version} 版,重新评分 ${r.rescored} 家,分类变化 ${r.classChanges} 家`);
      models.reload();
    } catch (err) {
      setProblems({ message: errorMessage(err), details: err instanceof ApiError ? err.details : [] });
    } finally {
      setSaving(false);
    }
  };

  if (models.error) return <ErrorResult error={models.error} onRetry={models.reload} />;

  return (
    <PageContainer breadcrumb={[{ title: '监管闭环' }, { title: '风险分类模型' }]} title="风险分类模型">
      <Space vertical size={16} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="风险分值 = Σ 维度权重 × 指标权重 × 指标得分(0–100);分值达到阈值 B / C / D 即为对应分类。各维度权重之和、每个维度内指标权重之和都须为 1。风险分类仅供内部监管使用,不公开。"
          description={
            meta.data ? `可用指标:${meta.data.indicators.map((i) => `${i.id}(${i.name})`).join('、')}` : undefined
          }
        />
        <Card size="small" title={current ? `当前:第 ${current.version} 版「${current.name}」` : '当前模型'}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 16, maxRows: 40 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            readOnly={!manage}
          />
          {problems && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={problems.message}
              description={
                problems.details.length > 0 && (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {problems.details.map((d) => (
                      <li key={`${d.column}-${d.message}`}>
                        {d.column && <Typography.Text code>{String(d.column)}</Typography.Text>} {d.message}
                      </li>
                    ))}
                  </ul>
                )
              }
            />
          )}
          {manage && (
            <Button style={{ marginTop: 12 }} type="primary" loading={saving} onClick={save}>
              保存为新版本并重新评分
            </Button>
          )}
        </Card>
        <Card size="small" title="版本记录">
          <Table<RiskModelVersion>
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={models.data?.items ?? []}
            columns={[
              { title: '版本', dataIndex: 'version', width: 80 },
              { title: '名称', dataIndex: 'name' },
              { title: '保存人', dataIndex: 'createdByName', width: 140 },
              {
                title: '时间',
                dataIndex: 'createdAt',
                width: 180,
                render: (v: string) => (v ? formatDateTime(v) : '内置,尚未保存'),
              },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
