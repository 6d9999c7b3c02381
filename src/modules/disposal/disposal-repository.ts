// 核查处置 cases and their actions, and the failed food samples that open them.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DisposalActionTable, DisposalCaseTable, DisposalEvidenceTable } from '../../db/schema-trace.ts';
import { type StoredFile, storedFile, storedFileColumns } from '../shared/stored-file.ts';

export interface CaseRecord {
  id: number;
  origin: string;
  sampleId: number | null;
  incidentId: number | null;
  regionCode: string | null;
  title: string;
  producerCreditCode: string | null;
  producerName: string | null;
  productName: string | null;
  batch: string | null;
  lotId: string | null;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  closeOutcome: string | null;
  closeEvidence: string | null;
}

export interface EvidenceRecord extends StoredFile {
  id: number;
  caseId: number;
  actionId: number | null;
}

function evidenceFrom(r: Selectable<DisposalEvidenceTable>): EvidenceRecord {
  return { id: r.id, caseId: r.case_id, actionId: r.action_id, ...storedFile(r) };
}

export interface ActionRecord {
  id: number;
  caseId: number;
  seq: number;
  kind: string;
  required: boolean;
  dueAt: string;
  doneAt: string | null;
  doneBy: string | null;
  evidenceText: string | null;
  evidenceFile: string | null;
}

export interface FailedSample {
  id: number;
  sampleNo: string | null;
  date: string;
  regionCode: string | null;
  producerName: string | null;
  producerCreditCode: string | null;
  sampledUnitName: string;
  sampledUnitAddress: string | null;
  productName: string;
  batch: string | null;
  category: string | null;
  failedItemsJson: string | null;
  passed: boolean;
  noticeNo: string | null;
}

export interface CaseQuery {
  status?: 'open' | 'closed';
  /** Only open cases with an action past its deadline at this instant. */
  overdueAt?: string;
  regionCode?: string;
  year?: number;
  page: number;
  pageSize: number;
}

function caseFrom(r: Selectable<DisposalCaseTable>): CaseRecord {
  return {
    id: r.id,
    origin: r.origin,
    sampleId: r.sample_id,
    incidentId: r.incident_id,
    regionCode: r.region_code,
    title: r.title,
    producerCreditCode: r.producer_credit_code,
    producerName: r.producer_name,
    productName: r.product_name,
    batch: r.batch,
    lotId: r.lot_id,
    status: r.status as CaseRecord['status'],
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closeOutcome: r.close_outcome,
    closeEvidence: r.close_evidence,
  };
}

function actionFrom(r: Selectable<DisposalActionTable>): ActionRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    seq: r.seq,
    kind: r.kind,
    required: r.required === 1,
    dueAt: r.due_at,
    doneAt: r.done_at,
    doneBy: r.done_by,
    evidenceText: r.evidence_text,
    evidenceFile: r.evidence_file,
  };
}

