import type { DocumentDetail } from '@zhifa/shared';
import { Alert, Checkbox, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useReservations } from '../api';

/**
 * Confirms issuance: the number comes from the system now (Q2), or — for a pre-numbered paper form
 * used offline — from a reserved block.
 */
export function IssueModal({ doc, open, loading, onCancel, onOk }: { doc: DocumentDetail; open: boolean; loading: boolean; onCancel: () => void; onOk: (reservation?: { reservationId: string; serial: number }) => void }) {
  const [useReserved, setUseReserved] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const reservations = useReservations();
  const options = (reservations.data ?? [])
    .filter((r) => r.status === 'open' && r.typeCode === doc.typeCode)
    .flatMap((r) => r.numbers.filter((n) => n.status === 'reserved').map((n) => ({ value: `${r.id}|${n.serial}`, label: `${n.number}（设备 ${r.deviceId}）` })));
  const submit = () => {
    if (useReserved && picked) {
      const [reservationId, serial] = picked.split('|');
      onOk({ reservationId: reservationId!, serial: Number(serial) });
    } else onOk();
  };
  return (
    <Modal open={open} title="签发文书" okText="确认签发" okButtonProps={{ loading, disabled: useReserved && !picked }} onCancel={onCancel} onOk={submit} destroyOnHidden>
      <Alert
        type="warning"
        showIcon
        className="mb-16"
        title="签发后文书内容固化，不能再修改"
        description="系统将生成文书编号、固化 PDF（记录 SM3 哈希）、以本机关密钥进行 SM2 签名并加盖印章；如需修改只能更正（生成新版本，原版本保留）。"
      />
      {doc.versionNo > 1 ? (
        <Alert type="info" showIcon title="更正版本沿用原文书编号" />
      ) : (
        <Form layout="vertical">
          <Form.Item>
            <Checkbox checked={useReserved} onChange={(e) => setUseReserved(e.target.checked)}>
              使用预留编号（离线现场已使用的预先编号文书）
            </Checkbox>
          </Form.Item>
          {useReserved ? (
            <Form.Item label="预留编号" help={options.length ? undefined : '没有该文书类型的可用预留编号'}>
              <Select value={picked} onChange={setPicked} options={options} placeholder="选择已在现场使用的编号" />
            </Form.Item>
          ) : null}
        </Form>
      )}
    </Modal>
  );
}
