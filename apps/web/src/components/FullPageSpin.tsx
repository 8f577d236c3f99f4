import { Flex, Spin } from 'antd';

export function FullPageSpin({ text = '正在加载…' }: { text?: string }) {
  return (
    <Flex className="full-page-spin" align="center" justify="center" vertical gap={12}>
      <Spin size="large" />
      <span className="full-page-spin-text">{text}</span>
    </Flex>
  );
}
