// 考核规则: the rule-set files (versioned), upload of a new one — validated on the server, whose
// Chinese messages name each offending rule — and the shipped defaults with one click.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { assessmentApi, type RuleSetHeader } from '../../api/assessment.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { canManagePlans } from '../../lib/roles.ts';
import { useSession } from '../../session/session-context.tsx';

const KIND_LABELS = { county: '县市', department: '州直部门' } as const;

function RuleSetDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { data } = useApi((signal) => (id ? assessmentApi.ruleSet(id, signal) : Promise.resolve(null)), [id]);
  const r = data?.rules;
  const rows = [
    ...(r?.indicators ?? []).map((x) => ({ key: x.id, kind: '指标', label: x.label ?? x.indicator, points: x.points })),
    ...(r?.linkedIndicators
      ? [
          {
            key: r.linkedIndicators.id,
            kind: '指标',
            label: r.linkedIndicators.label,
            points: r.linkedIndicators.points,
          },
        ]
      : []),
    ...(r?.tasks ?? []).map((x) => ({ key: x.id, kind: '任务', label: x.label ?? x.kind, points: x.points })),
  ];
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={data ? `${data.name}(第 ${data.version} 版)` : '考核规则'}
    >
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {r?.description && <Alert type="info" title={r.description} />}
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '规则', dataIndex: 'key', width: 180 },
              { title: '类别', dataIndex: 'kind', width: 70 },
              { title: '项目', dataIndex: 'label' },
              { title: '分值', dataIndex: 'points', width: 70 },
            ]}
          />
          <Descriptions
            size="small"
            column={1}
            items={[
              { label: '扣分项', children: (r?.deductions ?? []).map((d) => d.label).join('、') || '无' },
              {
                label: '加分项',
                children:
                  (r?.bonuses?.rules ?? [])
                    .map((b) => `${b.label}(每项 ${b.pointsEach} 分, 至多 ${b.max} 分)`)
                    .join('、') || '无',
              },
              { label: '加分上限', children: r?.bonuses?.max ?? 0 },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

export function RuleSetsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const manage = canManagePlans(user);
  const { data, error, loading, reload } = useApi((signal) => assessmentApi.ruleSets(signal), []);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [shown, setShown] = useState<number | null>(null);

  const upload = async (file: File) => {
    setProblems(null);
    try {
      const r = await assessmentApi.upload(file.name, await file.text());
      message.success(r.created ? `已保存「${r.name}」第 ${r.version} 版` : '该规则已存在, 未重复保存');
      reload();
    } catch (err) {
      setProblems(
        err instanceof ApiError && err.details.length > 0 ? err.details.map((d) => d.message) : [errorMessage(err)],
      );
    }
    return false;
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '考核评价' }, { title: '考核规则' }]}
      title="考核规则"
      extra={
        manage && (
          <Space>
            <Button
              onClick={async () => {
                try {
                  await assessmentApi.loadDefaults();
                  message.success('已导入默认考核规则');
                  reload();
                } catch (err) {
                  message.error(errorMessage(err));
                }
              }}
            >
              导入默认规则
            </Button>
            <Upload accept=".json,application/json" showUploadList={false} beforeUpload={upload}>
              <Button type="primary" icon={<UploadOutlined />}>
                上传规则文件
              </Button>
            </Upload>
          </Space>
        )
      }
    >
      {problems && (
        <Alert
          type="error"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          title="考核规则不符合要求, 未保存"
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<RuleSetHeader>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: '暂无考核规则, 请上传规则文件或导入默认规则' }}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (v: string, r) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setShown(r.id)}>
                  {v}
                </Button>
              ),
            },
            { title: '版本', dataIndex: 'version', width: 80, render: (v: number) => `第 ${v} 版` },
            {
              title: '对象',
              dataIndex: 'kind',
              width: 100,
              render: (v: RuleSetHeader['kind']) => <Tag>{KIND_LABELS[v]}</Tag>,
            },
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '文件', dataIndex: 'fileName', width: 200 },
            {
              title: '上传',
              key: 'up',
              width: 230,
              render: (_, r) => `${formatDateTime(r.uploadedAt)} ${r.uploadedByName}`,
            },
          ]}
        />
      )}
      <RuleSetDrawer id={shown} onClose={() => setShown(null)} />
    </PageContainer>
  );
}
