import type { DiscretionTierOut } from '@zhifa/shared/contract/law';
import { Table, Tag } from 'antd';

/** 裁量档次: circumstance, the fine range for the unit and for responsible persons, other penalties. */
export function DiscretionTiersTable({ tiers }: { tiers: DiscretionTierOut[] }) {
  return (
    <Table<DiscretionTierOut>
      className="tier-table"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tiers}
      columns={[
        { title: '档次', dataIndex: 'label', width: 180, render: (l: string, t) => (t.noPenalty ? <Tag color="green">{l}</Tag> : l) },
        { title: '适用情形', dataIndex: 'circumstance' },
        { title: '对单位罚款', dataIndex: 'unitFine', width: 170, render: (f: DiscretionTierOut['unitFine']) => f?.text ?? '—' },
        { title: '对责任人员罚款', dataIndex: 'personFine', width: 170, render: (f: DiscretionTierOut['personFine']) => f?.text ?? '—' },
        { title: '其他处罚', dataIndex: 'otherPenalties', width: 160, render: (p: DiscretionTierOut['otherPenalties']) => (p.length ? p.map((x) => <Tag key={x.code} color="red">{x.label}</Tag>) : '—') },
      ]}
    />
  );
}
