// 事故报告 storage: incidents and their follow-up entries.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { IncidentTable } from '../../db/schema-trace.ts';

export interface IncidentRecord {
  id: number;
  receiptNo: string;
  source: 'public' | 'staff';
  enterpriseName: string;
  enterpriseCreditCode: string | null;
  productName: string;
  batch: string | null;
  regionCode: string | null;
  discoveredAt: string;
  reportedAt: string;
  severity: string;
  injuredCount: number;
  injuryLevel: string;
  description: string;
  measures: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closingSummary: string | null;
  caseId: number | null;
}

export interface FollowupRecord {
  id: number;
  incidentId: number;
  at: string;
  actorName: string;
  text: string;
}

export interface IncidentQuery {
  status?: 'open' | 'closed';
  severity?: string;
  regionCode?: string;
  year?: number;
  page: number;
  pageSize: number;
}

function fromRow(r: Selectable<IncidentTable>): IncidentRecord {
  return {
    id: r.id,
    receiptNo: r.receipt_no,
    source: r.source as IncidentRecord['source'],
    enterpriseName: r.enterprise_name,
    enterpriseCreditCode: r.enterprise_credit_code,
    productName: r.product_name,
    batch: r.batch,
    regionCode: r.region_code,
    discoveredAt: r.discovered_at,
    reportedAt: r.reported_at,
    severity: r.severity,
    injuredCount: r.injured_count,
    injuryLevel: r.injury_level,
    description: r.description,
    measures: r.measures,
    reporterName: r.reporter_name,
    reporterPhone: r.reporter_phone,
    status: r.status as IncidentRecord['status'],
    closedAt: r.closed_at,
    closingSummary: r.closing_summary,
    caseId: r.case_id,
  };
}

export function incidentRepository(db: Kysely<Database>) {
  function filtered(q: Omit<IncidentQuery, 'page' | 'pageSize'>) {
    let b = db.selectFrom('incidents');
    if (q.status) b = b.where('status', '=', q.status);
    if (q.severity) b = b.where('severity', '=', q.severity);
    if (q.regionCode) b = b.where('region_code', '=', q.regionCode);
    // The assessment year is the year the incident happened (was discovered), not reported.
    if (q.year)
      b = b.where('discovered_at', '>=', `${q.year}-01-01`).where('discovered_at', '<', `${q.year + 1}-01-01`);
    return b;
  }

  return {
    async insert(i: Omit<IncidentRecord, 'id' | 'closedAt' | 'closingSummary' | 'caseId'>): Promise<number> {
      const r = await db
        .insertInto('incidents')
        .values({
          receipt_no: i.receiptNo,
          source: i.source,
          enterprise_name: i.enterpriseName,
          enterprise_credit_code: i.enterpriseCreditCode,
          product_name: i.productName,
          batch: i.batch,
          region_code: i.regionCode,
          discovered_at: i.discoveredAt,
          reported_at: i.reportedAt,
          severity: i.severity,
          injured_count: i.injuredCount,
          injury_level: i.injuryLevel,
          description: i.description,
          measures: i.measures,
          reporter_name: i.reporterName,
          reporter_phone: i.reporterPhone,
          status: i.status,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async find(id: number): Promise<IncidentRecord | null> {
      const r = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? fromRow(r) : null;
    },

    async update(
      id: number,
      patch: Partial<{
        severity: string;
        caseId: number;
        status: 'open' | 'closed';
        closedAt: string;
        closingSummary: string;
      }>,
    ): Promise<void> {
      await db
        .updateTable('incidents')
        .set({
          ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
          ...(patch.caseId !== undefined ? { case_id: patch.caseId } : {}),
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.closedAt !== undefined ? { closed_at: patch.closedAt } : {}),
          ...(patch.closingSummary !== undefined ? { closing_summary: patch.closingSummary } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    async list(q: IncidentQuery): Promise<{ items: IncidentRecord[]; total: number }> {
      const base = filtered(q);
      const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('reported_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { items: rows.map(fromRow), total: Number(n) };
    },

    async countsBySeverity(q: { year?: number; regionCode?: string }) {
      const rows = await filtered(q)
        .select(['region_code', 'severity'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .groupBy(['region_code', 'severity'])
        .execute();
      return rows.map((r) => ({ regionCode: r.region_code, severity: r.severity, count: Number(r.n) }));
    },

    async addFollowup(f: Omit<FollowupRecord, 'id'>): Promise<number> {
      const r = await db
        .insertInto('incident_followups')
        .values({ incident_id: f.incidentId, at: f.at, actor_name: f.actorName, text: f.text })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async followups(incidentId: number): Promise<FollowupRecord[]> {
      const rows = await db
        .selectFrom('incident_followups')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        incidentId: r.incident_id,
        at: r.at,
        actorName: r.actor_name,
        text: r.text,
      }));
    },
  };
}

export type IncidentRepository = ReturnType<typeof incidentRepository>;
