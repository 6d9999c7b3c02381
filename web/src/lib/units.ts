// Grouping of registered units for pickers: county governments, departments, development zones.
import type { Unit, UnitKind } from '../api/types.ts';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  county_government: '县市人民政府',
  department: '州直部门',
  development_zone: '开发区',
};

const KIND_ORDER: UnitKind[] = ['county_government', 'department', 'development_zone'];

export interface UnitOptionGroup {
  label: string;
  title: string;
  options: { value: number; label: string; search: string }[];
}

/** Select options grouped by kind; `search` includes aliases so either name finds the unit. */
export function groupUnitOptions(units: Unit[]): UnitOptionGroup[] {
  return KIND_ORDER.map((kind) => ({
    label: UNIT_KIND_LABELS[kind],
    title: UNIT_KIND_LABELS[kind],
    options: units
      .filter((u) => u.kind === kind)
      .map((u) => ({ value: u.id, label: u.name, search: [u.name, u.shortName, ...u.aliases].join(' ') })),
  })).filter((group) => group.options.length > 0);
}
