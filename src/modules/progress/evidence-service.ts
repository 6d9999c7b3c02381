// Evidence files on a report: added to and removed from the current draft only (history keeps its
// files), checked by content before they are stored, downloaded by anyone who may read the report.
// Blobs are written before the database row, so a row never points at a missing file; a blob
// left behind by a failed transaction is harmless (content-addressed, never listed).
import { AppError } from '../../core/errors/app-error.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { EvidenceUpload } from '../shared/evidence-check.ts';
import type { EvidenceFiles } from '../shared/evidence-files.ts';
import type { Download } from '../shared/file-transfer.ts';
import { openStoredFile, storeUpload } from '../shared/stored-file.ts';
import type { ProgressDeps } from './plan-scope.ts';
import { type EvidenceView, evidenceView } from './progress-view.ts';
import { assertReader, assertWriter } from './report-access.ts';
import type { ReportService } from './report-service.ts';

const NOT_DRAFT = '只能在草稿中增删证据文件:已提交或已通过的报告不能再改;已退回的报告请先点击「修改」生成新版本';

export function evidenceService(deps: ProgressDeps, reports: ReportService, files: EvidenceFiles, maxBytes: number) {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  async function loadEvidence(id: number) {
    const ev = await store.progress.reports.findEvidence(id);
    if (!ev) throw new AppError('EVIDENCE_NOT_FOUND');
    return { ev, ...(await reports.loadReport(ev.reportId)) };
  }

  return {
    maxBytes,

    async add(reportId: number, file: EvidenceUpload, ctx: Ctx): Promise<EvidenceView> {
      const actor = requireActor(ctx);
      const { scope, report } = await reports.loadReport(reportId);
      assertWriter(scope, actor, report);
      if (report.status !== 'draft') throw new AppError('PROGRESS_STATE', NOT_DRAFT);
      const stored = await storeUpload(files, file, maxBytes, { name: actor.name, at: deps.now() });
      const audit = auditActor(ctx);
      const id = await store.transaction(async (r) => {
        const now = nowIso();
        // Locks the report row and re-checks it is a draft: a submit racing this upload either
        // commits first (and the upload is refused) or waits for it (and submits the file).
        if (!(await r.progress.reports.lockDraft(reportId, now))) throw new AppError('PROGRESS_STATE', NOT_DRAFT);
        const cur = await r.progress.reports.find(reportId);
        if (!cur) throw new AppError('PROGRESS_REPORT_NOT_FOUND');
        const revisionId = await r.progress.reports.revisionId(reportId, cur.revision);
        const row = { reportId, revisionId, ...stored };
        const evidenceId = await r.progress.reports.insertEvidence(row);
        await r.audit.record({
          ...audit,
          action: 'progress.evidence_added',
          entity: 'progress_report',
          entityId: reportId,
          after: {
            evidenceId,
            revision: cur.revision,
            fileName: row.fileName,
            kind: row.kind,
            size: row.size,
            sha256: row.sha256,
          },
        });
        return evidenceId;
      });
      const saved = await store.progress.reports.findEvidence(id);
      if (!saved) throw new AppError('EVIDENCE_NOT_FOUND');
      return evidenceView(saved);
    },

    async remove(evidenceId: number, ctx: Ctx): Promise<void> {
      const actor = requireActor(ctx);
      const { ev, scope, report } = await loadEvidence(evidenceId);
      assertWriter(scope, actor, report);
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        if (!(await r.progress.reports.lockDraft(report.id, nowIso()))) throw new AppError('PROGRESS_STATE', NOT_DRAFT);
        const cur = await r.progress.reports.find(report.id);
        if (!cur || (await r.progress.reports.revisionId(report.id, cur.revision)) !== ev.revisionId) {
          throw new AppError('PROGRESS_STATE', '只能删除当前草稿中的文件,历史版本的文件会一直保留');
        }
        await r.progress.reports.deleteEvidence(evidenceId);
        await r.audit.record({
          ...audit,
          action: 'progress.evidence_removed',
          entity: 'progress_report',
          entityId: report.id,
          before: { evidenceId, revision: cur.revision, fileName: ev.fileName, sha256: ev.sha256 },
        });
      });
    },

    async download(evidenceId: number, ctx: Ctx): Promise<Download> {
      const actor = requireActor(ctx);
      const { ev, scope, report } = await loadEvidence(evidenceId);
      assertReader(scope, actor, report);
      return openStoredFile(files, ev);
    },
  };
}

export type EvidenceService = ReturnType<typeof evidenceService>;
