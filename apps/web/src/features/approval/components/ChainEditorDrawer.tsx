import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import {
  approvalStepAgencies,
  approvalStepAgencyLabel,
  approvalStepModeLabel,
  approvalStepModes,
  approvalUnitModeLabel,
  approvalUnitModes,
  type ApprovalChain,
  type ApprovalChainStepInput,
} from '@zhifa/shared/contract/approval';
import { Alert, App, Button, Card, Col, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Tooltip } from 'antd';
import { useEffect, useMemo } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { useRoles } from '../../roles/api';
import { useObjectTypes, useSaveChain } from '../api';

type StepValues = Required<Omit<ApprovalChainStepInput, 'unitId'>> & { unitId: string | null };
interface Values {
  agencyId: string;
  objectType: string;
  name: string;
  active: boolean;
  steps: StepValues[];
}

export type ChainEditorTarget = { mode: 'create'; agencyId: string | null; objectType: string | null } | { mode: 'edit'; chain: ApprovalChain };

const newStep = (): StepValues => ({ name: '', roleCode: '', agency: 'own', unitMode: 'any', unitId: null, mode: 'any', remindAfterHours: 24 });

/** Creates or edits one agency's chain for one object type; saving makes a new version. */
export function ChainEditorDrawer({ target, onClose }: { target: ChainEditorTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveChain();
  const roles = useRoles();
  const types = useObjectTypes();
  const { message } = App.useApp();
  const editing = target?.mode === 'edit' ? target.chain : null;
  const agencyId = Form.useWatch('agencyId', form);

  const roleOptions = useMemo(
    () => (roles.data ?? []).filter((r) => !r.adminKind && r.permissions.includes(Permission.ApprovalAct)).map((r) => ({ value: r.code, label: r.name })),
    [roles.data],
  );

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const c = target.chain;
      form.setFieldsValue({
        objectType: c.objectType,
        name: c.name,
        active: c.status === 'active',
        steps: c.steps.map((s) => ({ name: s.name, roleCode: s.roleCode, agency: s.agency, unitMode: s.unitMode, unitId: s.unitId, mode: s.mode, remindAfterHours: s.remindAfterHours })),
      });
    } else {
      form.setFieldsValue({ agencyId: target.agencyId ?? undefined, objectType: target.objectType ?? undefined, active: true, steps: [newStep()] });
    }
  }, [target, form]);

  const onFinish = (v: Values) => {
    const steps = v.steps.map((s) => ({ ...s, name: s.name.trim(), unitId: s.unitMode === 'unit' ? s.unitId : null }));
    const body = { name: v.name.trim(), status: v.active ? ('active' as const) : ('inactive' as const), steps };
    save.mutate(editing ? { id: editing.id, body } : { id: null, body: { ...body, agencyId: v.agencyId, objectType: v.objectType } }, {
      onSuccess: (c) => {
        message.success(editing ? `已保存“${c.name}”为第 ${c.version} 版，进行中的审批仍按原版本办理` : `已新建审批流程“${c.name}”`);
        onClose();
      },
      onError: (err) => {
        if (!applyFieldErrors(form, err)) message.error(errorMessage(err));
      },
    });
  };

  return (
    <Drawer
      open={Boolean(target)}
      title={editing ? `编辑审批流程：${editing.agencyName} · ${editing.objectTypeLabel}` : '新建审批流程'}
      size={760}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      {editing ? <Alert className="mb-16" type="info" showIcon title={`当前为第 ${editing.version} 版。保存后生成新版本；已提交的审批仍按提交时的版本办理。`} /> : null}
      <Form name="approval-chain" form={form} layout="vertical" onFinish={onFinish} disabled={save.isPending} scrollToFirstError>
        <Row gutter={16}>
          <Col span={12}>
            {editing ? (
              <Form.Item label="所属机关">
                <Input disabled value={editing.agencyName} />
              </Form.Item>
            ) : (
              <Form.Item label="所属机关" name="agencyId" rules={[{ required: true, message: '请选择所属机关' }]}>
                <AgencyTreeSelect />
              </Form.Item>
            )}
          </Col>
          <Col span={12}>
            <Form.Item label="审批事项类型" name="objectType" rules={[{ required: true, message: '请选择审批事项类型' }]}>
              <Select
                disabled={Boolean(editing)}
                showSearch={{ optionFilterProp: 'label' }}
                loading={types.isPending}
                options={(types.data ?? []).map((t) => ({ value: t.type, label: t.label }))}
                placeholder="选择事项类型"
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="流程名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写流程名称' }, { max: 100, message: '不能超过 100 个字符' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="启用" name="active" valuePropName="checked">
              <Switch checkedChildren="启用" unCheckedChildren="停用" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="steps">
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  className="chain-step-card"
                  title={`第 ${i + 1} 步`}
                  extra={
                    <Flex gap={4}>
                      <Tooltip title="上移">
                        <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`第 ${i + 1} 步上移`} />
                      </Tooltip>
                      <Tooltip title="下移">
                        <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={`第 ${i + 1} 步下移`} />
                      </Tooltip>
                      <Tooltip title="删除此步骤">
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} aria-label={`删除第 ${i + 1} 步`} />
                      </Tooltip>
                    </Flex>
                  }
                >
                  <Row gutter={12}>
                    <Col span={12}>
                      <Form.Item label="步骤名称" name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写步骤名称' }]}>
                        <Input maxLength={50} placeholder="如：科室负责人审核" />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item label="审批角色" name={[field.name, 'roleCode']} rules={[{ required: true, message: '请选择审批角色' }]}>
                        <Select options={roleOptions} loading={roles.isPending} placeholder="有“审批”权限的角色" />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label="审批机关" name={[field.name, 'agency']}>
                        <Select options={approvalStepAgencies.map((a) => ({ value: a, label: approvalStepAgencyLabel[a] }))} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item label="科室范围" name={[field.name, 'unitMode']}>
                        <Select options={approvalUnitModes.map((m) => ({ value: m, label: approvalUnitModeLabel[m] }))} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.steps?.[i]?.unitMode !== b.steps?.[i]?.unitMode}>
                        {() =>
                          form.getFieldValue(['steps', field.name, 'unitMode']) === 'unit' ? (
                            <Form.Item label="指定科室" name={[field.name, 'unitId']} rules={[{ required: true, message: '请选择科室' }]}>
                              <UnitTreeSelect agencyId={editing?.agencyId ?? agencyId} />
                            </Form.Item>
                          ) : null
                        }
                      </Form.Item>
                    </Col>
                    <Col span={14}>
                      <Form.Item label="审批方式" name={[field.name, 'mode']}>
                        <Radio.Group options={approvalStepModes.map((m) => ({ value: m, label: approvalStepModeLabel[m] }))} />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item label="催办时限（小时）" name={[field.name, 'remindAfterHours']} rules={[{ required: true, message: '请填写催办时限' }]}>
                        <InputNumber min={1} max={720} precision={0} className="input-number" addonAfter="小时" />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= 10} onClick={() => add(newStep())}>
                添加步骤
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
