// The structured form of a 质量提升行动方案, as the parser returns it and the store keeps it.

export type Comparator = '>=' | '<=' | '=' | 'increase' | 'decrease';

export interface PlanSection {
  /** The heading number as it should read, normalised: "一", "(一)", "1.", "(1)". */
  number: string;
  title: string;
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for (1). */
  level: number;
  /** Slash-joined numbers from the top, e.g. "二/(一)". Unique within a plan. */
  path: string;
  /** The section's own text (after its title, before the first child heading). */
  text: string;
}

export interface PlanTask {
  /** Path of the section the task belongs to. */
  section: string;
  title: string;
  text: string;
  lead: string[];
  responsible: string[];
}

export interface PlanTarget {
  /** The phrase in the plan the target was read from. */
  text: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  year: number | null;
  /** Path of the section the target was found in. */
  section: string;
  /** Index of the task (in `tasks`) the target was found in, or null for targets outside tasks. */
  task: number | null;
}

export type UnitKind = 'department' | 'county_government' | 'development_zone' | 'group' | 'other';

export interface PlanUnit {
  name: string;
  kind: UnitKind;
}

export interface PlanWarning {
  code: string;
  message: string;
  /** Character offset in the normalised text, where known. */
  offset?: number;
}

export interface ParsedPlan {
  title: string;
  year: number | null;
  sections: PlanSection[];
  tasks: PlanTask[];
  targets: PlanTarget[];
  units: PlanUnit[];
  warnings: PlanWarning[];
}
