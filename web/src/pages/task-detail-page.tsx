// 任务详情: one key task — where it sits in the plan, who leads it and who shares it (each unit
// links to its 责任清单), its full text, and the targets found inside it.
import { Card, Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { getTask } from '../api/tasks.ts';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { TargetTable } from '../components/target-table.tsx';
import { UnitTags } from '../components/unit-tags.tsx';
import { useApi } from '../hooks/use-api.ts';
import { displaySeq } from '../lib/plan-text.ts';
import { NotFoundPage } from './not-found-page.tsx';

const BASE_CRUMBS = [{ title: '行动方案' }, { title: '重点任务', path: '/tasks' }];

export function TaskDetailPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const {
    data: task,
    error,
    loading,
    reload,
  } = useApi((signal) => (valid ? getTask(id, signal) : Promise.reject(new Error('无效的任务编号'))), [id]);

  if (!valid) return <NotFoundPage />;
  if (loading && !task) return <PageLoading />;
  if (error || !task) {
    return (
      <PageContainer breadcrumb={[...BASE_CRUMBS, { title: '任务详情' }]} title="任务详情">
        <ErrorResult error={error} onRetry={reload} />
      </PageContainer>
    );
  }

  return (
    <PageContainer
      breadcrumb={[...BASE_CRUMBS, { title: task.title }]}
      title={task.title}
      extra={<Tag color="blue">重点任务第 {displaySeq(task.seq)} 项</Tag>}
    >
      <Space vertical size={16} style={{ width: '100%' }}>
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'section', label: '所属章节', children: `${task.sectionPath} ${task.sectionTitle}`.trim() },
            { key: 'lead', label: '牵头单位', children: <UnitTags units={task.lead} /> },
            { key: 'responsible', label: '责任单位', children: <UnitTags units={task.responsible} /> },
          ]}
        />
        <Card size="small" title="任务内容">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', textIndent: '2em', marginBottom: 0, lineHeight: 1.9 }}>
            {task.text || '—'}
          </Typography.Paragraph>
        </Card>
        {task.sectionText && (
          <Collapse
            size="small"
            items={[
              {
                key: 'section',
                label: '所在章节原文',
                children: (
                  <Typography.Paragraph
                    style={{ whiteSpace: 'pre-wrap', textIndent: '2em', marginBottom: 0, lineHeight: 1.9 }}
                  >
                    {task.sectionText}
                  </Typography.Paragraph>
                ),
              },
            ]}
          />
        )}
        <Card size="small" title={`相关指标(${task.targets.length})`}>
          <TargetTable targets={task.targets} showTask={false} emptyText="该任务中没有量化目标" />
        </Card>
      </Space>
    </PageContainer>
  );
}
