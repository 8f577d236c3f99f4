import { Tag } from 'antd';
import type { ApiToken } from '../api';

export function tokenState(t: ApiToken, now = new Date().toISOString()): 'revoked' | 'expired' | 'active' {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && t.expiresAt <= now) return 'expired';
  return 'active';
}

export function ApiTokenStatusTag({ token }: { token: ApiToken }) {
  const s = tokenState(token);
  return s === 'active' ? <Tag color="success">有效</Tag> : s === 'revoked' ? <Tag color="error">已吊销</Tag> : <Tag>已过期</Tag>;
}
