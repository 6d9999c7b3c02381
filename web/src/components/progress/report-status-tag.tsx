import { Tag } from 'antd';
import type { ReportStatus } from '../../api/progress.ts';

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  accepted: '已通过',
};

const COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'orange',
  accepted: 'success',
};

export function ReportStatusTag({ status }: { status: ReportStatus | null }) {
  if (status === null) return <Tag data-testid="report-status">未填报</Tag>;
  return (
    <Tag color={COLORS[status]} data-testid="report-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {REPORT_STATUS_LABELS[status]}
    </Tag>
  );
}

export const isDelivered = (s: ReportStatus | null | undefined) => s === 'submitted' || s === 'accepted';
