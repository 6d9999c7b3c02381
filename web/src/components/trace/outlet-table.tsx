// Every party a failed batch (or what was made from it) reached, with the quantity received.
import { Table, Tag } from 'antd';
import type { Outlet } from '../../api/trace.ts';
import { formatDateTime } from '../../lib/format.ts';
import { quantityText, shortLot } from './trace-labels.ts';

export function OutletTable({ outlets }: { outlets: Outlet[] }) {
  return (
    <Table<Outlet>
      size="small"
      rowKey={(o) => `${o.party}|${o.lotId}|${o.uom}`}
      dataSource={outlets}
      pagination={false}
      locale={{ emptyText: '追溯库中没有该批次的流向记录' }}
      columns={[
        { title: '收货单位', key: 'name', render: (_, o) => o.name ?? o.party },
        { title: '统一社会信用代码', dataIndex: 'party', width: 190 },
        { title: '地区', dataIndex: 'regionCode', width: 90 },
        { title: '批次', dataIndex: 'lotId', render: (l: string) => shortLot(l) },
        { title: '收货数量', key: 'q', align: 'right', render: (_, o) => quantityText(o.quantity, o.uom) },
        { title: '首次到货', dataIndex: 'firstTime', render: (v: string) => formatDateTime(v) },
        {
          title: '',
          dataIndex: 'passedOn',
          width: 80,
          render: (p: boolean) => (p ? <Tag>已转售</Tag> : <Tag color="red">在售</Tag>),
        },
      ]}
    />
  );
}
