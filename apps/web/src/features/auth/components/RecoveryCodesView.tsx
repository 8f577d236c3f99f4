import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';

/** The one-time display of recovery codes, with copy and save-as-text; `onDone` is the "我已保存" button. */
export function RecoveryCodesView({ codes, username, onDone, doneText = '我已保存' }: { codes: string[]; username: string; onDone: () => void; doneText?: string }) {
  const { message } = App.useApp();
  const text = codes.join('\n');

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => message.success('恢复码已复制'),
      () => message.error('复制失败，请手工抄写'),
    );
  };
  const download = () => {
    const blob = new Blob([`zhifa 互联网+执法 恢复码（账户 ${username}）\n每个恢复码只能使用一次。\n\n${text}\n`], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `zhifa-恢复码-${username}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Flex vertical gap={16}>
      <Alert
        type="warning"
        showIcon
        title="请立即保存以下 10 个恢复码"
        description="手机丢失或无法获取动态码时，可用恢复码登录，每个只能使用一次。恢复码只显示这一次，关闭后无法再次查看。"
      />
      <ol className="recovery-codes" aria-label="恢复码">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <Flex gap={8} wrap>
        <Button icon={<CopyOutlined />} onClick={copy}>
          复制全部
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          下载为文本文件
        </Button>
      </Flex>
      <Button type="primary" size="large" onClick={onDone}>
        {doneText}
      </Button>
    </Flex>
  );
}
