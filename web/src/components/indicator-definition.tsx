// What an indicator is: definition, formula, the records it is computed from, how a record is
// attributed to a region, the standard clause, and where the target comes from — so a reader can
// check the number against the method.
import { Descriptions, Space, Tag } from 'antd';
import type { IndicatorDetail } from '../api/indicator-types.ts';
import { formatIndicatorTarget } from '../lib/indicator-format.ts';
import { importKindsFor } from '../lib/indicator-sources.ts';
import { KIND_NAMES } from '../lib/kind-names.ts';

const TARGET_SOURCES: Record<string, string> = {
  plan: '行动方案原文',
  catalogue: '指标目录默认值(方案中未找到对应目标)',
};

export function IndicatorDefinition({ indicator }: { indicator: IndicatorDetail }) {
  const kinds = importKindsFor(indicator.code, indicator.sources);
  const source = indicator.target.source;
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
      <Descriptions.Item label="定义">{indicator.definition ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="计算公式">{indicator.formula ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="目标">
        {formatIndicatorTarget(indicator.target, indicator.kind)}
        {source && (
          <span style={{ marginInlineStart: 8, color: '#8c8c8c' }}>(来源:{TARGET_SOURCES[source] ?? source})</span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="数据来源">
        <Space wrap size={4}>
          {kinds.map((k) => (
            <Tag key={k}>{KIND_NAMES[k] ?? k}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      {indicator.target.text && <Descriptions.Item label="方案原文">{indicator.target.text}</Descriptions.Item>}
      <Descriptions.Item label="地区归属">{indicator.regionRule || '—'}</Descriptions.Item>
      <Descriptions.Item label="依据标准">{indicator.standardClause ?? '—'}</Descriptions.Item>
      {indicator.standard && <Descriptions.Item label="本期采用版本">{indicator.standard}</Descriptions.Item>}
      <Descriptions.Item label="最少记录数">少于 {indicator.minRecords} 条记录时判定为「数据不足」</Descriptions.Item>
    </Descriptions>
  );
}
