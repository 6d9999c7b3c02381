// 达标 n · 预警 n · 未达标 n · 数据不足 n, each in its status colour. Clicking a count filters
// the board when the page passes onSelect.
import { Card, Col, Row, Statistic } from 'antd';
import type { IndicatorStatus } from '../api/indicator-types.ts';
import { STATUS_HEX, STATUS_ORDER } from '../lib/status-colors.ts';

interface StatusSummaryProps {
  counts: Record<IndicatorStatus, number>;
  selected?: IndicatorStatus | null;
  onSelect?: (status: IndicatorStatus | null) => void;
}

export function StatusSummary({ counts, selected, onSelect }: StatusSummaryProps) {
  return (
    <Row gutter={[12, 12]} data-testid="status-summary">
      {STATUS_ORDER.map((status) => (
        <Col key={status} xs={12} md={6}>
          <Card
            size="small"
            hoverable={Boolean(onSelect)}
            onClick={onSelect ? () => onSelect(selected === status ? null : status) : undefined}
            style={{
              borderTop: `3px solid ${STATUS_HEX[status]}`,
              background: selected === status ? '#fafafa' : undefined,
              cursor: onSelect ? 'pointer' : undefined,
            }}
          >
            <Statistic
              title={status}
              value={counts[status]}
              suffix="项"
              styles={{ content: { color: status === '数据不足' ? '#8c8c8c' : STATUS_HEX[status] } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
