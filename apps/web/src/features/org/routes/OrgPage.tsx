import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../auth/session';
import { useAgencies } from '../api';
import { AgencyDetailsCard } from '../components/AgencyDetailsCard';
import { AgencyFormModal, type AgencyFormTarget } from '../components/AgencyFormModal';
import { AgencyTree } from '../components/AgencyTree';
import { UnitsCard } from '../components/UnitsCard';

/** 机构管理: the agency tree on the left; details and 内设机构 of the selected agency on the right. */
export function OrgPage() {
  const me = useSession();
  const agencies = useAgencies();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [target, setTarget] = useState<AgencyFormTarget | null>(null);

  const list = agencies.data ?? [];
  const selected = list.find((a) => a.id === selectedId) ?? list.find((a) => a.id === me.agency.id) ?? list[0];
  const parent = selected?.parentId ? list.find((a) => a.id === selected.parentId) : undefined;

  return (
    <PageContainer title="机构管理" description="维护本机关及下级机关、内设机构（科室）。机关的文书编号简称用于执法文书编号。">
      {agencies.isError ? <QueryErrorAlert error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={8} xl={7}>
          <Card title="机构树" className="tree-card">
            {agencies.isPending ? <Skeleton active /> : <AgencyTree agencies={list} selectedId={selected?.id ?? null} onSelect={setSelectedId} />}
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {selected ? (
            <div className="stack">
              <AgencyDetailsCard agency={selected} parent={parent} onEdit={() => setTarget({ mode: 'edit', agency: selected })} onCreateChild={() => setTarget({ mode: 'create', parent: selected })} />
              <UnitsCard agency={selected} />
            </div>
          ) : agencies.isPending ? (
            <Card>
              <Skeleton active />
            </Card>
          ) : (
            <Card>
              <Empty description="请在左侧选择机关" />
            </Card>
          )}
        </Col>
      </Row>
      <AgencyFormModal
        target={target}
        onClose={(saved) => {
          setTarget(null);
          if (saved) setSelectedId(saved.id);
        }}
      />
    </PageContainer>
  );
}
