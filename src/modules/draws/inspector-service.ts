// The two standing lists of 双随机: the inspection item list (一单: each item with its legal
// basis) and the inspector pool (name, unit, region, the industries they are qualified for, and
// declared conflicts of interest). Conflicts are kept as credit codes: an enterprise given by id
// is resolved to its code, and a code not yet registered is kept as declared.
import { INDUSTRY } from '../../core/enterprises/industries.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { validateCreditCode } from '../../core/standards/index.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { InspectorRecord, ItemRecord } from './draw-repository.ts';

export interface ItemInput {
  name: string;
  legalBasis: string;
  industries?: string[];
  active?: boolean;
}

export interface InspectorInput {
  name: string;
  unit: string;
  regionCode?: string | null;
  qualifications: string[];
  /** Enterprise ids or credit codes. */
  conflicts?: (number | string)[];
  active?: boolean;
}

export interface InspectorView extends InspectorRecord {
  regionName: string | null;
  conflictNames: { creditCode: string; name: string | null }[];
}

function industries(list: readonly string[], column: string): string[] {
  const out: string[] = [];
  for (const text of list) {
    const v = INDUSTRY.match(text);
    if (v === null) {
      throw new AppError('VALIDATION_FAILED', `「${text}」不在行业目录中:${INDUSTRY.hint}`, [
        { column, message: INDUSTRY.hint },
      ]);
    }
    if (!out.includes(v)) out.push(v);
  }
  // Sorted: the inspector pool is hashed, and the same set must always give the same bytes.
  return out.sort();
}

async function resolveConflicts(r: Repos, list: readonly (number | string)[]): Promise<string[]> {
  const codes = new Set<string>();
  for (const c of list) {
    if (typeof c === 'number') {
      const e = await r.enterprises.findById(c);
      if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `回避企业 #${c} 不存在`);
      codes.add(e.creditCode);
    } else {
      const code = c.normalize('NFKC').trim();
      const v = validateCreditCode(code);
      if (!v.valid) throw new AppError('CREDIT_CODE_INVALID', `回避企业的统一社会信用代码「${code}」无效:${v.reason}`);
      codes.add(code);
    }
  }
  return [...codes].sort();
}

export function inspectorService(store: Store) {
  async function checkRegion(code: string | null | undefined) {
    if (!code) return;
    if (!(await store.org.listRegions()).some((r) => r.code === code)) throw new AppError('REGION_NOT_FOUND');
  }

  return {
    items: (): Promise<ItemRecord[]> => store.draws.items(),

    async createItem(input: ItemInput, ctx: Ctx): Promise<ItemRecord> {
      requireActor(ctx);
      const value = {
        name: input.name.trim(),
        legalBasis: input.legalBasis.trim(),
        industries: industries(input.industries ?? [], 'industries'),
      };
      const id = await store.transaction(async (r) => {
        const newId = await r.draws.insertItem(value, nowIso());
        await r.audit.record({
          ...auditActor(ctx),
          action: 'inspection_item.created',
          entity: 'inspection_item',
          entityId: newId,
          after: value,
        });
        return newId;
      });
      return (await store.draws.items()).find((i) => i.id === id) as ItemRecord;
    },

    async updateItem(id: number, input: ItemInput, ctx: Ctx): Promise<ItemRecord> {
      requireActor(ctx);
      await store.transaction(async (r) => {
        const before = (await r.draws.items()).find((i) => i.id === id);
        if (!before) throw new AppError('INSPECTION_ITEM_NOT_FOUND');
        const after = {
          name: input.name.trim(),
          legalBasis: input.legalBasis.trim(),
          industries: industries(input.industries ?? [], 'industries'),
          active: input.active ?? before.active,
        };
        await r.draws.updateItem(id, after, nowIso());
        await r.audit.record({
          ...auditActor(ctx),
          action: 'inspection_item.updated',
          entity: 'inspection_item',
          entityId: id,
          before,
          after,
        });
      });
      return (await store.draws.items()).find((i) => i.id === id) as ItemRecord;
    },

    async inspectors(): Promise<InspectorView[]> {
      const [list, regions] = await Promise.all([store.draws.inspectors(), store.org.listRegions()]);
      const names = new Map(regions.map((r) => [r.code, r.name]));
      const codes = [...new Set(list.flatMap((i) => i.conflicts))];
      const enterprises = await store.enterprises.findByCodes(codes);
      return list.map((i) => ({
        ...i,
        regionName: i.regionCode ? (names.get(i.regionCode) ?? null) : null,
        conflictNames: i.conflicts.map((c) => ({ creditCode: c, name: enterprises.get(c)?.name ?? null })),
      }));
    },

    async createInspector(input: InspectorInput, ctx: Ctx): Promise<InspectorView> {
      requireActor(ctx);
      await checkRegion(input.regionCode);
      const id = await store.transaction(async (r) => {
        const value = {
          name: input.name.trim(),
          unit: input.unit.trim(),
          regionCode: input.regionCode ?? null,
          qualifications: industries(input.qualifications, 'qualifications'),
          conflicts: await resolveConflicts(r, input.conflicts ?? []),
        };
        const newId = await r.draws.insertInspector(value, nowIso());
        await r.audit.record({
          ...auditActor(ctx),
          action: 'inspector.created',
          entity: 'inspector',
          entityId: newId,
          after: value,
        });
        return newId;
      });
      return (await this.inspectors()).find((i) => i.id === id) as InspectorView;
    },

    async updateInspector(id: number, input: InspectorInput, ctx: Ctx): Promise<InspectorView> {
      requireActor(ctx);
      await checkRegion(input.regionCode);
      await store.transaction(async (r) => {
        const before = (await r.draws.inspectors()).find((i) => i.id === id);
        if (!before) throw new AppError('INSPECTOR_NOT_FOUND');
        const after = {
          name: input.name.trim(),
          unit: input.unit.trim(),
          regionCode: input.regionCode ?? null,
          qualifications: industries(input.qualifications, 'qualifications'),
          conflicts: await resolveConflicts(r, input.conflicts ?? before.conflicts),
          active: input.active ?? before.active,
        };
        await r.draws.updateInspector(id, after, nowIso());
        await r.audit.record({
          ...auditActor(ctx),
          action: 'inspector.updated',
          entity: 'inspector',
          entityId: id,
          before,
          after,
        });
      });
      return (await this.inspectors()).find((i) => i.id === id) as InspectorView;
    },
  };
}

export type InspectorService = ReturnType<typeof inspectorService>;
