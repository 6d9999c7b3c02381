// What a published release holds: an indicator snapshot or a sampling-result list, frozen
// when the draft was made.

export type SamplingRow = Record<string, string | number | null>;

export interface SamplingContent {
  disclaimer: string;
  result: 'failed' | 'passed';
  columns: { key: string; header: string }[];
  rows: SamplingRow[];
}

export interface IndicatorSnapshotContent {
  regionName: string;
  periodLabel: string;
  dataThrough: string | null;
  computedAt: string;
  items: {
    code: string;
    name: string;
    unit: string;
    target: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    status: string;
    statusReason: string;
    byRegion: { regionName: string; value: number | null; status: string }[];
  }[];
}

export type ReleaseContent = SamplingContent | IndicatorSnapshotContent;
