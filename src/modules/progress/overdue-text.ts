// The overdue board as plain text for the terminal (npx zhiliang progress overdue).
import type { ObligationView } from './progress-view.ts';

export interface OverdueBoard {
  asOf: string;
  total: number;
  units: { unitName: string; count: number; items: ObligationView[] }[];
}

const STATUS_TEXT: Record<string, string> = { draft: '草稿未提交', returned: '已退回待修改' };

export function formatOverdue(b: OverdueBoard): string {
  if (b.total === 0) return `截至 ${b.asOf},没有逾期未报的进展报告。`;
  const out = [`截至 ${b.asOf},共 ${b.total} 份进展报告逾期未报,涉及 ${b.units.length} 个单位:`];
  for (const u of b.units) {
    out.push('', `${u.unitName}(${u.count} 份)`);
    for (const o of u.items) {
      const state = o.report ? (STATUS_TEXT[o.report.status] ?? o.report.status) : '未填报';
      out.push(`  - ${o.periodLabel}  ${o.taskTitle}  截止 ${o.dueDate},已逾期 ${-o.daysLeft} 天  [${state}]`);
    }
  }
  return out.join('\n');
}
