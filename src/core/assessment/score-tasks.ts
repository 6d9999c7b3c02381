// Task performance points from the progress reports a subject owed: reports on time, reports
// accepted by the 州质量办, evidence attached, and progress of the reported values against the
// plan targets linked to its tasks. Only periods already due count, so a county is never marked
// down for a report it does not owe yet.
import type { ReportFact, TargetProgressFact } from './facts.ts';
import { type TaskRule, taskRuleLabel } from './rule-set.ts';
import { num, pts, type ScoreItem } from './score-item.ts';

const STATE_TEXT: Record<ReportFact['status'], string> = {
  missing: '未报送',
  draft: '草稿未提交',
  submitted: '已提交',
  returned: '被退回未重报',
  accepted: '已审核通过',
};

const delivered = (r: ReportFact) => r.status === 'submitted' || r.status === 'accepted';

function reportLine(r: ReportFact, verdict: string): string {
  return `任务${r.taskSeq} ${r.periodLabel}(${r.role === 'lead' ? '牵头' : '责任'}, 截止 ${r.due}): ${STATE_TEXT[r.status]}${
    r.submittedOn ? `, ${r.submittedOn} 提交` : ''
  } → ${verdict}`;
}

/** Share of the target reached by a reported value, 0–1. */
export function progressShare(t: TargetProgressFact): number | null {
  if (t.reported === null) return null;
  switch (t.comparator) {
    case '>=':
    case 'increase':
    case 'decrease':
      if (t.target <= 0) return t.reported >= t.target ? 1 : 0;
      return Math.max(0, Math.min(1, t.reported / t.target));
    case '<=':
      if (t.reported <= t.target) return 1;
      return t.reported > 0 ? Math.max(0, Math.min(1, t.target / t.reported)) : 0;
    case '=':
      return Math.abs(t.reported - t.target) < 1e-9 ? 1 : 0;
  }
}

interface Share {
  fraction: number | null;
  basis: string;
  details: string[];
}

function onTime(rule: TaskRule, reports: readonly ReportFact[]): Share {
  if (reports.length === 0) return { fraction: null, basis: '考核期内没有到期的进展报告', details: [] };
  let credit = 0;
  const details = reports.map((r) => {
    if (delivered(r) && !r.late) {
      credit += 1;
      return reportLine(r, '按时, 计 1');
    }
    if (delivered(r)) {
      credit += rule.lateCredit;
      return reportLine(r, `逾期提交, 计 ${num(rule.lateCredit)}`);
    }
    return reportLine(r, '计 0');
  });
  const onTimeCount = reports.filter((r) => delivered(r) && !r.late).length;
  const late = reports.filter((r) => delivered(r) && r.late).length;
  return {
    fraction: credit / reports.length,
    basis: `应报 ${reports.length} 份, 按时 ${onTimeCount} 份, 逾期 ${late} 份, 未报或未提交 ${reports.length - onTimeCount - late} 份`,
    details,
  };
}

function accepted(reports: readonly ReportFact[]): Share {
  if (reports.length === 0) return { fraction: null, basis: '考核期内没有到期的进展报告', details: [] };
  const n = reports.filter((r) => r.status === 'accepted').length;
  return {
    fraction: n / reports.length,
    basis: `应报 ${reports.length} 份, 审核通过 ${n} 份`,
    details: reports.map((r) => reportLine(r, r.status === 'accepted' ? '计 1' : '计 0')),
  };
}

function evidence(reports: readonly ReportFact[]): Share {
  const given = reports.filter(delivered);
  if (given.length === 0) return { fraction: null, basis: '没有已提交的进展报告', details: [] };
  const n = given.filter((r) => r.evidenceCount > 0).length;
  return {
    fraction: n / given.length,
    basis: `已提交 ${given.length} 份, 附佐证材料 ${n} 份`,
    details: given.map((r) => reportLine(r, r.evidenceCount > 0 ? `佐证 ${r.evidenceCount} 份, 计 1` : '无佐证, 计 0')),
  };
}

function targetProgress(targets: readonly TargetProgressFact[]): Share {
  const shares: number[] = [];
  const details: string[] = [];
  for (const t of targets) {
    const s = progressShare(t);
    const goal = `${t.comparator === '<=' ? '≤' : t.comparator === '=' ? '=' : '≥'}${num(t.target)}${t.unit}`;
    if (s === null) {
      details.push(`任务${t.taskSeq} ${t.indicator}(目标 ${goal}): 报告中未填报数值, 不计入`);
      continue;
    }
    shares.push(s);
    details.push(
      `任务${t.taskSeq} ${t.indicator}(目标 ${goal}): ${t.reportedPeriod ?? ''} 报送 ${num(t.reported as number)}${t.unit}, 完成 ${num(s * 100, 1)}%`,
    );
  }
  if (shares.length === 0)
    return {
      fraction: null,
      basis: targets.length === 0 ? '所承担任务未关联量化目标' : '关联的量化目标均未在报告中填报数值',
      details,
    };
  const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
  return { fraction: mean, basis: `已报送数值的目标 ${shares.length} 项, 平均完成 ${num(mean * 100, 1)}%`, details };
}

export function scoreTaskRule(
  rule: TaskRule,
  facts: { reports: readonly ReportFact[]; targets: readonly TargetProgressFact[]; unitIds: number[]; year: number },
): ScoreItem {
  const roles = new Set(rule.roles);
  const reports = facts.reports.filter((r) => roles.has(r.role));
  const targets = facts.targets.filter((t) => roles.has(t.role));
  const share =
    rule.kind === 'reports_on_time'
      ? onTime(rule, reports)
      : rule.kind === 'reports_accepted'
        ? accepted(reports)
        : rule.kind === 'evidence'
          ? evidence(reports)
          : targetProgress(targets);
  const points =
    share.fraction === null ? (rule.whenNoData === 'full' ? rule.points : 0) : pts(rule.points * share.fraction);
  const tail =
    share.fraction === null
      ? `按规则${rule.whenNoData === 'full' ? '计满分' : '不得分'}`
      : `得分率 ${num(share.fraction * 100, 1)}%`;
  return {
    ruleId: rule.id,
    category: 'task',
    label: taskRuleLabel(rule),
    max: rule.points,
    points,
    basis: `${share.basis}; ${tail}, 得 ${num(points)}/${num(rule.points)} 分`,
    details: share.details,
    sources: facts.unitIds.length > 0 ? [{ kind: 'reports', unitIds: facts.unitIds, year: facts.year }] : [],
  };
}
