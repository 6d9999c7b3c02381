import { type Actor, coversUnit } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { OrgSeed } from '../../core/org/default-org.ts';
import { normalizeUnitName, UnitMatcher } from '../../core/org/match-unit.ts';
import { isRegionCode } from '../../core/standards/index.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { OrgRepository, Unit } from './org-repository.ts';

export interface UnitInput {
  name: string;
  shortName?: string;
  kind: 'department' | 'county_government' | 'development_zone';
  regionCode?: string | null;
  aliases?: string[];
}

function snapshot(u: Pick<Unit, 'name' | 'shortName' | 'kind' | 'regionCode' | 'aliases'> & Partial<Unit>) {
  return {
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    regionCode: u.regionCode,
    aliases: u.aliases,
    contactPerson: u.contactPerson ?? null,
    contactPhone: u.contactPhone ?? null,
  };
}

export function orgService(store: Store, abbreviations: readonly string[]) {
  async function loadUnit(id: number): Promise<Unit> {
    const unit = (await store.org.listUnits()).find((u) => u.id === id);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    return unit;
  }

  async function assertNamesFree(names: string[], exceptUnitId: number | null, org: OrgRepository): Promise<void> {
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n) || (await org.nameTaken(n, exceptUnitId))) {
        throw new AppError('UNIT_EXISTS', `单位名称或别名「${n}」已被使用`);
      }
      seen.add(n);
    }
  }

  return {
    listRegions: () => store.org.listRegions(),
    listUnits: () => store.org.listUnits(),
    loadUnit,

    async matcher(): Promise<UnitMatcher> {
      return new UnitMatcher(await store.org.listUnits(), abbreviations);
    },

    /** Loads the organisation on first start; does nothing when regions already exist. */
    async seedIfEmpty(seed: OrgSeed, ctx: Ctx): Promise<boolean> {
      if ((await store.org.listRegions()).length > 0) return false;
      await store.transaction(async (r) => {
        await r.org.insertRegion({ ...seed.prefecture, level: 'prefecture', parentCode: null }, 0);
        for (const [i, c] of seed.counties.entries()) {
          await r.org.insertRegion({ ...c, level: 'county', parentCode: seed.prefecture.code }, i + 1);
        }
        for (const [i, u] of seed.units.entries()) {
          const id = await r.org.insertUnit(u, i);
          for (const a of u.aliases) await r.org.addAlias(id, a);
        }
        await r.audit.record({
          ...auditActor(ctx),
          action: 'org.seeded',
          entity: 'region',
          entityId: seed.prefecture.code,
          after: { regions: seed.counties.length + 1, units: seed.units.length },
        });
      });
      return true;
    },

    async createUnit(input: UnitInput, ctx: Ctx): Promise<Unit> {
      const regionCode = input.regionCode ?? null;
      if (regionCode !== null && !isRegionCode(regionCode)) throw new AppError('REGION_CODE_INVALID');
      const name = normalizeUnitName(input.name);
      const aliases = [...new Set((input.aliases ?? []).map(normalizeUnitName))].filter((a) => a && a !== name);
      const id = await store.transaction(async (r) => {
        if (regionCode !== null && !(await r.org.listRegions()).some((x) => x.code === regionCode)) {
          throw new AppError('REGION_NOT_FOUND');
        }
        await assertNamesFree([name, ...aliases], null, r.org);
        const units = await r.org.listUnits();
        const newId = await r.org.insertUnit(
          { name, shortName: input.shortName ?? name, kind: input.kind, regionCode },
          units.length,
        );
        for (const a of aliases) await r.org.addAlias(newId, a);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'unit.created',
          entity: 'unit',
          entityId: newId,
          after: snapshot({ name, shortName: input.shortName ?? name, kind: input.kind, regionCode, aliases }),
        });
        return newId;
      });
      return loadUnit(id);
    },

    async updateUnit(id: number, patch: { name?: string; shortName?: string; aliases?: string[] }, ctx: Ctx) {
      await store.transaction(async (r) => {
        const before = (await r.org.listUnits()).find((u) => u.id === id);
        if (!before) throw new AppError('UNIT_NOT_FOUND');
        const name = patch.name !== undefined ? normalizeUnitName(patch.name) : before.name;
        const aliases =
          patch.aliases !== undefined
            ? [...new Set(patch.aliases.map(normalizeUnitName))].filter((a) => a && a !== name)
            : before.aliases;
        await assertNamesFree([name, ...aliases], id, r.org);
        await r.org.updateUnit(id, { name, shortName: patch.shortName });
        if (patch.aliases !== undefined) await r.org.replaceAliases(id, aliases);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'unit.updated',
          entity: 'unit',
          entityId: id,
          before: snapshot(before),
          after: snapshot({ ...before, name, shortName: patch.shortName ?? before.shortName, aliases }),
        });
      });
      return loadUnit(id);
    },

    /** A unit's contact person, editable by the unit itself (or its county) and the office. */
    async updateContact(id: number, patch: { contactPerson: string | null; contactPhone: string | null }, ctx: Ctx) {
      const actor: Actor = requireActor(ctx);
      await store.transaction(async (r) => {
        const before = (await r.org.listUnits()).find((u) => u.id === id);
        if (!before) throw new AppError('UNIT_NOT_FOUND');
        if (!coversUnit(actor, before)) throw new AppError('FORBIDDEN_SCOPE');
        await r.org.updateUnit(id, patch);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'unit.contact_updated',
          entity: 'unit',
          entityId: id,
          before: { contactPerson: before.contactPerson, contactPhone: before.contactPhone },
          after: patch,
        });
      });
      return loadUnit(id);
    },

    /** A person confirms that a name found in a plan is another name of a registered unit. */
    async confirmAlias(name: string, unitId: number, ctx: Ctx): Promise<void> {
      const alias = normalizeUnitName(name);
      await store.transaction(async (r) => {
        const unit = (await r.org.listUnits()).find((u) => u.id === unitId);
        if (!unit) throw new AppError('UNIT_NOT_FOUND');
        await assertNamesFree([alias], null, r.org);
        await r.org.addAlias(unitId, alias);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'unit.alias_confirmed',
          entity: 'unit',
          entityId: unitId,
          before: { aliases: unit.aliases },
          after: { aliases: [...unit.aliases, alias] },
        });
      });
    },
  };
}

export type OrgService = ReturnType<typeof orgService>;
