import type { Kysely } from 'kysely';
import type { RegistryUnit } from '../../core/org/match-unit.ts';
import type { Database } from '../../db/schema.ts';

export interface Region {
  code: string;
  name: string;
  shortName: string;
  level: 'prefecture' | 'county';
  parentCode: string | null;
}

export interface Unit extends RegistryUnit {
  contactPerson: string | null;
  contactPhone: string | null;
}

export function orgRepository(db: Kysely<Database>) {
  return {
    async listRegions(): Promise<Region[]> {
      const rows = await db.selectFrom('regions').selectAll().orderBy('seq').execute();
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        shortName: r.short_name,
        level: r.level as Region['level'],
        parentCode: r.parent_code,
      }));
    },

    async insertRegion(r: Region, seq: number): Promise<void> {
      await db
        .insertInto('regions')
        .values({ code: r.code, name: r.name, short_name: r.shortName, level: r.level, parent_code: r.parentCode, seq })
        .execute();
    },

    async listUnits(): Promise<Unit[]> {
      const [units, aliases] = await Promise.all([
        db.selectFrom('units').selectAll().orderBy('seq').orderBy('id').execute(),
        db.selectFrom('unit_aliases').select(['unit_id', 'alias']).orderBy('id').execute(),
      ]);
      const byUnit = new Map<number, string[]>();
      for (const a of aliases) {
        const list = byUnit.get(a.unit_id) ?? [];
        list.push(a.alias);
        byUnit.set(a.unit_id, list);
      }
      return units.map((u) => ({
        id: u.id,
        name: u.name,
        shortName: u.short_name,
        kind: u.kind,
        regionCode: u.region_code,
        aliases: byUnit.get(u.id) ?? [],
        contactPerson: u.contact_person,
        contactPhone: u.contact_phone,
      }));
    },

    async insertUnit(u: Omit<Unit, 'id' | 'aliases' | 'contactPerson' | 'contactPhone'>, seq: number): Promise<number> {
      const row = await db
        .insertInto('units')
        .values({ name: u.name, short_name: u.shortName, kind: u.kind, region_code: u.regionCode, seq })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateUnit(
      id: number,
      patch: Partial<Pick<Unit, 'name' | 'shortName' | 'contactPerson' | 'contactPhone'>>,
    ): Promise<void> {
      const values: Record<string, string | null> = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.shortName !== undefined) values.short_name = patch.shortName;
      if (patch.contactPerson !== undefined) values.contact_person = patch.contactPerson;
      if (patch.contactPhone !== undefined) values.contact_phone = patch.contactPhone;
      if (Object.keys(values).length === 0) return;
      await db.updateTable('units').set(values).where('id', '=', id).execute();
    },

    async addAlias(unitId: number, alias: string): Promise<void> {
      await db.insertInto('unit_aliases').values({ unit_id: unitId, alias }).execute();
    },

    async replaceAliases(unitId: number, aliases: string[]): Promise<void> {
      await db.deleteFrom('unit_aliases').where('unit_id', '=', unitId).execute();
      if (aliases.length > 0) {
        await db
          .insertInto('unit_aliases')
          .values(aliases.map((alias) => ({ unit_id: unitId, alias })))
          .execute();
      }
    },

    async nameTaken(name: string, exceptUnitId: number | null): Promise<boolean> {
      const unit = await db
        .selectFrom('units')
        .select('id')
        .where('name', '=', name)
        .$if(exceptUnitId !== null, (q) => q.where('id', '!=', exceptUnitId as number))
        .executeTakeFirst();
      if (unit) return true;
      const alias = await db
        .selectFrom('unit_aliases')
        .select('unit_id')
        .where('alias', '=', name)
        .$if(exceptUnitId !== null, (q) => q.where('unit_id', '!=', exceptUnitId as number))
        .executeTakeFirst();
      return alias !== undefined;
    },
  };
}

export type OrgRepository = ReturnType<typeof orgRepository>;
