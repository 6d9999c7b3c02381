// What an importer kind declares: its fields (Chinese header, synonyms, whether required), how
// a row becomes a record, and how the record's natural key is formed. The generic machinery
// (header detection, typed cell reading, duplicate and scope checks) lives elsewhere.
import type { Cell } from './cell.ts';
import type { Choice } from './parse-choice.ts';
import type { RegionMatcher } from './region-matcher.ts';

export const KIND_IDS = [
  'food',
  'agri',
  'product',
  'drug',
  'essential-drugs',
  'drug-manufacturers',
  'construction',
  'water-projects',
  'water-project-checks',
  'air-hourly',
  'air-daily',
  'water',
  'effluent',
  'sewage',
  'survey',
  'reported',
] as const;

export type KindId = (typeof KIND_IDS)[number];

export function isKindId(s: string): s is KindId {
  return (KIND_IDS as readonly string[]).includes(s);
}

export interface FieldSpec {
  key: string;
  /** The column header written in templates (the published one where a format is published). */
  header: string;
  /** Other column names seen for this field; compared in normal form (normalizeHeader). */
  synonyms?: readonly string[];
  /** Every row must have a value (the column must then be present too). */
  required?: boolean;
  description: string;
  /** False: recognised on import but left out of the template (an alternative layout's column). */
  template?: boolean;
}

export type RecordValue = string | number | null;

export interface BuiltRecord {
  /** Natural key: one record per key; a re-import updates it in place. */
  key: string;
  /** Region the record is attributed to (GB/T 2260), null when it cannot be placed. */
  region: string | null;
  /** Column values of the record table. */
  values: Record<string, RecordValue>;
}

export interface KindContext {
  regions: RegionMatcher;
  /** The plan year: record dates outside it are errors. */
  year: number | null;
  /** A date for rows that carry none (the 公告日期 of a published list, given at import). */
  defaultDate: string | null;
  /** File and sheet names: 风险监测 lists sometimes say so only there. */
  sourceName: string;
  /** YYYY-MM-DD of the import, for registries that carry no date of their own. */
  today: string;
}

export interface DateOptions {
  /** Check the plan year (default true). A project's start date may lie years before it. */
  checkYear?: boolean;
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Blank, —, NA, -99 mean "no value" (monitoring data) rather than a bad number. */
  allowMissingMarkers?: boolean;
}

/** Typed access to one row's cells by field; every problem is recorded against the row. */
export interface RowReader {
  readonly row: number;
  /** Whether the file has a column for the field. */
  has(field: string): boolean;
  text(field: string): string | null;
  date(field: string, opts?: DateOptions): string | null;
  month(field: string): string | null;
  dateTime(field: string): { date: string; hour: number } | null;
  number(field: string, opts?: NumberOptions): number | null;
  /** A measured value: a number, or a below-detection-limit string ("<0.01", "ND", "未检出"). */
  measure(field: string): number | string | null;
  choice<T extends string>(field: string, c: Choice<T>): T | null;
  yesNo(field: string): boolean | null;
  /** A unified social credit code, checked by GB 32100. */
  creditCode(field: string): string | null;
  /** Columns no field claims, with their headers as written (survey item scores). */
  extras(): { header: string; cell: Cell }[];
  /** Header of the field's column as written in the file (or the template header). */
  label(field: string): string;
  error(field: string | null, message: string): void;
  warn(field: string | null, message: string): void;
  /** Whether any error was recorded for this row. */
  readonly failed: boolean;
}

export interface KindSpec {
  id: KindId;
  /** Chinese name: 食品安全抽检. */
  name: string;
  description: string;
  /** How the natural key is formed, for the documentation and the kinds API. */
  naturalKey: string;
  fields: readonly FieldSpec[];
  /** Unclaimed columns are data (survey item scores) rather than ignored. */
  extraColumns?: 'items';
  /** False for 州-wide lists (the essential-drug scope): a county user may not import them. */
  regionScoped: boolean;
  /** The field whose column a scope or placement problem points at. */
  regionField?: string;
  build(r: RowReader, ctx: KindContext): BuiltRecord | null;
}
