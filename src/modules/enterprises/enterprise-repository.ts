// The registry's Kysely code: enterprises and their aliases, the search behind the list, the
// index rows name matching is built from, and the stored risk assessment.
import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Licence } from '../../core/enterprises/licences.ts';
import type { IndexedEnterprise } from '../../core/enterprises/name-index.ts';
import { normalizeEnterpriseName } from '../../core/enterprises/normalize-name.ts';
import type { RiskClass } from '../../core/enterprises/risk-model.ts';
import type { Database } from '../../db/schema.ts';
import type { EnterpriseTable } from '../../db/schema-enterprises.ts';

export interface EnterpriseRecord {
  id: number;
  creditCode: string;
  name: string;
  regionCode: string | null;
  industry: string;
  size: string | null;
  address: string | null;
  licences: Licence[];
  aliases: string[];
  riskScore: number | null;
  riskClass: RiskClass | null;
  riskModelVersion: number | null;
  riskComputedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseFields {
  creditCode: string;
  name: string;
  regionCode: string | null;
  industry: string;
  size: string | null;
  address: string | null;
  licences: Licence[];
}

export interface EnterpriseQuery {
  page: number;
  pageSize: number;
  q?: string;
  regionCode?: string;
  industry?: string;
  riskClass?: RiskClass;
}

export interface StoredRisk {
  score: number;
  riskClass: RiskClass;
  modelVersion: number;
  explanationJson: string;
  at: string;
}

const IN_CHUNK = 500;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function fromRow(r: Selectable<EnterpriseTable>, aliases: string[]): EnterpriseRecord {
  return {
    id: r.id,
    creditCode: r.credit_code,
    name: r.name,
    regionCode: r.region_code,
    industry: r.industry,
    size: r.size,
    address: r.address,
    licences: JSON.parse(r.licences_json) as Licence[],
    aliases,
    riskScore: r.risk_score,
    riskClass: r.risk_class as RiskClass | null,
    riskModelVersion: r.risk_model_version,
    riskComputedAt: r.risk_computed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function chunks<T>(xs: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export function enterpriseRepository(db: Kysely<Database>) {
  async function aliasesOf(ids: readonly number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    for (const part of chunks(ids)) {
      if (part.length === 0) continue;
      const rows = await db
        .selectFrom('enterprise_aliases')
        .select(['enterprise_id', 'alias'])
        .where('enterprise_id', 'in', part)
        .orderBy('id')
        .execute();
      for (const r of rows) {
        const list = out.get(r.enterprise_id);
        if (list) list.push(r.alias);
        else out.set(r.enterprise_id, [r.alias]);
      }
    }
    return out;
  }

  async function withAliases(rows: Selectable<EnterpriseTable>[]): Promise<EnterpriseRecord[]> {
    const aliases = await aliasesOf(rows.map((r) => r.id));
    return rows.map((r) => fromRow(r, aliases.get(r.id) ?? []));
  }

  return {
    aliasesOf,

    async findById(id: number): Promise<EnterpriseRecord | null> {
      const r = await db.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? ((await withAliases([r]))[0] ?? null) : null;
    },

    async findByCode(code: string): Promise<EnterpriseRecord | null> {
      const r = await db.selectFrom('enterprises').selectAll().where('credit_code', '=', code).executeTakeFirst();
      return r ? ((await withAliases([r]))[0] ?? null) : null;
    },

    async findByCodes(codes: readonly string[]): Promise<Map<string, EnterpriseRecord>> {
      const out = new Map<string, EnterpriseRecord>();
      for (const part of chunks(codes)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('enterprises').selectAll().where('credit_code', 'in', part).execute();
        for (const e of await withAliases(rows)) out.set(e.creditCode, e);
      }
      return out;
    },

    /** Ids of enterprises whose name or an alias normalises to the name given. */
    async idsByName(name: string): Promise<number[]> {
      const key = normalizeEnterpriseName(name);
      const [byName, byAlias] = await Promise.all([
        db.selectFrom('enterprises').select('id').where('name_key', '=', key).execute(),
        db.selectFrom('enterprise_aliases').select('enterprise_id as id').where('alias_key', '=', key).execute(),
      ]);
      return [...new Set([...byName, ...byAlias].map((r) => r.id))].sort((a, b) => a - b);
    },

    async findByIds(ids: readonly number[]): Promise<EnterpriseRecord[]> {
      const out: EnterpriseRecord[] = [];
      for (const part of chunks(ids)) {
        if (part.length === 0) continue;
        out.push(
          ...(await withAliases(await db.selectFrom('enterprises').selectAll().where('id', 'in', part).execute())),
        );
      }
      return out;
    },

    async list(q: EnterpriseQuery): Promise<{ items: EnterpriseRecord[]; total: number }> {
      let base = db.selectFrom('enterprises');
      if (q.regionCode) base = base.where('region_code', '=', q.regionCode);
      if (q.industry) base = base.where('industry', '=', q.industry);
      if (q.riskClass) base = base.where('risk_class', '=', q.riskClass);
      if (q.q) {
        const pattern = `%${escapeLike(q.q.trim())}%`;
        const key = `%${escapeLike(normalizeEnterpriseName(q.q))}%`;
        base = base.where(({ or, exists, selectFrom }) =>
          or([
            sql<boolean>`${sql.ref('enterprises.name')} like ${pattern} escape '\\'`,
            sql<boolean>`${sql.ref('enterprises.name_key')} like ${key} escape '\\'`,
            sql<boolean>`${sql.ref('enterprises.credit_code')} like ${pattern} escape '\\'`,
            exists(
              selectFrom('enterprise_aliases as a')
                .select('a.id')
                .whereRef('a.enterprise_id', '=', 'enterprises.id')
                .where(sql<boolean>`${sql.ref('a.alias_key')} like ${key} escape '\\'`),
            ),
          ]),
        );
      }
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll('enterprises')
        .orderBy('enterprises.id')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { items: await withAliases(rows), total: Number(total) };
    },

    async count(): Promise<number> {
      const r = await db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async insert(e: EnterpriseFields, now: string): Promise<number> {
      const row = await db
        .insertInto('enterprises')
        .values({
          credit_code: e.creditCode,
          name: e.name,
          name_key: normalizeEnterpriseName(e.name),
          region_code: e.regionCode,
          industry: e.industry,
          size: e.size,
          address: e.address,
          licences_json: JSON.stringify(e.licences),
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(id: number, p: Partial<EnterpriseFields>, now: string): Promise<void> {
      const v: Updateable<EnterpriseTable> = { updated_at: now };
      if (p.name !== undefined) {
        v.name = p.name;
        v.name_key = normalizeEnterpriseName(p.name);
      }
      if (p.regionCode !== undefined) v.region_code = p.regionCode;
      if (p.industry !== undefined) v.industry = p.industry;
      if (p.size !== undefined) v.size = p.size;
      if (p.address !== undefined) v.address = p.address;
      if (p.licences !== undefined) v.licences_json = JSON.stringify(p.licences);
      await db.updateTable('enterprises').set(v).where('id', '=', id).execute();
    },

    /** Adds aliases not yet held (compared normalised); returns those added. */
    async addAliases(enterpriseId: number, aliases: readonly string[], now: string): Promise<string[]> {
      if (aliases.length === 0) return [];
      const held = new Set(
        (
          await db
            .selectFrom('enterprise_aliases')
            .select('alias_key')
            .where('enterprise_id', '=', enterpriseId)
            .execute()
        ).map((r) => r.alias_key),
      );
      const added: string[] = [];
      for (const alias of aliases) {
        const key = normalizeEnterpriseName(alias);
        if (key === '' || held.has(key)) continue;
        held.add(key);
        await db
          .insertInto('enterprise_aliases')
          .values({ enterprise_id: enterpriseId, alias: alias.trim(), alias_key: key, created_at: now })
          .execute();
        added.push(alias.trim());
      }
      return added;
    },

    async removeAlias(enterpriseId: number, alias: string): Promise<void> {
      await db
        .deleteFrom('enterprise_aliases')
        .where('enterprise_id', '=', enterpriseId)
        .where('alias_key', '=', normalizeEnterpriseName(alias))
        .execute();
    },

    /** Every enterprise with its aliases, for the name index. */
    async indexEntries(): Promise<IndexedEnterprise[]> {
      const rows = await db
        .selectFrom('enterprises')
        .select(['id', 'credit_code', 'name', 'region_code'])
        .orderBy('id')
        .execute();
      const aliases = new Map<number, string[]>();
      const aliasRows = await db
        .selectFrom('enterprise_aliases')
        .select(['enterprise_id', 'alias'])
        .orderBy('id')
        .execute();
      for (const a of aliasRows) {
        const list = aliases.get(a.enterprise_id);
        if (list) list.push(a.alias);
        else aliases.set(a.enterprise_id, [a.alias]);
      }
      return rows.map((r) => ({
        id: r.id,
        creditCode: r.credit_code,
        name: r.name,
        regionCode: r.region_code,
        aliases: aliases.get(r.id) ?? [],
      }));
    },

    /** Ids in order after `afterId`; with `scoredBefore`, only those last scored before that instant. */
    async ids(afterId: number, limit: number, scoredBefore?: string): Promise<number[]> {
      let q = db.selectFrom('enterprises').select('id').where('id', '>', afterId);
      if (scoredBefore !== undefined)
        q = q.where((eb) => eb.or([eb('risk_computed_at', 'is', null), eb('risk_computed_at', '<', scoredBefore)]));
      const rows = await q.orderBy('id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async setRisk(id: number, r: StoredRisk): Promise<void> {
      await db
        .updateTable('enterprises')
        .set({
          risk_score: r.score,
          risk_class: r.riskClass,
          risk_model_version: r.modelVersion,
          risk_explanation_json: r.explanationJson,
          risk_computed_at: r.at,
        })
        .where('id', '=', id)
        .execute();
    },

    async risksOf(ids: readonly number[]): Promise<Map<number, { riskClass: RiskClass | null; score: number | null }>> {
      const out = new Map<number, { riskClass: RiskClass | null; score: number | null }>();
      for (const part of chunks(ids)) {
        if (part.length === 0) continue;
        const rows = await db
          .selectFrom('enterprises')
          .select(['id', 'risk_class', 'risk_score'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, { riskClass: r.risk_class as RiskClass | null, score: r.risk_score });
      }
      return out;
    },

    async riskExplanation(id: number): Promise<string | null> {
      const r = await db
        .selectFrom('enterprises')
        .select('risk_explanation_json')
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.risk_explanation_json ?? null;
    },

    /** Count per class (null: not yet scored), for the list's summary. */
    async classCounts(regionCode?: string): Promise<Record<string, number>> {
      let q = db.selectFrom('enterprises').select(['risk_class', (eb) => eb.fn.countAll<number>().as('n')]);
      if (regionCode) q = q.where('region_code', '=', regionCode);
      const rows = await q.groupBy('risk_class').execute();
      return Object.fromEntries(rows.map((r) => [r.risk_class ?? 'none', Number(r.n)]));
    },
  };
}

export type EnterpriseRepository = ReturnType<typeof enterpriseRepository>;
