// 方案总览: the current plan (or ?planId=… for an older version) — its outline, targets and key
// tasks on the left, the source text on the right with the selected section/target highlighted,
// so a reader can check every extracted item against what the document actually says.
import { Button, Card, Col, Descriptions, Empty, Grid, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { getPlan } from '../api/plans.ts';
import type { PlanDetail, PlanSection, Target } from '../api/types.ts';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { PlanWarnings } from '../components/plan-warnings.tsx';
import { SectionTree, sectionLabel } from '../components/section-tree.tsx';
import { SourceText, type TextRange } from '../components/source-text.tsx';
import { TargetTable } from '../components/target-table.tsx';
import { TaskTable } from '../components/task-table.tsx';
import { UnmatchedUnits } from '../components/unmatched-units.tsx';
import { useApi } from '../hooks/use-api.ts';
import { formatCount, formatDateTime } from '../lib/format.ts';
import { headingStart } from '../lib/plan-text.ts';
import { canManagePlans } from '../lib/roles.ts';
import { intParam } from '../lib/search-params.ts';
import { useSession } from '../session/session-context.tsx';

type Selection = { kind: 'section'; section: PlanSection } | { kind: 'target'; target: Target };

const BREADCRUMB = [{ title: '行动方案' }, { title: '方案总览' }];

function selectionRange(text: string, selection: Selection | null): TextRange | null {
  if (!selection) return null;
  const { start, end } = selection.kind === 'section' ? selection.section : selection.target;
  if (start === null || end === null) return null;
  // A section's highlight includes its heading number ("一、总体要求").
  return { start: selection.kind === 'section' ? headingStart(text, start) : start, end };
}

/** Scroll the element into view only if it is entirely off screen. */
function revealIfHidden(el: HTMLElement | null) {
  if (!el) return;
  const rect = el.getBoundingClientRect();
  if (rect.bottom < 0 || rect.top > window.innerHeight) el.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function selectionLabel(selection: Selection): string {
  return selection.kind === 'section'
    ? `章节:${sectionLabel(selection.section)}`
    : `指标:${selection.target.indicator}`;
}

function NoPlan({ canImport }: { canImport: boolean }) {
  return (
    <PageContainer breadcrumb={BREADCRUMB} title="方案总览">
      <Empty description="尚未导入行动方案">
        {canImport ? (
          <Link to="/plan/versions">
            <Button type="primary">导入方案(.docx / .txt)</Button>
          </Link>
        ) : (
          <Typography.Text type="secondary">请联系州质量办导入本年度质量提升行动方案</Typography.Text>
        )}
      </Empty>
    </PageContainer>
  );
}

function PlanView({ plan, onReload }: { plan: PlanDetail; onReload: () => void }) {
  const { user } = useSession();
  const [selection, setSelection] = useState<Selection | null>(null);
  const sourceRef = useRef<HTMLDivElement>(null);
  // Wide screens: outline and tables on the left, the source text alongside (sticky). Narrower:
  // outline beside the source text, tables below at full width.
  const wide = Boolean(Grid.useBreakpoint().xxl);

  const sectionTitles = useMemo(() => new Map(plan.sections.map((s) => [s.path, sectionLabel(s)])), [plan.sections]);
  const sectionsByPath = useMemo(() => new Map(plan.sections.map((s) => [s.path, s])), [plan.sections]);
  const taskTitles = useMemo(() => new Map(plan.tasks.map((t) => [t.id, t.title])), [plan.tasks]);
  const breaks = useMemo(
    () => plan.sections.flatMap((s) => (s.start === null ? [] : [headingStart(plan.sourceText, s.start)])),
    [plan.sections, plan.sourceText],
  );
  const range = selectionRange(plan.sourceText, selection);

  const select = (next: Selection | null) => {
    setSelection(next);
    // Tables sit below the source text on narrow screens; bring the highlight into view.
    if (next && !wide) revealIfHidden(sourceRef.current);
  };
  const selectSection = (section: PlanSection | null) => select(section ? { kind: 'section', section } : null);

  const treeCard = (
    <Card size="small" title="章节结构">
      {plan.sections.length === 0 ? (
        <Empty description="未识别到章节" />
      ) : (
        <div style={{ maxHeight: wide ? 360 : 520, overflow: 'auto' }}>
          <SectionTree
            sections={plan.sections}
            selectedId={selection?.kind === 'section' ? selection.section.id : null}
            onSelect={(section) => setSelection(section ? { kind: 'section', section } : null)}
          />
        </div>
      )}
    </Card>
  );
  const targetsCard = (
    <Card size="small" title={`主要目标(${plan.targets.length})`}>
      <TargetTable
        targets={plan.targets}
        sectionTitles={sectionTitles}
        taskTitles={taskTitles}
        selectedId={selection?.kind === 'target' ? selection.target.id : null}
        onSelect={(target) => select({ kind: 'target', target })}
        emptyText="未识别到量化目标"
      />
    </Card>
  );
  const tasksCard = (
    <Card size="small" title={`重点任务(${plan.tasks.length})`}>
      <TaskTable
        testId="task-table"
        tasks={plan.tasks}
        onSectionClick={(path) => selectSection(sectionsByPath.get(path) ?? null)}
        emptyText="未识别到重点任务"
      />
    </Card>
  );
  const sourceCard = (
    <div ref={sourceRef} style={wide ? { position: 'sticky', top: 16 } : undefined}>
      <Card
        size="small"
        title="原文"
        extra={
          selection && (
            <Space size={4}>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
                {range ? selectionLabel(selection) : `${selectionLabel(selection)}(原文中未定位)`}
              </Typography.Text>
              <Button size="small" type="link" onClick={() => setSelection(null)}>
                清除
              </Button>
            </Space>
          )
        }
      >
        <SourceText text={plan.sourceText} breaks={breaks} highlight={range} />
      </Card>
    </div>
  );

  return (
    <PageContainer
      breadcrumb={BREADCRUMB}
      title={plan.title}
      extra={
        <Space>
          <Tag color="blue">第 {plan.version} 版</Tag>
          <Link to="/plan/versions">方案版本</Link>
        </Space>
      }
    >
      <Space vertical size={16} style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3, xxl: 6 }}
          items={[
            { key: 'year', label: '年度', children: plan.year ?? '—' },
            { key: 'version', label: '版本', children: plan.version },
            { key: 'source', label: '来源文件', children: plan.sourceName || '—' },
            { key: 'imported', label: '导入时间', children: formatDateTime(plan.importedAt) },
            { key: 'tasks', label: '重点任务', children: `${formatCount(plan.tasks.length)} 项` },
            { key: 'targets', label: '主要目标', children: `${formatCount(plan.targets.length)} 项` },
          ]}
        />
        <PlanWarnings warnings={plan.warnings} />
        <UnmatchedUnits
          planId={plan.id}
          units={plan.unmatchedUnits}
          canConfirm={canManagePlans(user)}
          onMatched={onReload}
        />
        {wide ? (
          <Row gutter={16}>
            <Col span={15}>
              <Space vertical size={16} style={{ width: '100%' }}>
                {treeCard}
                {targetsCard}
                {tasksCard}
              </Space>
            </Col>
            <Col span={9}>{sourceCard}</Col>
          </Row>
        ) : (
          <>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={8}>
                {treeCard}
              </Col>
              <Col xs={24} lg={16}>
                {sourceCard}
              </Col>
            </Row>
            {targetsCard}
            {tasksCard}
          </>
        )}
      </Space>
    </PageContainer>
  );
}

export function PlanOverviewPage() {
  const [params] = useSearchParams();
  const planId = intParam(params, 'planId');
  const { user } = useSession();
  const { data, error, loading, reload } = useApi((signal) => getPlan(planId, signal), [planId]);

  if (loading && !data) return <PageLoading />;
  if (error) {
    // No current plan yet is an expected state, not an error: say what to do next.
    if (!planId && error instanceof ApiError && error.status === 404)
      return <NoPlan canImport={canManagePlans(user)} />;
    return (
      <PageContainer breadcrumb={BREADCRUMB} title="方案总览">
        <ErrorResult
          error={error}
          onRetry={reload}
          extra={planId ? <Link to="/plan/versions">查看方案版本</Link> : undefined}
        />
      </PageContainer>
    );
  }
  if (!data) return null;
  // key: a different version starts with a fresh selection.
  return <PlanView key={data.id} plan={data} onReload={reload} />;
}
