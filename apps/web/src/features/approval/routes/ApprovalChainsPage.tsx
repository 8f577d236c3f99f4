import { PlusOutlined } from '@ant-design/icons';
import { approvalStepModeLabel, type ApprovalChain } from '@zhifa/shared/contract/approval';
import { Button, Card, Flex, Select, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { useChains, useObjectTypes } from '../api';
import { ChainEditorDrawer, type ChainEditorTarget } from '../components/ChainEditorDrawer';
import '../approval.css';

/** 审批流程配置: each agency's chain per object type — steps, roles, units, co-sign, reminder hours. */
export function ApprovalChainsPage() {
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [objectType, setObjectType] = useState<string | undefined>(undefined);
  const chains = useChains({ agencyId: agencyId ?? undefined, objectType });
  const types = useObjectTypes();
  const [target, setTarget] = useState<ChainEditorTarget | null>(null);

  const columns: ColumnsType<ApprovalChain> = [
    { title: '机关', dataIndex: 'agencyName', key: 'agency', width: 170 },
    {
      title: '审批事项',
      key: 'type',
      width: 230,
      render: (_, c) => (
        <div className="two-line">
          <div>{c.name}</div>
          <div className="muted">{c.objectTypeLabel}</div>
        </div>
      ),
    },
    {
      title: '审批步骤',
      key: 'steps',
      render: (_, c) => (
        <div className="chain-steps">
          {c.steps.map((s, i) => (
            <Tooltip key={i} title={`${s.roleName}${s.unitMode === 'unit' ? ` · ${s.unitName ?? ''}` : s.unitMode === 'submitterUnit' ? ' · 提交人所在科室' : ''}${s.agency === 'parent' ? ' · 上一级机关' : ''} · ${approvalStepModeLabel[s.mode]} · ${s.remindAfterHours} 小时催办`}>
              <Tag color={s.mode === 'all' ? 'purple' : 'blue'}>
                {i + 1}. {s.name}
              </Tag>
            </Tooltip>
          ))}
        </div>
      ),
    },
    { title: '版本', dataIndex: 'version', key: 'version', width: 70, render: (v: number) => `第 ${v} 版` },
    { title: '状态', key: 'status', width: 80, render: (_, c) => (c.status === 'active' ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>) },
    { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (t: string) => formatDateTime(t) },
    { title: '操作', key: 'actions', width: 80, fixed: 'right', render: (_, c) => <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', chain: c })}>编辑</Button> },
  ];

  return (
    <PageContainer
      title="审批流程配置"
      description="按机关和事项类型配置审批步骤。修改后生成新版本，已提交的审批仍按提交时的版本办理。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', agencyId, objectType: objectType ?? null })}>
          新建审批流程
        </Button>
      }
    >
      <Card>
        <Flex gap={12} wrap className="mb-16">
          <AgencyTreeSelect value={agencyId} onChange={setAgencyId} allowClear placeholder="全部机关" className="approval-filter" />
          <Select
            allowClear
            placeholder="全部事项类型"
            className="approval-filter"
            value={objectType}
            onChange={(v: string | undefined) => setObjectType(v)}
            showSearch={{ optionFilterProp: 'label' }}
            options={(types.data ?? []).map((t) => ({ value: t.type, label: t.label }))}
          />
        </Flex>
        {chains.isError ? <QueryErrorAlert error={chains.error} onRetry={() => void chains.refetch()} /> : null}
        <Table<ApprovalChain>
          rowKey="id"
          columns={columns}
          dataSource={chains.data ?? []}
          loading={chains.isFetching}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: '没有符合条件的审批流程' }}
          pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个流程`, hideOnSinglePage: true }}
        />
      </Card>
      <ChainEditorDrawer target={target} onClose={() => setTarget(null)} />
    </PageContainer>
  );
}
