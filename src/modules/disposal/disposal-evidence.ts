// Evidence files of a disposal case: photos of 下架, 召回 notices, 立案 decisions, 复检 reports.
// Checked by content before they are stored (the same rules as progress evidence), stored once
// per content under <dataDir>/evidence, added and removed only while the case is open (a closed
// case keeps what it closed with), downloaded by whoever may read the case.
import { AppError } from '../../core/errors/app-error.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { EvidenceUpload } from '../shared/evidence-check.ts';
import type { EvidenceFiles } from '../shared/evidence-files.ts';
import type { Download } from '../shared/file-transfer.ts';
import { fileView, openStoredFile, storeUpload } from '../shared/stored-file.ts';
import type { Store } from '../store.ts';
import type { DisposalService, EvidenceView } from './disposal-service.ts';

export function disposalEvidence(
  store: Store,
  disposal: DisposalService,
  files: EvidenceFiles,
  maxBytes: number,
  now: () => Date = () => new Date(),
) {
  async function openCase(caseId: number, ctx: Ctx) {
    const c = await disposal.caseOf(caseId, ctx);
    if (c.status === 'closed') throw new AppError('DISPOSAL_CASE_CLOSED', '案件已结案,不能再增删证据文件');
    return c;
  }

  return {
    maxBytes,

    async add(caseId: number, actionId: number | null, file: EvidenceUpload, ctx: Ctx): Promise<EvidenceView> {
      const actor = requireActor(ctx);
      await openCase(caseId, ctx);
      if (actionId !== null) {
        const actions = await store.disposal.actions([caseId]);
        if (!actions.some((a) => a.id === actionId)) throw new AppError('DISPOSAL_ACTION_NOT_FOUND');
      }
      const row = { caseId, actionId, ...(await storeUpload(files, file, maxBytes, { name: actor.name, at: now() })) };
      const id = await store.transaction(async (r) => {
        const c = await r.disposal.findCase(caseId);
        if (!c || c.status === 'closed') throw new AppError('DISPOSAL_CASE_CLOSED', '案件已结案,不能再增删证据文件');
        const evidenceId = await r.disposal.insertEvidence(row);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'disposal.evidence_added',
          entity: 'disposal_case',
          entityId: caseId,
          after: { evidenceId, actionId, fileName: row.fileName, kind: row.kind, size: row.size, sha256: row.sha256 },
        });
        return evidenceId;
      });
      return fileView({ id, ...row });
    },

    async remove(evidenceId: number, ctx: Ctx): Promise<void> {
      const ev = await store.disposal.findEvidence(evidenceId);
      if (!ev) throw new AppError('EVIDENCE_NOT_FOUND');
      await openCase(ev.caseId, ctx);
      await store.transaction(async (r) => {
        await r.disposal.deleteEvidence(evidenceId);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'disposal.evidence_removed',
          entity: 'disposal_case',
          entityId: ev.caseId,
          before: { evidenceId, actionId: ev.actionId, fileName: ev.fileName, sha256: ev.sha256 },
        });
      });
    },

    async download(evidenceId: number, ctx: Ctx): Promise<Download> {
      const ev = await store.disposal.findEvidence(evidenceId);
      if (!ev) throw new AppError('EVIDENCE_NOT_FOUND');
      await disposal.caseOf(ev.caseId, ctx);
      return openStoredFile(files, ev);
    },
  };
}

export type DisposalEvidence = ReturnType<typeof disposalEvidence>;
