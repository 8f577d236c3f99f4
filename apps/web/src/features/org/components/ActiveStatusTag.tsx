import { Tag } from 'antd';

/** 正常 / 已停用 for agencies and 科室. */
export function ActiveStatusTag({ status }: { status: 'active' | 'inactive' }) {
  return status === 'active' ? <Tag color="success">正常</Tag> : <Tag color="default">已停用</Tag>;
}
