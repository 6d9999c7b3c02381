// Storage of rule sets, rounds, self-evaluations and bonuses. Round state changes go through
// `updateRound`, which applies only when the caller's version is still the stored one, so of two
// racing office actions one wins and the other learns so and changes nothing.
import type { Kysely, Selectable } from 'kysely';
import type { RoundStatus, SelfStatus } from '../../core/assessment/round-workflow.ts';
import type { SubjectKind } from '../../core/assessment/rule-set.ts';
import type { Database } from '../../db/schema.ts';
import type { AssessmentBonusEvidenceTable, AssessmentBonusTable } from '../../db/schema-assessment.ts';
import { type StoredFile, storedFile, storedFileColumns } from '../shared/stored-file.ts';

export interface RuleSetRow {
  id: number;
  name: string;
  version: number;
  kind: SubjectKind;
  year: number;
  fileName: string;
  sha256: string;
  body: unknown;
  uploadedAt: string;
  uploadedByName: string;
}

export interface RoundRow {
  id: number;
  year: number;
  kind: SubjectKind;
  title: string;
  ruleSetId: number;
  status: RoundStatus;
  version: number;
  result: unknown;
  returnReason: string | null;
  createdAt: string;
  createdBy: string;
  scoredAt: string | null;
  scoredBy: string | null;
  /** User ids beside the names: the reviewer must not be the scorer, and names are not unique. */
  scoredById: number | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewedById: number | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface SelfItem {
  ruleId: string;
  points: number | null;
  note: string;
}

export interface SelfEvaluationRow {
  id: number;
  roundId: number;
  subjectKey: string;
  status: SelfStatus;
  selfScore: number | null;
  text: string;
  items: SelfItem[];
  version: number;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  submittedBy: string | null;
}

export interface BonusRow {
  id: number;
  roundId: number;
  subjectKey: string;
  ruleId: string;
  title: string;
  count: number;
  evidence: string;
  createdAt: string;
  createdBy: string;
}

/** A file behind a bonus (certificate, 命名文件); the bytes live under <dataDir>/evidence. */
export interface BonusFileRecord extends StoredFile {
  id: number;
  bonusId: number;
}

const toBonus = (r: Selectable<AssessmentBonusTable>): BonusRow => ({
  id: r.id,
  roundId: r.round_id,
  subjectKey: r.subject_key,
  ruleId: r.rule_id,
  title: r.title,
  count: r.count,
  evidence: r.evidence,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const toBonusFile = (r: Selectable<AssessmentBonusEvidenceTable>): BonusFileRecord => ({
  id: r.id,
  bonusId: r.bonus_id,
  ...storedFile(r),
});

export type RoundPatch = Partial<{
  status: RoundStatus;
  result: unknown;
  returnReason: string | null;
  scoredAt: string;
  scoredBy: string;
  scoredById: number | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewedById: number | null;
  publishedAt: string;
  publishedBy: string;
}>;

/** A progress report's current revision: its values and how many evidence files it carries. */
export interface CurrentRevisionFacts {
  reportId: number;
  values: { targetId: number; value: number | null }[];
  evidenceCount: number;
}

const CHUNK = 500;

export function assessmentRepository(db: Kysely<Database>) {
  const toRuleSet = (r: {
    id: number;
    name: string;
    version: number;
    kind: string;
    year: number;
    file_name: string;
    sha256: string;
    body_json: string;
    uploaded_at: string;
    uploaded_by_name: string;
  }): RuleSetRow => ({
    id: r.id,
    name: r.name,
    version: r.version,
    kind: r.kind as SubjectKind,
    year: r.year,
    fileName: r.file_name,
    sha256: r.sha256,
    body: JSON.parse(r.body_json),
    uploadedAt: r.uploaded_at,
    uploadedByName: r.uploaded_by_name,
  });

  const rounds = () => db.selectFrom('assessment_rounds').selectAll();
  type Round = Awaited<ReturnType<ReturnType<typeof rounds>['execute']>>[number];
  const toRound = (r: Round): RoundRow => ({
    id: r.id,
    year: r.year,
    kind: r.kind as SubjectKind,
    title: r.title,
    ruleSetId: r.rule_set_id,
    status: r.status as RoundStatus,
    version: r.version,
    result: r.result_json === null ? null : JSON.parse(r.result_json),
    returnReason: r.return_reason,
    createdAt: r.created_at,
    createdBy: r.created_by,
    scoredAt: r.scored_at,
    scoredBy: r.scored_by,
    scoredById: r.scored_by_id,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewed_by,
    reviewedById: r.reviewed_by_id,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  });

  const selfs = () => db.selectFrom('assessment_self_evaluations').selectAll();
  type Self = Awaited<ReturnType<ReturnType<typeof selfs>['execute']>>[number];
  const toSelf = (r: Self): SelfEvaluationRow => ({
    id: r.id,
    roundId: r.round_id,
    subjectKey: r.subject_key,
    status: r.status as SelfStatus,
    selfScore: r.self_score === null ? null : Number(r.self_score),
    text: r.text,
    items: JSON.parse(r.items_json) as SelfItem[],
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
  });

  return {
    /**
     * Read-only: for every report of a plan, the current revision's reported values and its
     * evidence count (three queries, whatever the number of reports). The progress module owns
     * these tables; assessment only reads them.
     */
    async currentRevisionFacts(planId: number): Promise<Map<number, CurrentRevisionFacts>> {
      const revs = await db
        .selectFrom('progress_reports as r')
        .innerJoin('progress_revisions as v', (j) =>
          j.onRef('v.report_id', '=', 'r.id').onRef('v.revision', '=', 'r.revision'),
        )
        .select(['r.id as report_id', 'v.id as revision_id'])
        .where('r.plan_id', '=', planId)
        .execute();
      const out = new Map<number, CurrentRevisionFacts>();
      const byRevision = new Map<number, CurrentRevisionFacts>();
      for (const r of revs) {
        const f: CurrentRevisionFacts = { reportId: r.report_id, values: [], evidenceCount: 0 };
        out.set(r.report_id, f);
        byRevision.set(r.revision_id, f);
      }
      const ids = [...byRevision.keys()];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        const [values, evidence] = await Promise.all([
          db
            .selectFrom('progress_values')
            .select(['revision_id', 'target_id', 'value'])
            .where('revision_id', 'in', chunk)
            .orderBy('id')
            .execute(),
          db
            .selectFrom('progress_evidence')
            .select(['revision_id'])
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('revision_id', 'in', chunk)
            .groupBy('revision_id')
            .execute(),
        ]);
        for (const v of values)
          byRevision
            .get(v.revision_id)
            ?.values.push({ targetId: v.target_id, value: v.value === null ? null : Number(v.value) });
        for (const e of evidence) {
          const f = byRevision.get(e.revision_id);
          if (f) f.evidenceCount = Number(e.n);
        }
      }
      return out;
    },

    async listRuleSets(): Promise<Omit<RuleSetRow, 'body'>[]> {
      const rows = await db
        .selectFrom('assessment_rule_sets')
        .select(['id', 'name', 'version', 'kind', 'year', 'file_name', 'sha256', 'uploaded_at', 'uploaded_by_name'])
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => {
        const { body: _body, ...rest } = toRuleSet({ ...r, body_json: 'null' });
        return rest;
      });
    },

    async findRuleSet(id: number): Promise<RuleSetRow | null> {
      const r = await db.selectFrom('assessment_rule_sets').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toRuleSet(r) : null;
    },

    async findRuleSetBySha(sha256: string): Promise<RuleSetRow | null> {
      const r = await db
        .selectFrom('assessment_rule_sets')
        .selectAll()
        .where('sha256', '=', sha256)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return r ? toRuleSet(r) : null;
    },

    async nextRuleSetVersion(name: string): Promise<number> {
      const r = await db
        .selectFrom('assessment_rule_sets')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('name', '=', name)
        .executeTakeFirst();
      return Number(r?.v ?? 0) + 1;
    },

    async insertRuleSet(r: Omit<RuleSetRow, 'id'> & { uploadedBy: number | null }): Promise<number> {
      const row = await db
        .insertInto('assessment_rule_sets')
        .values({
          name: r.name,
          version: r.version,
          kind: r.kind,
          year: r.year,
          file_name: r.fileName,
          sha256: r.sha256,
          body_json: JSON.stringify(r.body),
          uploaded_at: r.uploadedAt,
          uploaded_by: r.uploadedBy,
          uploaded_by_name: r.uploadedByName,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async listRounds(q: { year?: number; status?: RoundStatus } = {}): Promise<RoundRow[]> {
      const rows = await rounds()
        .$if(q.year !== undefined, (b) => b.where('year', '=', q.year as number))
        .$if(q.status !== undefined, (b) => b.where('status', '=', q.status as string))
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toRound);
    },

    async findRound(id: number): Promise<RoundRow | null> {
      const r = await rounds().where('id', '=', id).executeTakeFirst();
      return r ? toRound(r) : null;
    },

    async insertRound(r: {
      year: number;
      kind: SubjectKind;
      title: string;
      ruleSetId: number;
      status: RoundStatus;
      createdAt: string;
      createdBy: string;
    }): Promise<number> {
      const row = await db
        .insertInto('assessment_rounds')
        .values({
          year: r.year,
          kind: r.kind,
          title: r.title,
          rule_set_id: r.ruleSetId,
          status: r.status,
          version: 1,
          created_at: r.createdAt,
          created_by: r.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Applies the patch only if `expected` is still the stored version; bumps the version. */
    async updateRound(id: number, expected: number, p: RoundPatch): Promise<boolean> {
      const r = await db
        .updateTable('assessment_rounds')
        .set({
          version: expected + 1,
          ...(p.status !== undefined ? { status: p.status } : {}),
          ...(p.result !== undefined ? { result_json: p.result === null ? null : JSON.stringify(p.result) } : {}),
          ...(p.returnReason !== undefined ? { return_reason: p.returnReason } : {}),
          ...(p.scoredAt !== undefined ? { scored_at: p.scoredAt } : {}),
          ...(p.scoredBy !== undefined ? { scored_by: p.scoredBy } : {}),
          ...(p.scoredById !== undefined ? { scored_by_id: p.scoredById } : {}),
          ...(p.reviewedAt !== undefined ? { reviewed_at: p.reviewedAt } : {}),
          ...(p.reviewedBy !== undefined ? { reviewed_by: p.reviewedBy } : {}),
          ...(p.reviewedById !== undefined ? { reviewed_by_id: p.reviewedById } : {}),
          ...(p.publishedAt !== undefined ? { published_at: p.publishedAt } : {}),
          ...(p.publishedBy !== undefined ? { published_by: p.publishedBy } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async selfEvaluations(roundId: number): Promise<SelfEvaluationRow[]> {
      const rows = await selfs().where('round_id', '=', roundId).orderBy('subject_key').execute();
      return rows.map(toSelf);
    },

    async findSelfEvaluation(roundId: number, subjectKey: string): Promise<SelfEvaluationRow | null> {
      const r = await selfs().where('round_id', '=', roundId).where('subject_key', '=', subjectKey).executeTakeFirst();
      return r ? toSelf(r) : null;
    },

    async insertSelfEvaluation(s: Omit<SelfEvaluationRow, 'id' | 'version'>): Promise<number> {
      const row = await db
        .insertInto('assessment_self_evaluations')
        .values({
          round_id: s.roundId,
          subject_key: s.subjectKey,
          status: s.status,
          self_score: s.selfScore,
          text: s.text,
          items_json: JSON.stringify(s.items),
          version: 1,
          updated_at: s.updatedAt,
          updated_by: s.updatedBy,
          submitted_at: s.submittedAt,
          submitted_by: s.submittedBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateSelfEvaluation(
      id: number,
      expected: number,
      s: Pick<
        SelfEvaluationRow,
        'status' | 'selfScore' | 'text' | 'items' | 'updatedAt' | 'updatedBy' | 'submittedAt' | 'submittedBy'
      >,
    ): Promise<boolean> {
      const r = await db
        .updateTable('assessment_self_evaluations')
        .set({
          status: s.status,
          self_score: s.selfScore,
          text: s.text,
          items_json: JSON.stringify(s.items),
          updated_at: s.updatedAt,
          updated_by: s.updatedBy,
          submitted_at: s.submittedAt,
          submitted_by: s.submittedBy,
          version: expected + 1,
        })
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async bonuses(roundId: number): Promise<BonusRow[]> {
      const rows = await db
        .selectFrom('assessment_bonuses')
        .selectAll()
        .where('round_id', '=', roundId)
        .orderBy('id')
        .execute();
      return rows.map(toBonus);
    },

    async findBonus(id: number): Promise<BonusRow | null> {
      const r = await db.selectFrom('assessment_bonuses').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toBonus(r) : null;
    },

    async insertBonus(b: Omit<BonusRow, 'id'>): Promise<number> {
      const row = await db
        .insertInto('assessment_bonuses')
        .values({
          round_id: b.roundId,
          subject_key: b.subjectKey,
          rule_id: b.ruleId,
          title: b.title,
          count: b.count,
          evidence: b.evidence,
          created_at: b.createdAt,
          created_by: b.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * Deletes a bonus with its file rows (they reference it); returns both, for the audit entry.
     * The blobs stay on disk: they are content-addressed and may back other records.
     */
    async deleteBonus(roundId: number, id: number): Promise<{ bonus: BonusRow; files: BonusFileRecord[] } | null> {
      const r = await db
        .selectFrom('assessment_bonuses')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return null;
      const files = await db
        .selectFrom('assessment_bonus_evidence')
        .selectAll()
        .where('bonus_id', '=', id)
        .orderBy('id')
        .execute();
      await db.deleteFrom('assessment_bonus_evidence').where('bonus_id', '=', id).execute();
      await db.deleteFrom('assessment_bonuses').where('id', '=', id).execute();
      return { bonus: toBonus(r), files: files.map(toBonusFile) };
    },

    async insertBonusFile(f: Omit<BonusFileRecord, 'id'>): Promise<number> {
      const row = await db
        .insertInto('assessment_bonus_evidence')
        .values({ bonus_id: f.bonusId, ...storedFileColumns(f) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Every file of every bonus of a round, in upload order. */
    async bonusFiles(roundId: number): Promise<BonusFileRecord[]> {
      const rows = await db
        .selectFrom('assessment_bonus_evidence as f')
        .innerJoin('assessment_bonuses as b', 'b.id', 'f.bonus_id')
        .selectAll('f')
        .where('b.round_id', '=', roundId)
        .orderBy('f.id')
        .execute();
      return rows.map(toBonusFile);
    },

    /** A file with the round its bonus belongs to (whose state decides what may be done with it). */
    async findBonusFile(id: number): Promise<(BonusFileRecord & { roundId: number }) | null> {
      const r = await db
        .selectFrom('assessment_bonus_evidence as f')
        .innerJoin('assessment_bonuses as b', 'b.id', 'f.bonus_id')
        .selectAll('f')
        .select('b.round_id')
        .where('f.id', '=', id)
        .executeTakeFirst();
      if (!r) return null;
      const { round_id, ...file } = r;
      return { ...toBonusFile(file), roundId: round_id };
    },

    async deleteBonusFile(id: number): Promise<void> {
      await db.deleteFrom('assessment_bonus_evidence').where('id', '=', id).execute();
    },
  };
}

export type AssessmentRepository = ReturnType<typeof assessmentRepository>;
