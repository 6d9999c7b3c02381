// A searchable unit picker grouped into 县市人民政府 / 州直部门 / 开发区. Searching matches
// names, short names and aliases.
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { useUnits } from '../hooks/use-reference-data.ts';
import { groupUnitOptions } from '../lib/units.ts';

interface UnitSelectProps {
  value?: number | null;
  onChange?: (unitId: number | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}

export function UnitSelect({
  value,
  onChange,
  placeholder = '选择单位',
  allowClear = true,
  style,
  id,
}: UnitSelectProps) {
  const { data, loading, error } = useUnits();
  return (
    <Select<number>
      id={id}
      style={style}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={error ? `单位列表加载失败:${errorMessage(error)}` : placeholder}
      status={error ? 'error' : undefined}
      loading={loading}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'search' }}
      options={groupUnitOptions(data ?? [])}
      notFoundContent={loading ? '加载中…' : '没有匹配的单位'}
    />
  );
}
