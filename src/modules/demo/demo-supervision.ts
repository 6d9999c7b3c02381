// Loads the demo supervision loop through the modules' own services, so scoring, linking and the
// audit log stay right: the enterprise registry (imported as a registry file would be), inspectors,
// inspection items and one draw plan, EPCIS captures of the failed batches, the disposal cases
// they open (most done and closed, some left overdue), and a few incidents. None of these tables
// has is_demo, so the ids created are kept in meta (demo.supervision) for removal.

import { demoRiskModel } from '../../core/demo/demo-risk-window.ts';
import type { DemoDataset } from '../../core/demo/demo-rows.ts';
import { DEFAULT_DEMO_SEED, generateDemoSupervision } from '../../core/demo/generate-demo-year.ts';
import type { DemoEnterprise } from '../../core/demo/supervision.ts';
import type { RiskModel } from '../../core/enterprises/risk-model.ts';
import type { EpcisDocument } from '../../core/trace/epcis-document.ts';
import type { DisposalService } from '../disposal/disposal-service.ts';
import type { DrawService } from '../draws/draw-service.ts';
import type { InspectorService } from '../draws/inspector-service.ts';
import { type CreditService, todayInChina } from '../enterprises/credit-service.ts';
import type { EnterpriseService } from '../enterprises/enterprise-service.ts';
import type { LinkService } from '../enterprises/link-service.ts';
import type { IncidentService } from '../incidents/incident-service.ts';
import { nowIso } from '../shared/clock.ts';
import { type Ctx, SYSTEM_CTX } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { TraceService } from '../trace/trace-service.ts';
import { EMPTY_SUPERVISION, type SupervisionIds } from './demo-repository.ts';

export const DEMO_SUPERVISION_META_KEY = 'demo.supervision';
/** The risk model version the demo stored and the model it replaced (demo-risk-window.ts). */
export const DEMO_RISK_MODEL_META_KEY = 'demo.risk_model';

export interface SupervisionDeps {
  enterprises: EnterpriseService;
  links: LinkService;
  trace: TraceService;
  disposal: DisposalService;
  incidents: IncidentService;
  inspectors: InspectorService;
  draws: DrawService;
  credit: CreditService;
  now?: () => Date;
}

export interface SupervisionReport {
  enterprises: number;
  linked: number;
  inspectors: number;
  items: number;
  plans: number;
  lots: number;
  events: number;
  cases: number;
  closed: number;
  open: number;
  incidents: number;
  ms: number;
}

/** Lots per captured document: each capture is one checked transaction. */
const LOTS_PER_CAPTURE = 40;
const DAY_MS = 86_400_000;

