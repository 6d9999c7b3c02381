// Why an enterprise has its class: every indicator with its value, the rule that scored it, its
// weight and its share of the score, and the records or events it counted.
import { Descriptions, Popover, Table, type TableProps, Typography } from 'antd';
import type { Assessment, ExplanationItem } from '../../api/supervision.ts';
import { RiskClassTag } from './risk-class-tag.tsx';

const columns: TableProps<ExplanationItem>['columns'] = [
  { title: '维度', dataIndex: 'dimension', width: 110 },
  { title: '指标', dataIndex: 'name', width: 170 },
  {
    title: '取值',
    dataIndex: 'value',
    width: 80,
    align: 'right',
    render: (v: number | null) => (v === null ? '无数据' : v),
  },
  { title: '计分规则', dataIndex: 'rule' },
  { title: '得分', dataIndex: 'points', width: 70, align: 'right' },
  { title: '权重', dataIndex: 'weight', width: 80, align: 'right' },
  {
    title: '计入风险分',
    dataIndex: 'contribution',
    width: 100,
    align: 'right',
    render: (v: number) => <Typography.Text strong={v > 0}>{v}</Typography.Text>,
  },
  {
    title: '依据',
    key: 'sources',
    width: 110,
    render: (_, item) =>
      item.sources.length === 0 ? (
        '—'
      ) : (
        <Popover
          title={`${item.name}:${item.sources.length} 条`}
          content={
            <ul style={{ margin: 0, paddingLeft: 18, maxWidth: 520 }}>
              {item.sources.slice(0, 30).map((s) => (
                <li key={`${s.table}-${s.id}`}>{s.label}</li>
              ))}
            </ul>
          }
        >
          <Typography.Link>{item.sources.length} 条记录</Typography.Link>
        </Popover>
      ),
  },
];

export function RiskExplanation({ risk }: { risk: Assessment | null }) {
  if (!risk) return <Typography.Text type="secondary">尚未评分</Typography.Text>;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="风险分类">
          <RiskClassTag value={risk.riskClass} />
        </Descriptions.Item>
        <Descriptions.Item label="风险分值">{risk.score}</Descriptions.Item>
        <Descriptions.Item label="模型版本">第 {risk.modelVersion ?? '—'} 版</Descriptions.Item>
        <Descriptions.Item label="统计区间">
          {risk.windowStart} 至 {risk.asOf}
        </Descriptions.Item>
      </Descriptions>
      <Table<ExplanationItem>
        rowKey="indicatorId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={risk.items}
        scroll={{ x: 1000 }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={6}>
              合计(风险分值)
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <Typography.Text strong>{risk.score}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} />
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
