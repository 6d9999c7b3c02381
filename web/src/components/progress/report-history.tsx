// Every version of a report, newest first: what was submitted, who reviewed it and why it was
// returned. A returned version stays here exactly as it was returned.
import { Collapse, Descriptions, Flex, Typography } from 'antd';
import type { LinkedTarget, Revision } from '../../api/progress.ts';
import { formatDateTime } from '../../lib/format.ts';
import { EvidenceList } from '../evidence-list.tsx';
import { ReportStatusTag } from './report-status-tag.tsx';
import { TargetValues, toDraft } from './target-values.tsx';

function RevisionBody({ revision, targets }: { revision: Revision; targets: LinkedTarget[] }) {
  return (
    <Flex vertical gap={12}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label="填写人">
          {revision.createdBy} · {formatDateTime(revision.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label="提交">
          {revision.submittedAt ? `${revision.submittedBy ?? ''} · ${formatDateTime(revision.submittedAt)}` : '未提交'}
        </Descriptions.Item>
        {revision.reviewedAt && (
          <Descriptions.Item label="审核">
            {revision.reviewedBy} · {formatDateTime(revision.reviewedAt)}
          </Descriptions.Item>
        )}
        {revision.reviewComment && (
          <Descriptions.Item label={revision.status === 'returned' ? '退回原因' : '审核意见'}>
            <Typography.Text type={revision.status === 'returned' ? 'danger' : undefined} data-testid="history-comment">
              {revision.reviewComment}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {revision.text || '(未填写)'}
      </Typography.Paragraph>
      {targets.length > 0 && <TargetValues targets={targets} draft={toDraft(revision.values)} />}
      <EvidenceList items={revision.evidence} />
    </Flex>
  );
}

export function ReportHistory({ history, targets }: { history: Revision[]; targets: LinkedTarget[] }) {
  return (
    <div data-testid="report-history">
      <Collapse
        size="small"
        items={history.map((v) => ({
          key: v.id,
          label: (
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>第 {v.revision} 版</Typography.Text>
              <ReportStatusTag status={v.status} />
              <Typography.Text type="secondary">{formatDateTime(v.submittedAt ?? v.updatedAt)}</Typography.Text>
              {v.status === 'returned' && v.reviewComment && (
                <Typography.Text type="danger" ellipsis style={{ maxWidth: 360 }}>
                  退回原因:{v.reviewComment}
                </Typography.Text>
              )}
            </Flex>
          ),
          children: <RevisionBody revision={v} targets={targets} />,
        }))}
      />
    </div>
  );
}
