// Scope checks shared by the report and evidence services: who may read a report, who may write
// it. Both answer 403 FORBIDDEN_SCOPE with a message that says whose report it is.
import type { Actor } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { actsFor, canReadReport } from '../../core/progress/reporting-scope.ts';
import { leadUnitIds, type PlanScope, unitName } from './plan-scope.ts';
import type { ReportRow } from './report-repository.ts';

export function mayWrite(scope: PlanScope, actor: Actor, report: Pick<ReportRow, 'unitId'>): boolean {
  const unit = scope.unitById.get(report.unitId);
  return unit !== undefined && actsFor(actor, unit, scope.units);
}

export function assertWriter(scope: PlanScope, actor: Actor, report: Pick<ReportRow, 'unitId'>): void {
  if (!mayWrite(scope, actor, report)) {
    throw new AppError('FORBIDDEN_SCOPE', `这是「${unitName(scope, report.unitId)}」的报告,只能由该单位填报`);
  }
}

export function assertReader(scope: PlanScope, actor: Actor, report: ReportRow): void {
  const unit = scope.unitById.get(report.unitId);
  const ok =
    unit !== undefined &&
    canReadReport(actor, { unit, status: report.status, leadUnitIds: leadUnitIds(scope, report.taskId) }, scope.units);
  if (!ok) throw new AppError('FORBIDDEN_SCOPE', '超出本单位的权限范围:不能查看其他单位的进展报告');
}
