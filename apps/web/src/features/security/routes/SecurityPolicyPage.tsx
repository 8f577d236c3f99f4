import { Card, Skeleton } from 'antd';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSecurityPolicy } from '../api';
import { SecurityPolicyForm } from '../components/SecurityPolicyForm';

/** 安全策略 (安全保密管理员): password, lockout, session, 动态口令 and audit retention rules. */
export function SecurityPolicyPage() {
  const policy = useSecurityPolicy();
  return (
    <PageContainer title="安全策略" description="按等级保护要求设置密码复杂度、登录失败处理、会话超时、第二重身份验证和审计日志保存期限。修改立即生效并记入审计日志。">
      {policy.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : policy.isError ? (
        <QueryErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <SecurityPolicyForm policy={policy.data} />
      )}
    </PageContainer>
  );
}
