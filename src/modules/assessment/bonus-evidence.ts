// Evidence files of an assessment bonus: the 质量奖 certificate, the 命名文件 of a brand or a 5A
// site. Checked by content before they are stored (the same rules as progress and disposal
// evidence), stored once per content under <dataDir>/evidence. Added and removed by the office
// while bonuses may change (the round is not yet reviewed or published: what was reviewed is
// what stays), downloaded only by the office. The files are internal: the published result and
// the public views never carry them.
import type { Actor } from '../../core/access/roles.ts';
import { type RoundStatus, roundTransition } from '../../core/assessment/round-workflow.ts';
import { isOffice } from '../../core/assessment/subject-access.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { EvidenceUpload } from '../shared/evidence-check.ts';
import type { EvidenceFiles } from '../shared/evidence-files.ts';
import type { Download } from '../shared/file-transfer.ts';
import { type FileView, fileView, openStoredFile, storeUpload } from '../shared/stored-file.ts';
import type { Repos, Store } from '../store.ts';
import type { BonusFileRecord, RoundRow } from './assessment-repository.ts';

/** A bonus file as clients see it: no content hash or stored type. */
export type BonusFileView = FileView<BonusFileRecord>;

function requireOffice(ctx: Ctx): Actor {
  const actor = requireActor(ctx);
  if (!isOffice(actor)) throw new AppError('FORBIDDEN', '只有州质量办可以查看和管理加分项的佐证文件');
  return actor;
}

/** Files change under the same rule as the bonuses themselves (round-workflow 'bonus'). */
function requireBonusesOpen(status: RoundStatus): void {
  const t = roundTransition(status, 'bonus');
  if (!t.ok) throw new AppError('ASSESSMENT_STATE', t.message);
}

export function bonusEvidence(
  store: Store,
  files: EvidenceFiles,
  maxBytes: number,
  now: () => Date = () => new Date(),
) {
  async function openRound(roundId: number): Promise<RoundRow> {
    const round = await store.assessment.findRound(roundId);
    if (!round) throw new AppError('ASSESSMENT_ROUND_NOT_FOUND');
    requireBonusesOpen(round.status);
    return round;
  }

  /**
   * Inside the transaction: the round must still accept bonus changes, and its version is bumped
   * (compare-and-set), so a review or publication racing this change either sees it or refuses.
   */
  async function lockOpenRound(r: Repos, roundId: number): Promise<void> {
    const cur = await r.assessment.findRound(roundId);
    if (!cur) throw new AppError('ASSESSMENT_ROUND_NOT_FOUND');
    requireBonusesOpen(cur.status);
    if (!(await r.assessment.updateRound(cur.id, cur.version, {}))) throw new AppError('ASSESSMENT_VERSION_CONFLICT');
  }

  return {
    maxBytes,

    async add(roundId: number, bonusId: number, file: EvidenceUpload, ctx: Ctx): Promise<BonusFileView> {
      const actor = requireOffice(ctx);
      await openRound(roundId);
      const bonus = await store.assessment.findBonus(bonusId);
      if (bonus?.roundId !== roundId) throw new AppError('NOT_FOUND', '加分项不存在');
      const row = { bonusId, ...(await storeUpload(files, file, maxBytes, { name: actor.name, at: now() })) };
      const id = await store.transaction(async (r) => {
        await lockOpenRound(r, roundId);
        // The bonus may have been removed meanwhile; its files go with it.
        if ((await r.assessment.findBonus(bonusId))?.roundId !== roundId)
          throw new AppError('NOT_FOUND', '加分项不存在');
        const evidenceId = await r.assessment.insertBonusFile(row);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'assessment.bonus.evidence_added',
          entity: 'assessment_round',
          entityId: roundId,
          after: {
            evidenceId,
            bonusId,
            subjectKey: bonus.subjectKey,
            fileName: row.fileName,
            kind: row.kind,
            size: row.size,
            sha256: row.sha256,
          },
        });
        return evidenceId;
      });
      return fileView({ id, ...row });
    },

    async remove(evidenceId: number, ctx: Ctx): Promise<void> {
      requireOffice(ctx);
      const f = await store.assessment.findBonusFile(evidenceId);
      if (!f) throw new AppError('EVIDENCE_NOT_FOUND');
      await openRound(f.roundId);
      await store.transaction(async (r) => {
        await lockOpenRound(r, f.roundId);
        if (!(await r.assessment.findBonusFile(evidenceId))) throw new AppError('EVIDENCE_NOT_FOUND');
        await r.assessment.deleteBonusFile(evidenceId);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'assessment.bonus.evidence_removed',
          entity: 'assessment_round',
          entityId: f.roundId,
          before: { evidenceId, bonusId: f.bonusId, fileName: f.fileName, sha256: f.sha256 },
        });
      });
    },

    async download(evidenceId: number, ctx: Ctx): Promise<Download> {
      requireOffice(ctx);
      const f = await store.assessment.findBonusFile(evidenceId);
      if (!f) throw new AppError('EVIDENCE_NOT_FOUND');
      return openStoredFile(files, f);
    },
  };
}

export type BonusEvidence = ReturnType<typeof bonusEvidence>;
