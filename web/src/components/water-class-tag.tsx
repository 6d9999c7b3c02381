// A water quality class (I–劣V) in the evaluation method's colour, with its grade on hover.
import { Tag, Tooltip } from 'antd';
import type { WaterClass } from '../api/indicator-types.ts';
import { WATER_CLASS_STYLE, waterClassLabel } from '../lib/water-classes.ts';

export function WaterClassTag({ value }: { value: WaterClass | null }) {
  if (!value) {
    return (
      <Tooltip title="检出限高于类别限值,无法确定类别">
        <Tag>待定</Tag>
      </Tooltip>
    );
  }
  const style = WATER_CLASS_STYLE[value];
  return (
    <Tooltip title={style?.grade}>
      <Tag style={{ background: style?.color, color: style?.text, border: 'none', fontWeight: 600 }}>
        {waterClassLabel(value)}
      </Tag>
    </Tooltip>
  );
}