function registryCsv(list: readonly DemoEnterprise[]): Buffer {
  const lines = ['统一社会信用代码,企业名称,行业,许可证,企业规模,住所'];
  const cell = (s: string | null) => (s ?? '').replace(/[,"\r\n]/g, ' ');
  for (const e of list)
    lines.push([e.creditCode, e.name, e.industry, e.licences, e.size, e.address].map(cell).join(','));
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** 09:00 Beijing time the day after a sample date, as an instant. */
function dayAfter(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T09:00:00+08:00`) + days * DAY_MS).toISOString();
}

export function supervisionLoader(store: Store, deps: SupervisionDeps) {
  const clock = deps.now ?? (() => new Date());

  async function removeIn(r: Repos, ctx: Ctx = SYSTEM_CTX): Promise<Record<string, number>> {
    const raw = await r.meta.get(DEMO_SUPERVISION_META_KEY);
    const ids: SupervisionIds = raw ? { ...EMPTY_SUPERVISION, ...JSON.parse(raw) } : EMPTY_SUPERVISION;
    const removed = await r.demo.removeSupervision(ids);
    await r.demo.deleteMeta(DEMO_SUPERVISION_META_KEY);
    // The demo's model goes with it, unless a person has stored another since.
    const model = await r.meta.get(DEMO_RISK_MODEL_META_KEY);
    if (model) {
      const { version, previous } = JSON.parse(model) as { version: number; previous: RiskModel };
      if ((await r.credit.latestModel())?.version === version) await deps.credit.saveModelIn(r, previous, ctx);
      await r.demo.deleteMeta(DEMO_RISK_MODEL_META_KEY);
    }
    return removed;
  }

  async function load(
    food: DemoDataset['food_samples'],
    opts: { year: number; seed?: string; scale: number },
    ctx: Ctx,
  ): Promise<SupervisionReport> {
    const started = performance.now();
    // The loop is written as an administrator would: the registry import needs enterprise.manage.
    const sctx = ctx.actor?.role === 'admin' ? ctx : SYSTEM_CTX;
    const doneBy = sctx.actor?.name ?? '系统';
    const now = clock();
    const sup = generateDemoSupervision(food, { ...opts, seed: opts.seed ?? DEFAULT_DEMO_SEED, now });
    const ids: SupervisionIds = {
      enterpriseIds: [],
      itemIds: [],
      inspectorIds: [],
      planIds: [],
      captureIds: [],
      incidentIds: [],
      lotIds: [],
      partyCodes: [],
    };
    // Saved after every step, so a failure part way leaves removable rows, not orphans.
    const save = () => store.meta.set(DEMO_SUPERVISION_META_KEY, JSON.stringify(ids));

    // A look-back window that reaches the demo year, before any enterprise is scored.
    const current = await deps.credit.model();
    const widened = demoRiskModel(current.model, opts.year, todayInChina(now));
    if (widened) {
      const { version } = await deps.credit.saveModel(widened, sctx);
      await store.meta.set(DEMO_RISK_MODEL_META_KEY, JSON.stringify({ version, previous: current.model }));
    }

    // Registry, imported as a file; linking runs over the demo records as part of the import.
    const codes = sup.enterprises.map((e) => e.creditCode);
    const before = await store.enterprises.findByCodes(codes);
    const imported = await deps.enterprises.importFile(
      { fileName: '演示企业名录.csv', bytes: registryCsv(sup.enterprises) },
      sctx,
    );
    const after = await store.enterprises.findByCodes(codes);
    ids.enterpriseIds = [...after.values()].filter((e) => !before.has(e.creditCode)).map((e) => e.id);
    await save();

    // 双随机: the item list, the inspector pool, one plan (not run).
    for (const item of sup.items) ids.itemIds.push((await deps.inspectors.createItem(item, sctx)).id);
    // A database without the 州's regions yet (tests, a bare start) gets the rows without them.
    const regions = new Set((await store.org.listRegions()).map((r) => r.code));
    const region = (code: string) => (regions.has(code) ? code : null);
    for (const i of sup.inspectors) {
      const input = { ...i, regionCode: region(i.regionCode) };
      ids.inspectorIds.push((await deps.inspectors.createInspector(input, sctx)).id);
    }
    ids.planIds.push((await deps.draws.createPlan({ ...sup.plan, itemIds: ids.itemIds }, sctx)).id);
    await save();

    // Trace events of the failed batches.
    ids.partyCodes = sup.parties.map((p) => p.creditCode);
    let events = 0;
    for (let i = 0; i < sup.lots.length; i += LOTS_PER_CAPTURE) {
      const part = sup.lots.slice(i, i + LOTS_PER_CAPTURE);
      const doc: EpcisDocument = {
        type: 'EPCISDocument',
        schemaVersion: '2.0',
        creationDate: nowIso(now),
        epcisBody: { eventList: part.flatMap((l) => l.events) },
      };
      const res = await deps.trace.capture(doc, sctx, {
        source: 'cli',
        fileName: '演示追溯数据',
        productNames: new Map(part.map((l) => [l.lotId, l.productName])),
        parties: sup.parties,
      });
      if (res.captureId !== null) ids.captureIds.push(res.captureId);
      ids.lotIds.push(...part.map((l) => l.lotId));
      events += res.captured;
      await save();
    }

    // Disposal: a case per failed sample, its clock moved back to the sample's time; most done.
    await deps.disposal.sync(sctx);
    const cases = await store.demo.demoCases();
    let closed = 0;
    for (const c of cases) {
      const fate = sup.caseFates.get(c.naturalKey) ?? 'untouched';
      const openedAt = dayAfter(c.date);
      if (Date.parse(openedAt) > now.getTime()) continue;
      const done = fate === 'closed' ? Number.MAX_SAFE_INTEGER : fate === 'partial' ? 2 : 0;
      await store.transaction((r) => r.demo.backdateCase(c.caseId, openedAt, done, doneBy));
      const closedAt = dayAfter(c.date, 20);
      if (fate !== 'closed' || Date.parse(closedAt) > now.getTime()) continue;
      await deps.disposal.close(
        c.caseId,
        { outcome: '问题产品已下架召回,已立案查处,经营者整改到位', evidence: '处置材料已归档(演示数据)' },
        sctx,
      );
      await store.transaction((r) => r.demo.backdateClose(c.caseId, closedAt));
      closed++;
    }

    // Incidents, reported three hours after discovery; their cases part done, so overdue.
    for (const inc of sup.incidents) {
      const { id } = await deps.incidents.report({ ...inc, regionCode: region(inc.regionCode) }, 'staff', sctx);
      ids.incidentIds.push(id);
      const reportedAt = new Date(Date.parse(inc.discoveredAt) + 3 * 3_600_000).toISOString();
      await store.transaction(async (r) => {
        const caseId = await r.demo.backdateIncident(id, reportedAt);
        if (caseId !== null) await r.demo.backdateCase(caseId, reportedAt, 2, doneBy);
      });
      await save();
    }

    // Anything the cases and incidents settled is linked and rescored.
    await deps.links.run(sctx);
    return {
      enterprises: ids.enterpriseIds.length,
      linked: imported.linking?.linked ?? 0,
      inspectors: ids.inspectorIds.length,
      items: ids.itemIds.length,
      plans: ids.planIds.length,
      lots: sup.lots.length,
      events,
      cases: cases.length,
      closed,
      open: cases.length - closed,
      incidents: ids.incidentIds.length,
      ms: Math.round(performance.now() - started),
    };
  }

  return {
    load,
    removeIn,
    /** Removes a previous generation's supervision rows in their own transaction. */
    remove: () => store.transaction((r) => removeIn(r)),
  };
}
