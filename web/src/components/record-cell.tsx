// One cell of a record table, whatever the column holds: pass/fail as a coloured tag, booleans as
// 是/否, dates as YYYY-MM-DD, numbers with separators, failed items ("项目║结果║标准值") one per
// line, and anything structured as compact text rather than [object Object].
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

const DATE = /^\d{4}-\d{2}-\d{2}(T.*)?$/;
const PASS_KEYS = new Set(['passed', 'result', 'compliant', 'good', 'valid']);

function describe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describe).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A failed item as the importer stores it: { item, result, limit } (检验结果, 标准值).
    if (('item' in o || 'name' in o) && ('result' in o || 'limit' in o)) {
      const name = o.item ?? o.name;
      const parts = [o.result ? `检验结果 ${String(o.result)}` : '', o.limit ? `标准值 ${String(o.limit)}` : '']
        .filter(Boolean)
        .join(',');
      return parts ? `${String(name)}(${parts})` : String(name);
    }
    if ('belowDetectionLimit' in o) return o.limit ? `<${String(o.limit)}` : '未检出';
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${describe(v)}`)
      .join('; ');
  }
  return String(value);
}

function passTag(value: unknown): ReactNode | null {
  if (value === true || value === 1 || value === '合格' || value === 'passed') return <Tag color="success">合格</Tag>;
  if (value === false || value === 0 || value === '不合格' || value === 'failed')
    return <Tag color="error">不合格</Tag>;
  if (value === 'excluded' || value === '不计入') return <Tag>不计入</Tag>;
  return null;
}

export function RecordCell({ column, value }: { column: string; value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '')
    return <Typography.Text type="secondary">—</Typography.Text>;
  if (PASS_KEYS.has(column)) {
    const tag = passTag(value);
    if (tag) return tag;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') {
    // Concentrations below 1 (mg/L) need their significant digits; larger values read best with two decimals.
    return Math.abs(value) >= 1 || value === 0
      ? value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
      : value.toLocaleString('zh-CN', { maximumSignificantDigits: 3 });
  }
  if (typeof value === 'string' && DATE.test(value)) return value.slice(0, 10);
  if (typeof value === 'string' && value.includes('║')) {
    return (
      <span style={{ whiteSpace: 'pre-line' }}>
        {value
          .split(/\r?\n/)
          .map((line) => line.split('║').join(' / '))
          .join('\n')}
      </span>
    );
  }
  // JSON text columns (failed_items_json in the drill-down) read like the parsed ones.
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      return <RecordCell column={column} value={JSON.parse(value)} />;
    } catch {
      // Not JSON after all: show as written.
    }
  }
  const text = describe(value);
  return text.length > 80 ? (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 320 }}>
      {text}
    </Typography.Text>
  ) : (
    text
  );
}
