import { genderLabel, genders, officerStatusLabel, officerStatuses, type OfficerDetail } from '@zhifa/shared/contract/registry';
import { sectorLabel, sectors } from '@zhifa/shared/rules/industry';
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../../../lib/form-errors';
import { dayjs } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { useSaveOfficer, type OfficerInput } from '../api';
import { phoneRules, requiredText } from '../rules';
import { AccountPicker } from './Pickers';

type Day = ReturnType<typeof dayjs>;
interface Values extends Omit<OfficerInput, 'certValidFrom' | 'certValidTo'> {
  certValidFrom: Day;
  certValidTo: Day;
}

export type OfficerFormTarget = { mode: 'create' } | { mode: 'edit'; officer: OfficerDetail };

/** 登记 / 编辑执法人员: certificate, agency and unit, account link, status, specialties. */
export function OfficerFormDrawer({ target, onClose }: { target: OfficerFormTarget | null; onClose: () => void }) {
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSaveOfficer();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const agencyId = Form.useWatch('agencyId', form);
  const editing = target?.mode === 'edit' ? target.officer : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const o = target.officer;
      form.setFieldsValue({ ...o, certValidFrom: dayjs(o.certValidFrom), certValidTo: dayjs(o.certValidTo), title: o.title ?? '', phone: o.phone ?? '', note: o.note ?? '' });
    } else form.setFieldsValue({ agencyId: me.agency.id, unitId: null, userId: null, status: 'active', specialties: [], gender: null });
  }, [target, form, me.agency.id]);

  const onFinish = (v: Values) => {
    const input: OfficerInput = {
      ...v,
      name: v.name.trim(),
      certNo: v.certNo.trim().toUpperCase(),
      certIssuer: v.certIssuer.trim(),
      title: v.title?.trim() || null,
      phone: v.phone?.trim() || null,
      note: v.note?.trim() || null,
      gender: v.gender ?? null,
      unitId: v.unitId ?? null,
      userId: v.userId ?? null,
      certValidFrom: v.certValidFrom.format('YYYY-MM-DD'),
      certValidTo: v.certValidTo.format('YYYY-MM-DD'),
    };
    save.mutate(
      { id: editing?.id ?? null, input },
      {
        onSuccess: (o) => {
          message.success(editing ? `已保存执法人员“${o.name}”` : `已登记执法人员“${o.name}”`);
          onClose();
          if (!editing) navigate(`/officers/${o.id}`);
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );
  };

  return (
    <Drawer
      open={Boolean(target)}
      title={editing ? `编辑执法人员：${editing.name}` : '登记执法人员'}
      size={620}
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
      <Form<Values> name="officer" form={form} layout="vertical" onFinish={onFinish} disabled={save.isPending} onValuesChange={(c: Partial<Values>) => ('agencyId' in c ? form.setFieldsValue({ unitId: null, userId: null }) : undefined)}>
        <Row gutter={16}>
          <Col span={12}><Form.Item label="姓名" name="name" rules={requiredText('姓名')}><Input maxLength={50} /></Form.Item></Col>
          <Col span={6}><Form.Item label="性别" name="gender"><Select allowClear options={genders.map((g) => ({ value: g, label: genderLabel[g] }))} /></Form.Item></Col>
          <Col span={6}><Form.Item label="状态" name="status" rules={[{ required: true }]}><Select options={officerStatuses.map((s) => ({ value: s, label: officerStatusLabel[s] }))} /></Form.Item></Col>
          <Col span={12}><Form.Item label="执法证号" name="certNo" rules={[...requiredText('执法证号'), { pattern: /^[0-9A-Za-z-]{6,30}$/, message: '应为 6–30 位数字或字母' }]}><Input maxLength={30} className="code-field" /></Form.Item></Col>
          <Col span={12}><Form.Item label="发证机关" name="certIssuer" rules={requiredText('发证机关')}><Input maxLength={100} placeholder="如 陕西省人民政府" /></Form.Item></Col>
          <Col span={12}><Form.Item label="执法证有效期起" name="certValidFrom" rules={[{ required: true, message: '请选择有效期起' }]}><DatePicker className="registry-wide-select" /></Form.Item></Col>
          <Col span={12}>
            <Form.Item
              label="执法证有效期止"
              name="certValidTo"
              dependencies={['certValidFrom']}
              rules={[{ required: true, message: '请选择有效期止' }, ({ getFieldValue }) => ({ validator: async (_r, v: Day | undefined) => { const from = getFieldValue('certValidFrom') as Day | undefined; if (v && from && v.isBefore(from, 'day')) throw new Error('不能早于有效期起'); } })]}
            >
              <DatePicker className="registry-wide-select" />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item label="所属机关" name="agencyId" rules={[{ required: true, message: '请选择所属机关' }]}><AgencyTreeSelect /></Form.Item></Col>
          <Col span={12}><Form.Item label="所属科室" name="unitId"><UnitTreeSelect agencyId={agencyId} /></Form.Item></Col>
          <Col span={12}><Form.Item label="职务" name="title"><Input maxLength={50} /></Form.Item></Col>
          <Col span={12}><Form.Item label="联系电话" name="phone" rules={phoneRules}><Input maxLength={13} /></Form.Item></Col>
          <Col span={24}>
            <Form.Item label="关联账号" name="userId" extra="本系统的登录账号（同一机关）；一个账号只能关联一名执法人员。">
              <AccountPicker agencyId={agencyId} initialLabel={editing?.username ? `${editing.name}（${editing.username}）` : null} />
            </Form.Item>
          </Col>
          <Col span={24}><Form.Item label="执法领域" name="specialties"><Select mode="multiple" allowClear placeholder="不限" options={sectors.map((s) => ({ value: s, label: sectorLabel[s] }))} /></Form.Item></Col>
          <Col span={24}><Form.Item label="备注" name="note"><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Drawer>
  );
}
