// The enterprise registry: list and detail (with the credit record and the risk class and its
// explanation — internal, login only), create and edit, and import from .xlsx/.csv. An import
// is all or nothing: the whole file is validated first (every problem with its row and column),
// then written in one audited transaction; it is idempotent by credit code. After any change
// that can settle a record's enterprise, linking runs over the records not yet linked.
import { createHash } from 'node:crypto';
import { type Actor, can, coversRegion } from '../../core/access/roles.ts';
import { type InspectionOutcome, outcomeOf } from '../../core/draws/inspection-outcomes.ts';
import { ENTERPRISE_COLUMNS, type RegistryRow, registryRowOf } from '../../core/enterprises/enterprise-columns.ts';
import { foldRegistryRows, mergeAliases } from '../../core/enterprises/fold-registry-rows.ts';
import { INDUSTRY, SIZE } from '../../core/enterprises/industries.ts';
import { type Licence, SC_NUMBER } from '../../core/enterprises/licences.ts';
import { normalizeEnterpriseName } from '../../core/enterprises/normalize-name.ts';
import type { RiskClass } from '../../core/enterprises/risk-model.ts';
import type { RiskAssessment } from '../../core/enterprises/score-enterprise.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import { ImportValidator } from '../../core/records/import-validator.ts';
import type { Problem } from '../../core/records/problem.ts';
import { regionMatcher } from '../../core/records/region-matcher.ts';
import { validateCreditCode } from '../../core/standards/index.ts';
import { readTableFile } from '../records/read-table-file.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { CreditEvent } from './credit-repository.ts';
import { type CreditService, todayInChina } from './credit-service.ts';
import type { EnterpriseFields, EnterpriseQuery, EnterpriseRecord } from './enterprise-repository.ts';
import type { LinkReport, LinkService } from './link-service.ts';
import { type RecordSummary, ROLE_LABELS } from './link-sources.ts';

export interface EnterpriseInput {
  creditCode: string;
  name: string;
  regionCode?: string | null;
  industry: string;
  size?: string | null;
  address?: string | null;
  licences?: Licence[];
  aliases?: string[];
}

export type EnterprisePatch = Partial<Omit<EnterpriseInput, 'creditCode'>>;

export interface EnterpriseView extends EnterpriseRecord {
  regionName: string | null;
}

export interface LinkedRecordView extends RecordSummary {
  role: string;
  roleLabel: string;
  method: string;
  confidence: number;
  reason: string;
}

/** A draw whose frozen pool held the enterprise: the class it had then sets the share drawn. */
export interface DrawHistoryView {
  drawId: number;
  planName: string;
  status: 'frozen' | 'revealed';
  frozenAt: string;
  riskClass: RiskClass;
  /** The plan's share for that class (0–1). */
  share: number;
  drawn: boolean | null;
  outcome: string | null;
  inspectedOn: string | null;
}

export interface EnterpriseDetail {
  enterprise: EnterpriseView;
  records: LinkedRecordView[];
  events: CreditEvent[];
  risk: (RiskAssessment & { modelVersion: number | null }) | null;
  draws: DrawHistoryView[];
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  stored: boolean;
  rows: number;
  enterprises: number;
  inserted: number;
  updated: number;
  unchanged: number;
  aliasesAdded: number;
  warnings: Problem[];
  linking: LinkReport | null;
}

const MAX_DETAILS = 200;

function snapshot(e: Omit<EnterpriseFields, 'licences'> & { licences: Licence[]; aliases: string[] }) {
  return {
    creditCode: e.creditCode,
    name: e.name,
    regionCode: e.regionCode,
    industry: e.industry,
    size: e.size,
    address: e.address,
    licences: e.licences,
    aliases: e.aliases,
  };
}

function checkLicences(list: readonly Licence[]): void {
  for (const l of list) {
    if (l.type === '食品生产许可证' && !SC_NUMBER.test(l.number)) {
      throw new AppError('VALIDATION_FAILED', `食品生产许可证编号「${l.number}」格式错误:应为 SC 加 14 位数字`, [
        { column: 'licences', message: 'SC 加 14 位数字' },
      ]);
    }
  }
}

export function assertEnterpriseScope(actor: Actor, e: { regionCode: string | null }): void {
  if (actor.role !== 'county') return;
  if (e.regionCode === null || !coversRegion(actor, e.regionCode)) throw new AppError('FORBIDDEN_SCOPE');
}

