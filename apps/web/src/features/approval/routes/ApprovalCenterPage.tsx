import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { approvalBoxes, approvalBoxLabel, approvalStatuses, approvalStatusLabel, type ApprovalBox, type ApprovalStatus } from '@zhifa/shared/contract/approval';
import { Badge, Button, Card, Flex, Input, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { useApprovalCounts, useApprovals, useObjectTypes, type ApprovalFilter } from '../api';
import { ApprovalTable } from '../components/ApprovalTable';
import { MatterFormDrawer } from '../components/MatterFormDrawer';
import '../approval.css';

/** Tab, filters and page live in the address (?box=&objectType=&status=&q=&page=), so links and back work. */
function useFilter(): [ApprovalFilter, (f: Partial<ApprovalFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const box = (approvalBoxes as readonly string[]).includes(params.get('box') ?? '') ? (params.get('box') as ApprovalBox) : 'todo';
  const status = params.get('status');
  const filter: ApprovalFilter = {
    box,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
    objectType: params.get('objectType') || undefined,
    status: status && (approvalStatuses as readonly string[]).includes(status) ? (status as ApprovalStatus) : undefined,
    q: params.get('q') || undefined,
  };
  const update = (f: Partial<ApprovalFilter>) => {
    const next = { ...filter, ...f };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'pageSize' && v === 20) || (k === 'box' && v === 'todo')) continue;
      p.set(k, String(v));
    }
    setParams(p, { replace: true });
  };
  return [filter, update];
}

/** 审批中心: my 待办, what I have handled (已办), what I submitted (我发起的); and a new free-text matter. */
export function ApprovalCenterPage() {
  const [filter, setFilter] = useFilter();
  const list = useApprovals(filter);
  const counts = useApprovalCounts();
  const types = useObjectTypes();
  const canDraft = useCan(Permission.DocumentDraft);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState(filter.q ?? '');

  const tabLabel = (box: ApprovalBox) => {
    const n = box === 'todo' ? counts.data?.todo : box === 'mine' ? counts.data?.returned : undefined;
    return (
      <span className="approval-tab">
        {approvalBoxLabel[box]}
        {n ? <Badge count={n} size="small" color={box === 'mine' ? 'orange' : undefined} title={box === 'mine' ? `${n} 项被退回待补正` : `${n} 项待办`} /> : null}
      </span>
    );
  };

  return (
    <PageContainer
      title="审批中心"
      description="待我审批的事项、我已办理的事项和我发起的审批。审批人可查看所审批事项的全部内容。"
      extra={
        canDraft ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            发起事项审批
          </Button>
        ) : null
      }
    >
      <Card>
        <Tabs
          activeKey={filter.box}
          onChange={(k) => setFilter({ box: k as ApprovalBox, page: 1, status: undefined })}
          items={approvalBoxes.map((b) => ({ key: b, label: tabLabel(b) }))}
        />
        <Flex gap={12} wrap className="mb-16">
          <Select
            allowClear
            placeholder="全部事项类型"
            className="approval-filter"
            value={filter.objectType}
            onChange={(v: string | undefined) => setFilter({ objectType: v, page: 1 })}
            showSearch={{ optionFilterProp: 'label' }}
            options={(types.data ?? []).map((t) => ({ value: t.type, label: t.label }))}
          />
          {filter.box !== 'todo' ? (
            <Select
              allowClear
              placeholder="全部状态"
              className="approval-filter-status"
              value={filter.status}
              onChange={(v: ApprovalStatus | undefined) => setFilter({ status: v, page: 1 })}
              options={approvalStatuses.map((s) => ({ value: s, label: approvalStatusLabel[s] }))}
            />
          ) : null}
          <Input.Search
            allowClear
            placeholder="按标题搜索"
            className="approval-filter"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilter({ q: v.trim() || undefined, page: 1 })}
          />
        </Flex>
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <ApprovalTable box={filter.box} data={list.data} loading={list.isFetching} onPageChange={(page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize })} />
      </Card>
      <MatterFormDrawer
        target={creating ? { mode: 'create' } : null}
        onClose={() => setCreating(false)}
        onSubmitted={(approvalId) => {
          if (approvalId) void navigate(`/approvals/${approvalId}`);
          else setFilter({ box: 'mine', page: 1 });
        }}
      />
    </PageContainer>
  );
}
