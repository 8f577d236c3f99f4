import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { showError } from '../../../lib/show-error';
import { useVerifyAuditChain } from '../api';

/** 校验哈希链: recomputes every record's hash on the server and reports the first break. */
export function VerifyChainButton({ onDone }: { onDone?: () => void }) {
  const verify = useVerifyAuditChain();
  const { modal, message } = App.useApp();

  const run = () =>
    verify.mutate(undefined, {
      onSuccess: (r) => {
        onDone?.();
        if (r.ok) {
          modal.success({ title: '哈希链完整', content: `已校验 ${r.checked} 条记录${r.lastSeq !== null ? `（至第 ${r.lastSeq} 号）` : ''}，未发现篡改或缺失。`, okText: '知道了' });
        } else {
          modal.error({
            title: '哈希链断裂',
            content: `已校验 ${r.checked} 条记录，第一处断链在第 ${r.firstBrokenSeq ?? '?'} 号记录${r.reason ? `：${r.reason}` : ''}。该记录及其后的记录可能被篡改或删除，请立即报告安全保密管理员并保全数据库。`,
            okText: '知道了',
          });
        }
      },
      onError: (err) => showError(message, err),
    });

  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={run}>
      校验哈希链
    </Button>
  );
}
