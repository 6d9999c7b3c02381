// A risk class as a coloured tag: A 低风险 green … D 高风险 red. Internal pages only.
import { Tag, Tooltip } from 'antd';
import { RISK_CLASS_COLORS, RISK_CLASS_LABELS, type RiskClass } from '../../api/supervision.ts';

export function RiskClassTag({ value, score }: { value: RiskClass | null; score?: number | null }) {
  if (!value) return <Tag>未评分</Tag>;
  const tag = (
    <Tag color={RISK_CLASS_COLORS[value]}>
      {value} 类 · {RISK_CLASS_LABELS[value]}
    </Tag>
  );
  return score === undefined || score === null ? tag : <Tooltip title={`风险分值 ${score}`}>{tag}</Tooltip>;
}
