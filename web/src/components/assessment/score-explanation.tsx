// Every point of a score with its rule and basis. Inside the platform each line links to the data
// behind it (the indicator's drill-down, the unit's reports, incidents, disposal cases); the public
// page shows the same lines without links.
import { Collapse, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ItemCategory, ItemSource, ScoreItem } from '../../api/assessment.ts';

const CATEGORY: Record<ItemCategory, { label: string; color: string }> = {
  indicator: { label: '指标', color: 'blue' },
  task: { label: '任务', color: 'geekblue' },
  deduction: { label: '扣分', color: 'red' },
  bonus: { label: '加分', color: 'green' },
  veto: { label: '否决', color: 'magenta' },
};

function sourceLink(s: ItemSource, i: number) {
  switch (s.kind) {
    case 'indicator':
      return (
        <Link key={i} to={`/indicators/${s.code}?region=${s.region}&period=${s.period}`}>
          指标明细
        </Link>
      );
    case 'reports':
      return (
        <Link key={i} to="/progress/review?status=accepted">
          进展报告
        </Link>
      );
    case 'incidents':
      return (
        <Link key={i} to="/incidents">
          事故报告
        </Link>
      );
    case 'disposal':
      return (
        <Link key={i} to="/disposal">
          核查处置
        </Link>
      );
    case 'bonus':
      return null;
  }
}

function pointsText(i: ScoreItem): string {
  if (i.category === 'veto') return '等次 D';
  if (i.max !== null) return `${i.points} / ${i.max} 分`;
  return `${i.points > 0 ? '+' : ''}${i.points} 分`;
}

export function ScoreExplanation({ items, links = true }: { items: ScoreItem[]; links?: boolean }) {
  return (
    <List
      size="small"
      data-testid="score-explanation"
      dataSource={items}
      renderItem={(i) => (
        <List.Item
          data-testid="score-item"
          extra={
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {pointsText(i)}
            </Typography.Text>
          }
        >
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={CATEGORY[i.category].color}>{CATEGORY[i.category].label}</Tag>
              <Typography.Text strong>{i.label}</Typography.Text>
              {links && i.sources?.map(sourceLink)}
            </Space>
            <Typography.Text type="secondary">{i.basis}</Typography.Text>
            {links && i.details && i.details.length > 0 && (
              <Collapse
                ghost
                size="small"
                items={[
                  {
                    key: 'd',
                    label: `数据明细(${i.details.length} 条)`,
                    children: (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {i.details.map((d, n) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: details are plain lines in a fixed order
                          <li key={n}>{d}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
