// The outcome of a verification: each check with its result and, for a failed one, the published
// and recomputed values and the rows that differ.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, List, Space, Typography } from 'antd';
import type { Verification } from '../../api/supervision.ts';
import { formatDateTime } from '../../lib/format.ts';

export function VerificationView({ v }: { v: Verification }) {
  return (
    <Space vertical size={12} style={{ width: '100%' }}>
      <Alert
        type={v.verified ? 'success' : 'error'}
        showIcon
        title={
          v.verified
            ? v.complete
              ? '核验通过:由公布的种子和冻结名录重新抽取,结果完全一致'
              : '哈希核验通过:种子尚未揭示,抽取后可核验结果'
            : '核验不通过:冻结后有内容被改动'
        }
        description={`核验时间 ${formatDateTime(v.verifiedAt)}`}
      />
      <List
        size="small"
        bordered
        dataSource={v.checks}
        renderItem={(c) => (
          <List.Item>
            <Space vertical size={2}>
              <Space>
                {c.ok ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f' }} />
                )}
                <Typography.Text strong>{c.label}</Typography.Text>
                <Typography.Text>{c.message}</Typography.Text>
              </Space>
              {!c.ok && c.expected && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  应为 {c.expected};实为 {c.actual}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {v.differences.length > 0 && (
        <Alert
          type="warning"
          title="不一致之处"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {v.differences.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
