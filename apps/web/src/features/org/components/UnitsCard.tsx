import { PlusOutlined } from '@ant-design/icons';
import type { Agency, Unit } from '@zhifa/shared';
import { App, Button, Card, Popconfirm, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { showError } from '../../../lib/show-error';
import { buildTree, bySortOrder, mapTree } from '../../../lib/tree';
import { useUnits, useUpdateUnit } from '../api';
import { ActiveStatusTag } from './ActiveStatusTag';
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal';

interface UnitRow extends Unit {
  children?: UnitRow[] | undefined;
}

/** The 内设机构 of one agency as a tree table: create, rename, stop and re-enable. */
export function UnitsCard({ agency }: { agency: Agency }) {
  const units = useUnits(agency.id);
  const update = useUpdateUnit();
  const { message } = App.useApp();
  const [target, setTarget] = useState<UnitFormTarget | null>(null);
  const rows = useMemo(() => mapTree<Unit, UnitRow>(buildTree(units.data ?? [], bySortOrder), (u, children) => ({ ...u, children })), [units.data]);

  const setStatus = (u: Unit, status: Unit['status']) =>
    update.mutateAsync({ id: u.id, status }).then(
      () => message.success(status === 'inactive' ? `已停用“${u.name}”` : `已启用“${u.name}”`),
      (err: unknown) => showError(message, err),
    );

  const columns: ColumnsType<UnitRow> = [
    { title: '科室名称', dataIndex: 'name', key: 'name' },
    { title: '状态', dataIndex: 'status', key: 'status', width: 100, render: (s: Unit['status']) => <ActiveStatusTag status={s} /> },
    { title: '排序', dataIndex: 'sortOrder', key: 'sortOrder', width: 70 },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_, u) => (
        <Space size={4} wrap>
          <Button type="link" size="small" disabled={u.status === 'inactive'} onClick={() => setTarget({ mode: 'create', agencyId: agency.id, parent: u })}>
            新建下级
          </Button>
          <Button type="link" size="small" onClick={() => setTarget({ mode: 'rename', unit: u })}>
            修改
          </Button>
          {u.status === 'active' ? (
            <Popconfirm title={`停用“${u.name}”？`} description="停用前须先调整其下级科室和在用账户。" okText="停用" okButtonProps={{ danger: true }} onConfirm={() => setStatus(u, 'inactive')}>
              <Button type="link" size="small" danger>
                停用
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => void setStatus(u, 'active')}>
              启用
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={`内设机构（${agency.name}）`}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={agency.status === 'inactive'} onClick={() => setTarget({ mode: 'create', agencyId: agency.id, parent: null })}>
          新建科室
        </Button>
      }
    >
      {units.isError ? (
        <QueryErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<UnitRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={units.isPending}
          pagination={false}
          size="middle"
          expandable={{ defaultExpandAllRows: true }}
          key={units.isSuccess ? agency.id : `${agency.id}-loading`}
          locale={{ emptyText: '该机关还没有科室，点击右上角“新建科室”添加' }}
        />
      )}
      <UnitFormModal target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
