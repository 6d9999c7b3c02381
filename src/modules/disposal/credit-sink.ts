// Where outcomes go on an enterprise's credit record. The enterprise registry and credit record
// are another module's (src/modules/enterprises/, being written); until it exports a function to
// add a credit event, this interface is the seam: the lead wires `createServices({ creditSink })`
// to it. The default writes each event to the audit log in the same transaction, so none is lost
// and they can be replayed into the credit record once it exists.
import type { Repos } from '../store.ts';

export type CreditEventKind = 'disposal_closed' | 'incident_reported';

export interface CreditEvent {
  kind: CreditEventKind;
  /** GB 32100 code of the enterprise, when known; the name otherwise identifies it. */
  creditCode: string | null;
  enterpriseName: string | null;
  occurredAt: string;
  /** 一般 / 较大 / 重大 / 特别重大 for incidents; null for disposal outcomes. */
  severity: string | null;
  /** What happened, in words for the credit record: the case outcome or the incident summary. */
  summary: string;
  source: { type: 'disposal_case' | 'incident'; id: number };
}

export interface CreditSink {
  /** Called inside the transaction that closes the case or records the incident. */
  addEvent(event: CreditEvent, repos: Repos): Promise<void>;
}

export const auditCreditSink: CreditSink = {
  async addEvent(event, repos) {
    await repos.audit.record({
      actorId: null,
      actorName: '系统',
      action: 'credit.event',
      entity: 'enterprise',
      entityId: event.creditCode ?? event.enterpriseName,
      after: event,
    });
  },
};
