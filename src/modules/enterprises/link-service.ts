// Links records to registered enterprises (by code, else by name) and keeps the review queue.
// A run reads every record not yet linked or set aside, decides each (core/enterprises/
// match-record.ts), then writes links, queue items, learnt aliases and the rescored enterprises
// in one audited transaction. Records with a valid code go first, so a spelling learnt from a
// code-linked record already serves the records without a code in the same run.
import { decideMatch } from '../../core/enterprises/match-record.ts';
import { EnterpriseNameIndex } from '../../core/enterprises/name-index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { validateCreditCode } from '../../core/standards/index.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { ClassChange, CreditService } from './credit-service.ts';
import type { NewLink, PartyRow, QueueEntry, QueueItem } from './link-repository.ts';
import {
  LINK_SOURCES,
  type LinkSource,
  type LinkTable,
  type RecordSummary,
  ROLE_LABELS,
  TABLE_LABELS,
} from './link-sources.ts';

export interface LinkReport {
  scanned: number;
  linked: number;
  queued: number;
  aliasesAdded: number;
  unmatched: number;
  classChanges: ClassChange[];
}

export interface QueueView extends QueueItem {
  tableLabel: string;
  roleLabel: string;
  record: RecordSummary | null;
}

const SCAN_CHUNK = 5000;
/** An audit entry lists this many class changes; the rest are counted. */
const AUDIT_LIST = 100;

function hasValidCode(p: PartyRow): boolean {
  return p.code !== null && validateCreditCode(p.code.trim().toUpperCase()).valid;
}

