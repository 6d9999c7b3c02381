// Progress against the task's quantitative targets: one row per linked target with the amount
// reached so far (e.g. 高标准农田 已建成 20 of 32 万亩) and a note; read-only outside a draft.
import { Input, InputNumber, Table, type TableProps, Typography } from 'antd';
import type { LinkedTarget, ProgressValue } from '../../api/progress.ts';
import type { Comparator } from '../../api/types.ts';
import { formatTarget } from '../../lib/format.ts';
import { LinkSourceTag } from './link-source-tag.tsx';

export type ValueDraft = Record<number, { value: number | null; note: string }>;

export function toDraft(values: ProgressValue[]): ValueDraft {
  return Object.fromEntries(values.map((v) => [v.targetId, { value: v.value, note: v.note ?? '' }]));
}

export function fromDraft(draft: ValueDraft): ProgressValue[] {
  return Object.entries(draft)
    .map(([id, v]) => ({ targetId: Number(id), value: v.value, note: v.note.trim() || null }))
    .filter((v) => v.value !== null || v.note !== null);
}

/** Share of a counted target reached ("20 / 32 万亩 = 62.5%"); rates and qualitative targets have none. */
function share(t: LinkedTarget, value: number | null): string | null {
  if (value === null || t.unit === '%' || t.comparator !== '>=' || !t.value) return null;
  return `${Math.round((value / t.value) * 1000) / 10}%`;
}

interface TargetValuesProps {
  targets: LinkedTarget[];
  draft: ValueDraft;
  onChange?: (next: ValueDraft) => void;
}

export function TargetValues({ targets, draft, onChange }: TargetValuesProps) {
  const editable = onChange !== undefined;
  const set = (id: number, patch: Partial<ValueDraft[number]>) =>
    onChange?.({ ...draft, [id]: { value: draft[id]?.value ?? null, note: draft[id]?.note ?? '', ...patch } });

  const columns: TableProps<LinkedTarget>['columns'] = [
    {
      title: '目标',
      key: 'indicator',
      render: (_, t) => (
        <span>
          {t.indicator}
          <span style={{ marginInlineStart: 6 }}>
            <LinkSourceTag source={t.source} />
          </span>
        </span>
      ),
    },
    {
      title: '目标值',
      key: 'target',
      width: 120,
      render: (_, t) => formatTarget({ comparator: t.comparator as Comparator, value: t.value, unit: t.unit }),
    },
    {
      title: '本期完成',
      key: 'value',
      width: 200,
      render: (_, t) => {
        const value = draft[t.id]?.value ?? null;
        const pct = share(t, value);
        if (!editable) {
          return value === null ? '—' : `${value}${t.unit}${pct ? `(${pct})` : ''}`;
        }
        return (
          <InputNumber
            data-testid={`target-value-${t.id}`}
            value={value}
            onChange={(v) => set(t.id, { value: typeof v === 'number' ? v : null })}
            suffix={t.unit}
            style={{ width: 170 }}
          />
        );
      },
    },
    {
      title: '说明',
      key: 'note',
      render: (_, t) =>
        editable ? (
          <Input
            value={draft[t.id]?.note ?? ''}
            maxLength={500}
            placeholder="如:已建成、在建"
            onChange={(e) => set(t.id, { note: e.target.value })}
          />
        ) : (
          (draft[t.id]?.note ?? '—')
        ),
    },
  ];

  if (targets.length === 0) {
    return <Typography.Text type="secondary">该任务没有关联的量化目标</Typography.Text>;
  }
  return (
    <div data-testid="target-values">
      <Table<LinkedTarget> rowKey="id" size="small" pagination={false} columns={columns} dataSource={targets} />
    </div>
  );
}
