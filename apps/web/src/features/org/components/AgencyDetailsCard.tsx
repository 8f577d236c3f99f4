import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { agencyLevelLabel, type Agency } from '@zhifa/shared';
import { Button, Card, Descriptions, Flex } from 'antd';
import { ActiveStatusTag } from './ActiveStatusTag';

/** Name, 文书编号简称, 区划代码, level and status of the selected agency, with edit and "new sub-agency". */
export function AgencyDetailsCard({ agency, parent, onEdit, onCreateChild }: { agency: Agency; parent: Agency | undefined; onEdit: () => void; onCreateChild: () => void }) {
  const canHaveChildren = agency.level !== 'county';
  return (
    <Card
      title="机关信息"
      extra={
        <Flex gap={8}>
          <Button icon={<EditOutlined />} onClick={onEdit}>
            编辑
          </Button>
          <Button icon={<PlusOutlined />} onClick={onCreateChild} disabled={!canHaveChildren || agency.status === 'inactive'} title={canHaveChildren ? undefined : '县（区）级机关下不能再设下级机关'}>
            新建下级机关
          </Button>
        </Flex>
      }
    >
      <Descriptions
        column={2}
        bordered
        size="middle"
        items={[
          { key: 'name', label: '机关名称', children: agency.name, span: 2 },
          { key: 'shortName', label: '文书编号简称', children: agency.shortName },
          { key: 'divisionCode', label: '行政区划代码', children: agency.divisionCode ?? '（无）' },
          { key: 'level', label: '机关层级', children: agencyLevelLabel[agency.level] },
          { key: 'status', label: '状态', children: <ActiveStatusTag status={agency.status} /> },
          { key: 'parent', label: '上级机关', children: parent?.name ?? '—' },
          { key: 'sortOrder', label: '排序', children: agency.sortOrder },
        ]}
      />
    </Card>
  );
}
