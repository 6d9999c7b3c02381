// The small bar on the board: how much of the target the value reaches, in the status colour.
import { Progress, Tooltip } from 'antd';
import type { IndicatorValue } from '../api/indicator-types.ts';
import { progressPercent } from '../lib/indicator-format.ts';
import { statusHex } from '../lib/status-colors.ts';

export function IndicatorProgress({ item }: { item: IndicatorValue }) {
  const percent = progressPercent(item);
  if (percent === null)
    return <Progress percent={0} size="small" showInfo={false} strokeColor={statusHex(item.status)} />;
  return (
    <Tooltip title={`达到目标要求的 ${percent.toFixed(1)}%`}>
      <Progress
        percent={Number(percent.toFixed(1))}
        size="small"
        showInfo={false}
        strokeColor={statusHex(item.status)}
        aria-label={`目标完成 ${percent.toFixed(1)}%`}
      />
    </Tooltip>
  );
}
