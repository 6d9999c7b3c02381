// An audit entry's before/after side by side, with the top-level fields that changed listed
// first so a reviewer doesn't have to diff the JSON by eye.
import { Col, Empty, Row, Space, Tag, Typography } from 'antd';

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function changedKeys(before: unknown, after: unknown): string[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b || !a) return [];
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {value === null || value === undefined ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />
      ) : (
        <pre className="zl-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </>
  );
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const changed = changedKeys(before, after);
  return (
    <Space vertical size={8} style={{ width: '100%' }}>
      {changed.length > 0 && (
        <Space size={[4, 4]} wrap>
          <Typography.Text type="secondary">变更字段:</Typography.Text>
          {changed.map((k) => (
            <Tag key={k} color="orange">
              {k}
            </Tag>
          ))}
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <JsonBlock label="变更前" value={before} />
        </Col>
        <Col xs={24} md={12}>
          <JsonBlock label="变更后" value={after} />
        </Col>
      </Row>
    </Space>
  );
}