export function enterpriseService(store: Store, credit: CreditService, links: LinkService) {
  async function regionNames(): Promise<Map<string, string>> {
    return new Map((await store.org.listRegions()).map((r) => [r.code, r.name]));
  }

  function viewOf(e: EnterpriseRecord, names: Map<string, string>): EnterpriseView {
    return { ...e, regionName: e.regionCode ? (names.get(e.regionCode) ?? null) : null };
  }

  async function checkFields(input: { regionCode?: string | null; industry?: string; size?: string | null }) {
    if (input.regionCode) {
      const regions = await store.org.listRegions();
      if (!regions.some((r) => r.code === input.regionCode)) throw new AppError('REGION_NOT_FOUND');
    }
    const industry = input.industry === undefined ? undefined : INDUSTRY.match(input.industry);
    if (industry === null) {
      throw new AppError('VALIDATION_FAILED', `行业「${input.industry}」不在行业目录中:${INDUSTRY.hint}`, [
        { column: 'industry', message: INDUSTRY.hint },
      ]);
    }
    const size = input.size ? SIZE.match(input.size) : input.size;
    if (size === null && input.size) {
      throw new AppError('VALIDATION_FAILED', `企业规模「${input.size}」应为 ${SIZE.hint}`, [
        { column: 'size', message: SIZE.hint },
      ]);
    }
    return { industry, size };
  }

  async function load(r: Repos, id: number): Promise<EnterpriseRecord> {
    const e = await r.enterprises.findById(id);
    if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
    return e;
  }

  async function readRows(
    fileName: string,
    bytes: Buffer,
  ): Promise<{ rows: RegistryRow[]; count: number; warnings: Problem[] }> {
    const v = new ImportValidator(ENTERPRISE_COLUMNS, {
      fileName,
      regions: regionMatcher(await store.org.listRegions()),
      year: null,
      defaultDate: null,
      today: todayInChina(),
      scopeRegion: null,
    });
    for await (const sheet of readTableFile(bytes, fileName)) {
      if (!v.startSheet(sheet.name)) continue;
      for await (const row of sheet.rows) if (v.row(row.number, row.cells) === 'stop') break;
    }
    if (!v.headerFound) {
      throw new AppError(
        'IMPORT_HEADER_NOT_FOUND',
        `文件「${fileName}」中未找到企业名录的表头:表头应包含「统一社会信用代码」「企业名称」等列`,
        [{ file: fileName, message: '未找到表头(前 30 个非空行中没有至少两个可识别的列名)' }],
      );
    }
    if (v.errors.count > 0) {
      const list = v.errors.list(fileName);
      throw new AppError(
        'IMPORT_ROWS_INVALID',
        `文件「${fileName}」中有 ${v.errors.count} 处不符合要求,未导入任何企业${list[0]?.row ? `(首个问题在第 ${list[0].row} 行)` : ''}`,
        list.slice(0, MAX_DETAILS).map((p) => ({ file: p.file, row: p.row, column: p.column, message: p.message })),
      );
    }
    if (v.rows === 0) {
      throw new AppError('IMPORT_NO_ROWS', `文件「${fileName}」中没有数据行`, [
        { file: fileName, message: '表头之下没有数据' },
      ]);
    }
    return { rows: v.records.map((b) => registryRowOf(b.values)), count: v.rows, warnings: v.warnings.list(fileName) };
  }

  return {
    async list(
      q: EnterpriseQuery,
      ctx: Ctx,
    ): Promise<{ items: EnterpriseView[]; total: number; classCounts: Record<string, number> }> {
      const actor = requireActor(ctx);
      // A county sees its own region's enterprises only.
      const scoped = actor.role === 'county' ? { ...q, regionCode: actor.regionCode ?? '-' } : q;
      if (actor.role === 'county' && q.regionCode && q.regionCode !== actor.regionCode)
        throw new AppError('FORBIDDEN_SCOPE');
      const [{ items, total }, names, classCounts] = await Promise.all([
        store.enterprises.list(scoped),
        regionNames(),
        store.enterprises.classCounts(scoped.regionCode),
      ]);
      return { items: items.map((e) => viewOf(e, names)), total, classCounts };
    },

    async get(id: number, ctx: Ctx): Promise<EnterpriseDetail> {
      const actor = requireActor(ctx);
      const e = await load(store, id);
      assertEnterpriseScope(actor, e);
      const [names, linkRows, events, risk, history] = await Promise.all([
        regionNames(),
        store.enterpriseLinks.linksOf(id),
        credit.events(id),
        credit.assessment(id),
        store.draws.historyOf(id),
      ]);
      const draws: DrawHistoryView[] = history.map((h) => ({
        drawId: h.drawId,
        planName: h.plan.name,
        status: h.status,
        frozenAt: h.frozenAt,
        riskClass: h.riskClass,
        share: h.plan.rules.shares[h.riskClass],
        drawn: h.drawn,
        outcome: h.outcome ? outcomeOf(h.outcome as InspectionOutcome).label : null,
        inspectedOn: h.inspectedOn,
      }));
      const records: LinkedRecordView[] = [];
      for (const table of ['food_samples', 'product_checks'] as const) {
        const mine = linkRows.filter((l) => l.recordTable === table);
        const summaries = await store.enterpriseLinks.summaries(
          table,
          mine.map((l) => l.recordId),
        );
        for (const l of mine) {
          const s = summaries.get(l.recordId);
          if (!s) continue;
          records.push({
            ...s,
            role: l.role,
            roleLabel: ROLE_LABELS[l.role as keyof typeof ROLE_LABELS] ?? l.role,
            method: l.method,
            confidence: l.confidence,
            reason: l.reason,
          });
        }
      }
      records.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      return { enterprise: viewOf(e, names), records, events, risk, draws };
    },

    async create(input: EnterpriseInput, ctx: Ctx): Promise<{ enterprise: EnterpriseView; linking: LinkReport }> {
      requireActor(ctx);
      const creditCode = input.creditCode.normalize('NFKC').trim();
      const check = validateCreditCode(creditCode);
      if (!check.valid) {
        throw new AppError('CREDIT_CODE_INVALID', `统一社会信用代码「${creditCode}」无效:${check.reason}`, [
          { column: 'creditCode', message: check.reason },
        ]);
      }
      const { industry, size } = await checkFields(input);
      const licences = input.licences ?? [];
      checkLicences(licences);
      const name = input.name.trim();
      const fields: EnterpriseFields = {
        creditCode,
        name,
        regionCode: input.regionCode ?? null,
        industry: industry ?? '其他',
        size: size ?? null,
        address: input.address?.trim() || null,
        licences,
      };
      const id = await store.transaction(async (r) => {
        const existing = await r.enterprises.findByCode(creditCode);
        if (existing) {
          throw new AppError('ENTERPRISE_EXISTS', `统一社会信用代码 ${creditCode} 已登记为「${existing.name}」`);
        }
        const now = nowIso();
        const newId = await r.enterprises.insert(fields, now);
        const aliases = await r.enterprises.addAliases(newId, mergeAliases(name, [], input.aliases ?? []), now);
        await credit.recompute(r, [newId]);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'enterprise.created',
          entity: 'enterprise',
          entityId: newId,
          after: snapshot({ ...fields, aliases }),
        });
        return newId;
      });
      const linking = await links.run(ctx);
      return { enterprise: viewOf(await load(store, id), await regionNames()), linking };
    },

    async update(
      id: number,
      patch: EnterprisePatch,
      ctx: Ctx,
    ): Promise<{ enterprise: EnterpriseView; linking: LinkReport }> {
      const actor = requireActor(ctx);
      const { industry, size } = await checkFields(patch);
      if (patch.licences) checkLicences(patch.licences);
      await store.transaction(async (r) => {
        const before = await load(r, id);
        assertEnterpriseScope(actor, before);
        const now = nowIso();
        const fields: Partial<EnterpriseFields> = {};
        if (patch.name !== undefined && patch.name.trim() !== before.name) fields.name = patch.name.trim();
        if (patch.regionCode !== undefined) fields.regionCode = patch.regionCode;
        if (industry) fields.industry = industry;
        if (patch.size !== undefined) fields.size = size ?? null;
        if (patch.address !== undefined) fields.address = patch.address?.trim() || null;
        if (patch.licences !== undefined) fields.licences = patch.licences;
        await r.enterprises.update(id, fields, now);
        const newName = fields.name ?? before.name;
        // A renamed enterprise keeps its old name as an alias: records carry the old name for years.
        let aliases = before.aliases;
        if (patch.aliases !== undefined) {
          const keep = new Set(patch.aliases.map(normalizeEnterpriseName));
          for (const a of before.aliases)
            if (!keep.has(normalizeEnterpriseName(a))) await r.enterprises.removeAlias(id, a);
          aliases = patch.aliases;
        }
        const wanted = mergeAliases(newName, [], [...aliases, ...(fields.name ? [before.name] : [])]);
        await r.enterprises.addAliases(id, wanted, now);
        if (normalizeEnterpriseName(newName) !== normalizeEnterpriseName(before.name)) {
          await r.enterprises.removeAlias(id, newName);
        }
        const after = await load(r, id);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'enterprise.updated',
          entity: 'enterprise',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
      });
      const linking = await links.run(ctx);
      return { enterprise: viewOf(await load(store, id), await regionNames()), linking };
    },

    async importFile(input: { fileName: string; bytes: Buffer; dryRun?: boolean }, ctx: Ctx): Promise<ImportReport> {
      const actor = requireActor(ctx);
      if (!can(actor, 'enterprise.manage')) throw new AppError('FORBIDDEN');
      const { rows, count, warnings } = await readRows(input.fileName, input.bytes);
      const { enterprises, problems } = foldRegistryRows(rows);
      if (problems.length > 0) {
        const details: ErrorDetail[] = problems
          .slice(0, MAX_DETAILS)
          .map((p) => ({ file: input.fileName, row: p.row, column: p.column, message: p.message }));
        throw new AppError(
          'IMPORT_ROWS_INVALID',
          `文件「${input.fileName}」中有 ${problems.length} 处不符合要求,未导入任何企业(首个问题在第 ${problems[0]?.row} 行)`,
          details,
        );
      }
      const report: ImportReport = {
        file: input.fileName,
        dryRun: input.dryRun === true,
        stored: false,
        rows: count,
        enterprises: enterprises.length,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        aliasesAdded: 0,
        warnings,
        linking: null,
      };
      const existing = await store.enterprises.findByCodes(enterprises.map((e) => e.creditCode));
      if (report.dryRun) {
        report.inserted = enterprises.filter((e) => !existing.has(e.creditCode)).length;
        report.updated = enterprises.length - report.inserted;
        return report;
      }
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      await store.transaction(async (r) => {
        const now = nowIso();
        const current = await r.enterprises.findByCodes(enterprises.map((e) => e.creditCode));
        const inserted: number[] = [];
        for (const f of enterprises) {
          const fields: EnterpriseFields = {
            creditCode: f.creditCode,
            name: f.name,
            regionCode: f.regionCode,
            industry: f.industry ?? '其他',
            size: f.size,
            address: f.address,
            licences: f.licences,
          };
          const before = current.get(f.creditCode);
          if (!before) {
            const id = await r.enterprises.insert(fields, now);
            inserted.push(id);
            report.aliasesAdded += (await r.enterprises.addAliases(id, f.aliases, now)).length;
            report.inserted++;
            continue;
          }
          const patch: Partial<EnterpriseFields> = {};
          if (f.name !== before.name) patch.name = f.name;
          if (f.regionCode !== null && f.regionCode !== before.regionCode) patch.regionCode = f.regionCode;
          if (f.industry !== null && f.industry !== before.industry) patch.industry = f.industry;
          if (f.size !== null && f.size !== before.size) patch.size = f.size;
          if (f.address !== null && f.address !== before.address) patch.address = f.address;
          if (f.licences.length > 0 && JSON.stringify(f.licences) !== JSON.stringify(before.licences))
            patch.licences = f.licences;
          const learnt = mergeAliases(f.name, before.aliases, [
            ...f.aliases,
            ...(patch.name ? [before.name] : []),
          ]).filter((a) => !before.aliases.includes(a));
          const added = await r.enterprises.addAliases(before.id, learnt, now);
          if (patch.name) await r.enterprises.removeAlias(before.id, f.name);
          report.aliasesAdded += added.length;
          if (Object.keys(patch).length > 0) {
            await r.enterprises.update(before.id, patch, now);
            report.updated++;
          } else if (added.length > 0) report.updated++;
          else report.unchanged++;
        }
        await credit.recompute(r, inserted);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'enterprise.imported',
          entity: 'enterprises',
          entityId: null,
          after: {
            file: input.fileName,
            sha256,
            rows: count,
            enterprises: enterprises.length,
            inserted: report.inserted,
            updated: report.updated,
            unchanged: report.unchanged,
            aliasesAdded: report.aliasesAdded,
          },
        });
      });
      report.stored = true;
      report.linking = await links.run(ctx);
      return report;
    },
  };
}

export type EnterpriseService = ReturnType<typeof enterpriseService>;
