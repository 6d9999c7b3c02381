// What a draw published: its plan (shares, filters, items), the hashes of the frozen pools, the
// seed's commitment and, once revealed, the seed. The same block on the staff and public pages.
import { Descriptions, Tag, Typography } from 'antd';
import { formatShare, type PublicDraw, RISK_CLASS_LABELS, type RiskClass } from '../../api/supervision.ts';
import { formatDateTime } from '../../lib/format.ts';

function Hash({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
      {value}
    </Typography.Text>
  );
}

export function DrawSummary({ draw }: { draw: PublicDraw }) {
  const shares = (['A', 'B', 'C', 'D'] as RiskClass[])
    .map((c) => `${RISK_CLASS_LABELS[c]} ${formatShare(draw.rules.shares[c])}`)
    .join(',');
  return (
    <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }}>
      <Descriptions.Item label="抽查计划">{draw.planName}</Descriptions.Item>
      <Descriptions.Item label="状态">
        {draw.status === 'revealed' ? <Tag color="green">已抽取</Tag> : <Tag color="blue">已冻结,待揭示种子</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="抽取比例">{shares}</Descriptions.Item>
      <Descriptions.Item label="范围">
        地区:{draw.rules.regions.length > 0 ? draw.rules.regions.join('、') : '全州'};行业:
        {draw.rules.industries.length > 0 ? draw.rules.industries.join('、') : '全部'};每户{' '}
        {draw.rules.inspectorsPerObject} 名检查人员
        {draw.rules.avoidHomeRegion ? ';本地区回避' : ''}
      </Descriptions.Item>
      <Descriptions.Item label="抽查事项">
        {draw.items.length === 0
          ? '—'
          : draw.items.map((i) => (
              <div key={i.name}>
                {i.name}
                <Typography.Text type="secondary">(依据:{i.legalBasis})</Typography.Text>
              </div>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label="名录规模">
        检查对象 {draw.objectCount.toLocaleString('zh-CN')} 家,检查人员 {draw.inspectorCount} 名
        {draw.drawnCount !== null ? `;抽中 ${draw.drawnCount.toLocaleString('zh-CN')} 家` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="冻结时间">{formatDateTime(draw.frozenAt)}</Descriptions.Item>
      <Descriptions.Item label="名录总哈希(SHA-256)">
        <Hash value={draw.hashes.pools} />
      </Descriptions.Item>
      <Descriptions.Item label="计划 / 对象 / 人员哈希">
        <Hash value={draw.hashes.plan} />
        <br />
        <Hash value={draw.hashes.objects} />
        <br />
        <Hash value={draw.hashes.inspectors} />
      </Descriptions.Item>
      <Descriptions.Item label="种子承诺值 sha256(种子)">
        <Hash value={draw.seedCommitment} />
      </Descriptions.Item>
      <Descriptions.Item label="随机种子">
        {draw.seed ? <Hash value={draw.seed} /> : <Typography.Text type="secondary">抽取时公布</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label="揭示时间">{formatDateTime(draw.revealedAt)}</Descriptions.Item>
      <Descriptions.Item label="结果哈希">
        <Hash value={draw.hashes.result} />
      </Descriptions.Item>
    </Descriptions>
  );
}