export function disposalRepository(db: Kysely<Database>) {
  function filtered(q: Omit<CaseQuery, 'page' | 'pageSize'>) {
    let b = db.selectFrom('disposal_cases');
    if (q.status) b = b.where('status', '=', q.status);
    if (q.regionCode) b = b.where('region_code', '=', q.regionCode);
    if (q.year) b = b.where('opened_at', '>=', `${q.year}-01-01`).where('opened_at', '<', `${q.year + 1}-01-01`);
    if (q.overdueAt) {
      const at = q.overdueAt;
      b = b
        .where('status', '=', 'open')
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('disposal_actions as a')
              .select('a.id')
              .whereRef('a.case_id', '=', 'disposal_cases.id')
              .where('a.done_at', 'is', null)
              .where('a.due_at', '<', at),
          ),
        );
    }
    return b;
  }

  return {
    async sample(id: number): Promise<FailedSample | null> {
      const r = await db.selectFrom('food_samples').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      return {
        id: r.id,
        sampleNo: r.sample_no,
        date: r.date,
        regionCode: r.region_code,
        producerName: r.producer_name,
        producerCreditCode: r.producer_credit_code,
        sampledUnitName: r.sampled_unit_name,
        sampledUnitAddress: r.sampled_unit_address,
        productName: r.product_name,
        batch: r.batch,
        category: r.category,
        failedItemsJson: r.failed_items_json,
        passed: r.passed === 1,
        noticeNo: r.notice_no,
      };
    },

    /** Ids of failed food samples that have no case yet. */
    async samplesWithoutCase(limit: number): Promise<number[]> {
      const rows = await db
        .selectFrom('food_samples as s')
        .select('s.id')
        .where('s.passed', '=', 0)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('disposal_cases as c').select('c.id').whereRef('c.sample_id', '=', 's.id'))),
        )
        .orderBy('s.id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    async caseBySample(sampleId: number): Promise<CaseRecord | null> {
      const r = await db.selectFrom('disposal_cases').selectAll().where('sample_id', '=', sampleId).executeTakeFirst();
      return r ? caseFrom(r) : null;
    },

    async insertCase(
      c: Omit<CaseRecord, 'id' | 'closedAt' | 'closedBy' | 'closeOutcome' | 'closeEvidence'>,
    ): Promise<number> {
      const r = await db
        .insertInto('disposal_cases')
        .values({
          origin: c.origin,
          sample_id: c.sampleId,
          incident_id: c.incidentId,
          region_code: c.regionCode,
          title: c.title,
          producer_credit_code: c.producerCreditCode,
          producer_name: c.producerName,
          product_name: c.productName,
          batch: c.batch,
          lot_id: c.lotId,
          status: c.status,
          opened_at: c.openedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async insertActions(
      rows: Omit<ActionRecord, 'id' | 'doneAt' | 'doneBy' | 'evidenceText' | 'evidenceFile'>[],
    ): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto('disposal_actions')
        .values(
          rows.map((a) => ({
            case_id: a.caseId,
            seq: a.seq,
            kind: a.kind,
            required: a.required ? 1 : 0,
            due_at: a.dueAt,
          })),
        )
        .execute();
    },

    async findCase(id: number): Promise<CaseRecord | null> {
      const r = await db.selectFrom('disposal_cases').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? caseFrom(r) : null;
    },

    async insertEvidence(e: Omit<EvidenceRecord, 'id'>): Promise<number> {
      const row = await db
        .insertInto('disposal_evidence')
        .values({ case_id: e.caseId, action_id: e.actionId, ...storedFileColumns(e) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async evidenceOf(caseId: number): Promise<EvidenceRecord[]> {
      const rows = await db
        .selectFrom('disposal_evidence')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute();
      return rows.map(evidenceFrom);
    },

    async findEvidence(id: number): Promise<EvidenceRecord | null> {
      const r = await db.selectFrom('disposal_evidence').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? evidenceFrom(r) : null;
    },

    async deleteEvidence(id: number): Promise<void> {
      await db.deleteFrom('disposal_evidence').where('id', '=', id).execute();
    },

    async actions(caseIds: readonly number[]): Promise<ActionRecord[]> {
      if (caseIds.length === 0) return [];
      const rows = await db
        .selectFrom('disposal_actions')
        .selectAll()
        .where('case_id', 'in', [...caseIds])
        .orderBy('case_id')
        .orderBy('seq')
        .execute();
      return rows.map(actionFrom);
    },

    async completeAction(
      id: number,
      done: { at: string; by: string; evidenceText: string; evidenceFile: string | null },
    ) {
      await db
        .updateTable('disposal_actions')
        .set({ done_at: done.at, done_by: done.by, evidence_text: done.evidenceText, evidence_file: done.evidenceFile })
        .where('id', '=', id)
        .execute();
    },

    async closeCase(id: number, c: { at: string; by: string; outcome: string; evidence: string }) {
      await db
        .updateTable('disposal_cases')
        .set({
          status: 'closed',
          closed_at: c.at,
          closed_by: c.by,
          close_outcome: c.outcome,
          close_evidence: c.evidence,
        })
        .where('id', '=', id)
        .execute();
    },

    async list(q: CaseQuery): Promise<{ items: CaseRecord[]; total: number }> {
      const base = filtered(q);
      const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('status', 'desc')
        .orderBy('opened_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { items: rows.map(caseFrom), total: Number(n) };
    },

    /** Cases per region: open, of those overdue at `at`, and closed. */
    async countsByRegion(q: { year?: number; regionCode?: string; at: string }) {
      const count = async (extra: Omit<CaseQuery, 'page' | 'pageSize'>) => {
        const rows = await filtered({ year: q.year, regionCode: q.regionCode, ...extra })
          .select(['region_code'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .groupBy('region_code')
          .execute();
        return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
      };
      const [open, overdue, closed] = await Promise.all([
        count({ status: 'open' }),
        count({ overdueAt: q.at }),
        count({ status: 'closed' }),
      ]);
      return { open, overdue, closed };
    },
  };
}

export type DisposalRepository = ReturnType<typeof disposalRepository>;
