// Feeds disposal outcomes and incident reports (modules/disposal, modules/incidents) into the
// credit record through their CreditSink seam: inside their transaction, the enterprise is found
// by credit code (else by exact name or alias), a credit event is written and the enterprise is
// rescored. An enterprise not in the registry keeps the default behaviour (an audit entry), so
// nothing is lost and the event can be replayed once the enterprise is registered.
import { auditCreditSink, type CreditSink } from '../disposal/credit-sink.ts';
import { nowIso } from '../shared/clock.ts';
import type { CreditService } from './credit-service.ts';

/** Risk points of an incident by its severity (产品质量安全事故 分级). */
const INCIDENT_POINTS: Record<string, number> = { 一般: 20, 较大: 40, 重大: 70, 特别重大: 100 };

export function enterpriseCreditSink(credit: CreditService): CreditSink {
  return {
    async addEvent(event, r) {
      let enterpriseId: number | null = null;
      if (event.creditCode) enterpriseId = (await r.enterprises.findByCode(event.creditCode))?.id ?? null;
      if (enterpriseId === null && event.enterpriseName) {
        // Only an unambiguous name: two enterprises of one name leave the event to a person.
        const ids = await r.enterprises.idsByName(event.enterpriseName);
        if (ids.length === 1) enterpriseId = ids[0] ?? null;
      }
      if (enterpriseId === null) {
        await auditCreditSink.addEvent(event, r);
        return;
      }
      const incident = event.kind === 'incident_reported';
      const date = event.occurredAt.slice(0, 10);
      const id = await r.credit.insertEvent(
        {
          enterpriseId,
          kind: incident ? 'incident' : 'disposal',
          date,
          description: event.summary,
          source: incident ? `事故报告 #${event.source.id}` : `核查处置 #${event.source.id}`,
          points: incident ? (INCIDENT_POINTS[event.severity ?? ''] ?? 20) : null,
          sourceTable: incident ? 'incidents' : 'disposal_cases',
          sourceId: event.source.id,
        },
        null,
        nowIso(),
      );
      const classChanges = await credit.recompute(r, [enterpriseId]);
      await r.audit.record({
        actorId: null,
        actorName: '系统',
        action: 'credit_event.created',
        entity: 'enterprise',
        entityId: enterpriseId,
        after: { eventId: id, from: event.source, kind: event.kind, summary: event.summary, classChanges },
      });
    },
  };
}
