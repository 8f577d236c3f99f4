import { PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { lawKindLabel, lawKinds, type LawKind } from '@zhifa/shared/contract/law';
import { Button, Card, Col, Descriptions, Empty, Flex, Input, List, Row, Segmented, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { useLaw, useLaws, useProvisionTree } from '../api';
import '../checklist.css';
import { LawCreateModal, ProvisionCreateModal, VersionCreateModal } from '../components/LawFormModals';
import { ProvisionTreeView } from '../components/ProvisionTreeView';

/** 法律法规库: laws on the left; the chosen law's versions and the version's provision tree on the right. */
export function LawLibraryPage() {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<LawKind | undefined>();
  const laws = useLaws(q || undefined, kind);
  const lawId = params.get('law') ?? laws.data?.[0]?.id ?? null;
  const law = useLaw(lawId);
  const versionId = params.get('version') ?? law.data?.currentVersion?.id ?? null;
  const tree = useProvisionTree(versionId);
  const canManage = useCan(Permission.LawManage);
  const [creating, setCreating] = useState(false);
  const [versionFor, setVersionFor] = useState<{ id: string; title: string } | null>(null);
  const [addProvision, setAddProvision] = useState(false);

  const select = (next: { law?: string; version?: string | null }) => {
    const p = new URLSearchParams(params);
    if (next.law) {
      p.set('law', next.law);
      p.delete('version');
    }
    if (next.version) p.set('version', next.version);
    setParams(p, { replace: true });
  };
  const version = law.data?.versions.find((v) => v.id === versionId) ?? null;

  return (
    <PageContainer
      title="法律法规库"
      description="检查事项、违法行为和执法文书引用的法律、法规、规章和标准，按版本（施行期间）管理，条文细化到条、款、项、目。"
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增法律法规
          </Button>
        ) : null
      }
    >
      <Row gutter={16}>
        <Col xs={24} lg={8} xl={7}>
          <Card title="法律法规" size="small">
            <Flex vertical gap={8} className="mb-16">
              <Input.Search aria-label="搜索法律法规" placeholder="名称或简称" allowClear onSearch={(t) => setQ(t.trim())} />
              <Select aria-label="类别" allowClear placeholder="全部类别" value={kind} onChange={setKind} options={lawKinds.map((k) => ({ value: k, label: lawKindLabel[k] }))} />
            </Flex>
            {laws.isError ? <QueryErrorAlert error={laws.error} onRetry={() => void laws.refetch()} /> : null}
            <List
              className="law-list"
              loading={laws.isPending}
              dataSource={laws.data ?? []}
              locale={{ emptyText: '没有符合条件的法律法规' }}
              renderItem={(l) => (
                <List.Item className={l.id === lawId ? 'law-selected' : undefined} onClick={() => select({ law: l.id })}>
                  <div>
                    <div className="law-list-title">{l.title}</div>
                    <Flex gap={4} wrap className="mt-8">
                      <Tag>{lawKindLabel[l.kind]}</Tag>
                      {l.currentVersion ? <Tag color={l.currentVersion.inForce ? 'green' : 'default'}>{l.currentVersion.inForce ? `现行 ${l.currentVersion.tag}` : `${l.currentVersion.tag}（已失效）`}</Tag> : <Tag>无版本</Tag>}
                      {l.versionCount > 1 ? <Tag>{l.versionCount} 个版本</Tag> : null}
                    </Flex>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          {law.isError ? <QueryErrorAlert error={law.error} onRetry={() => void law.refetch()} /> : null}
          {!law.data ? (
            <Card>{law.isPending && lawId ? <Skeleton active /> : <Empty description="请在左侧选择法律法规" />}</Card>
          ) : (
            <div className="stack">
              <Card
                title={law.data.title}
                extra={
                  canManage ? (
                    <Button icon={<PlusOutlined />} onClick={() => setVersionFor({ id: law.data.id, title: law.data.title })}>
                      新增版本
                    </Button>
                  ) : null
                }
              >
                {law.data.versions.length ? (
                  <Segmented
                    className="mb-16"
                    value={versionId ?? undefined}
                    onChange={(v) => select({ version: String(v) })}
                    options={law.data.versions.map((v) => ({ value: v.id, label: `${v.tag}${v.inForce ? '（现行）' : ''}` }))}
                  />
                ) : (
                  <Empty description="尚无版本" />
                )}
                {version ? (
                  <Descriptions
                    className="nowrap-labels"
                    size="small"
                    bordered
                    column={{ xs: 1, md: 2 }}
                    items={[
                      { key: 'title', label: '名称', children: version.title },
                      { key: 'no', label: '文号', children: version.documentNumber ?? '—' },
                      { key: 'period', label: '施行期间', children: `${version.effectiveFrom} 至 ${version.effectiveTo ?? '今'}` },
                      { key: 'verified', label: '文本核对', children: version.verified ? <Tag color="success">已核对</Tag> : <Tag color="warning">未与官方文本核对</Tag> },
                      { key: 'source', label: '官方来源', children: version.source, span: 2 },
                      { key: 'textSource', label: '录入来源', children: version.textSource ?? '—', span: 2 },
                      ...(version.note ? [{ key: 'note', label: '说明', children: version.note, span: 2 }] : []),
                    ]}
                  />
                ) : null}
              </Card>
              {version ? (
                <Card
                  title={`条文（${tree.data?.version.provisionCount ?? version.provisionCount} 条款）`}
                  extra={
                    canManage ? (
                      <Button icon={<PlusOutlined />} onClick={() => setAddProvision(true)}>
                        新增条款
                      </Button>
                    ) : null
                  }
                >
                  <Typography.Paragraph type="secondary">仅录入系统引用的条文。点击条、款、项的序号查看引用名称和引用它的违法行为、检查事项。</Typography.Paragraph>
                  {tree.isError ? <QueryErrorAlert error={tree.error} onRetry={() => void tree.refetch()} /> : null}
                  {tree.isPending ? <Skeleton active /> : <ProvisionTreeView articles={tree.data?.articles ?? []} />}
                </Card>
              ) : null}
            </div>
          )}
        </Col>
      </Row>
      <LawCreateModal
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) select({ law: id });
        }}
      />
      <VersionCreateModal
        law={versionFor}
        onClose={(v) => {
          setVersionFor(null);
          if (v) select({ version: v.id });
        }}
      />
      <ProvisionCreateModal version={addProvision ? version : null} articles={tree.data?.articles ?? []} onClose={() => setAddProvision(false)} />
    </PageContainer>
  );
}
