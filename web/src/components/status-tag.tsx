// A target's status as a coloured tag; the server's sentence saying why is in the tooltip.
import { Tag, Tooltip } from 'antd';
import type { IndicatorStatus } from '../api/indicator-types.ts';
import { STATUS_TAG_COLOR } from '../lib/status-colors.ts';

export function StatusTag({ status, reason }: { status: IndicatorStatus; reason?: string | null }) {
  const tag = (
    <Tag
      color={STATUS_TAG_COLOR[status] ?? 'default'}
      style={{ marginInlineEnd: 0, cursor: reason ? 'help' : undefined }}
    >
      {status}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