export function linkService(store: Store, credit: CreditService) {
  /**
   * Links what is unlinked. After an import, `scope` narrows the scan to that import's records:
   * records already scanned against an unchanged registry would only be decided the same way
   * again. A registry change (import, edit, confirmed alias) runs without a scope.
   */
  async function run(ctx: Ctx, scope?: { table: LinkTable; importId: number }): Promise<LinkReport> {
    requireActor(ctx);
    const entries = await store.enterprises.indexEntries();
    // No registry, no link and no candidate: nothing to scan.
    if (entries.length === 0)
      return { scanned: 0, linked: 0, queued: 0, aliasesAdded: 0, unmatched: 0, classChanges: [] };
    const index = new EnterpriseNameIndex(entries);
    const parties: { src: LinkSource; row: PartyRow }[] = [];
    for (const src of LINK_SOURCES) {
      if (scope && src.table !== scope.table) continue;
      let after = 0;
      for (;;) {
        const rows = await store.enterpriseLinks.unlinkedParties(src, after, SCAN_CHUNK, scope?.importId);
        for (const row of rows) parties.push({ src, row });
        if (rows.length < SCAN_CHUNK) break;
        after = (rows[rows.length - 1] as PartyRow).id;
      }
    }
    const withCode = parties.filter((p) => hasValidCode(p.row));
    const rest = parties.filter((p) => !hasValidCode(p.row));

    const pending = await store.enterpriseLinks.pendingSignatures();
    const links: NewLink[] = [];
    const queue: QueueEntry[] = [];
    const settled = new Map<string, number[]>(); // `${table}\u0000${role}` → record ids no longer pending
    const aliases = new Map<number, string[]>();
    const settle = (src: LinkSource, id: number) => {
      const key = `${src.table}\u0000${src.role}`;
      const list = settled.get(key);
      if (list) list.push(id);
      else settled.set(key, [id]);
    };
    let unmatched = 0;
    for (const { src, row } of [...withCode, ...rest]) {
      const d = decideMatch({ name: row.name, creditCode: row.code, regionCode: row.regionCode }, index);
      if (d.kind === 'link') {
        links.push({
          recordTable: src.table,
          recordId: row.id,
          role: src.role,
          enterpriseId: d.enterpriseId,
          method: d.method,
          confidence: d.confidence,
          reason: d.reason,
          confirmedBy: null,
        });
        settle(src, row.id);
        if (d.alias) {
          index.addAlias(d.enterpriseId, d.alias);
          aliases.set(d.enterpriseId, [...(aliases.get(d.enterpriseId) ?? []), d.alias]);
        }
      } else if (d.kind === 'review') {
        // Already queued with the same candidates: nothing to write.
        const signature = `${JSON.stringify(d.candidates)}\u0000${d.reason}`;
        if (pending.get(`${src.table}:${src.role}:${row.id}`) === signature) continue;
        queue.push({
          recordTable: src.table,
          recordId: row.id,
          role: src.role,
          partyName: row.name,
          partyCode: row.code,
          regionCode: row.regionCode,
          candidates: d.candidates,
          reason: d.reason,
        });
      } else {
        unmatched++;
        if (pending.has(`${src.table}:${src.role}:${row.id}`)) settle(src, row.id);
      }
    }
    const report: LinkReport = {
      scanned: parties.length,
      linked: links.length,
      queued: queue.length,
      aliasesAdded: 0,
      unmatched,
      classChanges: [],
    };
    if (links.length === 0 && queue.length === 0 && settled.size === 0) return report;

    return store.transaction(async (r) => {
      const now = nowIso();
      await r.enterpriseLinks.insertLinks(links, now);
      await r.enterpriseLinks.upsertQueue(queue, now);
      for (const [key, ids] of settled) {
        const [table, role] = key.split('\u0000') as [LinkSource['table'], string];
        await r.enterpriseLinks.dropPending(table, role, ids);
      }
      const learnt: { enterpriseId: number; aliases: string[] }[] = [];
      for (const [enterpriseId, names] of aliases) {
        const added = await r.enterprises.addAliases(enterpriseId, names, now);
        if (added.length > 0) learnt.push({ enterpriseId, aliases: added });
        report.aliasesAdded += added.length;
      }
      report.classChanges = await credit.recompute(
        r,
        links.map((l) => l.enterpriseId),
      );
      await r.audit.record({
        ...auditActor(ctx),
        action: 'enterprise.linked',
        entity: 'enterprise_links',
        entityId: null,
        after: {
          scanned: report.scanned,
          linked: report.linked,
          queued: report.queued,
          aliasesLearnt: learnt,
          classChanges: report.classChanges.slice(0, AUDIT_LIST),
          classChangeCount: report.classChanges.length,
        },
      });
      return report;
    });
  }

  return {
    run,

    async queue(q: { status: 'pending' | 'confirmed' | 'rejected'; page: number; pageSize: number }) {
      const { items, total } = await store.enterpriseLinks.queue(q);
      const byTable = new Map<string, number[]>();
      for (const i of items) byTable.set(i.recordTable, [...(byTable.get(i.recordTable) ?? []), i.recordId]);
      const summaries = new Map<string, RecordSummary>();
      for (const [table, ids] of byTable) {
        for (const [id, s] of await store.enterpriseLinks.summaries(table as LinkSource['table'], ids)) {
          summaries.set(`${table}:${id}`, s);
        }
      }
      const views: QueueView[] = items.map((i) => ({
        ...i,
        tableLabel: TABLE_LABELS[i.recordTable],
        roleLabel: ROLE_LABELS[i.role as keyof typeof ROLE_LABELS] ?? i.role,
        record: summaries.get(`${i.recordTable}:${i.recordId}`) ?? null,
      }));
      return { items: views, total };
    },

    /**
     * A person confirms which enterprise a queued record names. The record's spelling becomes an
     * alias of that enterprise, so the next run links the same spelling without asking again.
     */
    async confirm(
      id: number,
      enterpriseId: number,
      ctx: Ctx,
    ): Promise<{ classChanges: ClassChange[]; alsoLinked: number }> {
      const actor = requireActor(ctx);
      const changes = await store.transaction(async (r) => {
        const item = await r.enterpriseLinks.queueItem(id);
        if (!item) throw new AppError('MATCH_NOT_FOUND');
        if (item.status !== 'pending') throw new AppError('MATCH_RESOLVED');
        const e = await r.enterprises.findById(enterpriseId);
        if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
        const now = nowIso();
        await r.enterpriseLinks.insertLinks(
          [
            {
              recordTable: item.recordTable,
              recordId: item.recordId,
              role: item.role,
              enterpriseId,
              method: 'manual',
              confidence: 1,
              reason: `${actor.name} 人工确认`,
              confirmedBy: auditActor(ctx).actorId,
            },
          ],
          now,
        );
        const added = item.partyName ? await r.enterprises.addAliases(enterpriseId, [item.partyName], now) : [];
        await r.enterpriseLinks.resolveQueue(id, 'confirmed', enterpriseId, auditActor(ctx).actorId, now);
        const classChanges = await credit.recompute(r, [enterpriseId]);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'enterprise.match_confirmed',
          entity: 'enterprise',
          entityId: enterpriseId,
          before: { queueId: id, name: item.partyName, candidates: item.candidates.map((c) => c.enterpriseId) },
          after: { record: `${item.recordTable}#${item.recordId}`, role: item.role, aliasesAdded: added, classChanges },
        });
        return classChanges;
      });
      // The new alias may settle other records with the same spelling.
      const again = await run(ctx);
      return { classChanges: [...changes, ...again.classChanges], alsoLinked: again.linked };
    },

    async reject(id: number, ctx: Ctx): Promise<void> {
      requireActor(ctx);
      await store.transaction(async (r) => {
        const item = await r.enterpriseLinks.queueItem(id);
        if (!item) throw new AppError('MATCH_NOT_FOUND');
        if (item.status !== 'pending') throw new AppError('MATCH_RESOLVED');
        await r.enterpriseLinks.resolveQueue(id, 'rejected', null, auditActor(ctx).actorId, nowIso());
        await r.audit.record({
          ...auditActor(ctx),
          action: 'enterprise.match_rejected',
          entity: 'enterprise_match_queue',
          entityId: id,
          before: { name: item.partyName, record: `${item.recordTable}#${item.recordId}`, candidates: item.candidates },
        });
      });
    },
  };
}

export type LinkService = ReturnType<typeof linkService>;
