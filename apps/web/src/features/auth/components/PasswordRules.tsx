import { defaultPasswordPolicy, type PasswordPolicy } from '@zhifa/shared';
import { Alert } from 'antd';

/** The password rules in words. Without the live policy it states the defaults and says so. */
export function PasswordRules({ policy }: { policy?: PasswordPolicy }) {
  const p = policy ?? defaultPasswordPolicy;
  const rules = [
    `长度至少 ${p.minLength} 位`,
    `包含大写字母、小写字母、数字、特殊字符中的至少 ${p.minClasses} 类`,
    ...(p.forbidUsername ? ['不能包含用户名'] : []),
    '不能由同一字符重复组成',
    ...(p.historyCount > 0 ? [`不能与最近 ${p.historyCount} 次使用过的密码相同`] : []),
  ];
  return (
    <Alert
      type="info"
      showIcon
      title={policy ? '新密码须符合以下规则' : '新密码须符合安全策略，默认规则如下'}
      description={
        <ul className="rule-list">
          {rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
          {policy ? null : <li>如安全保密管理员调整了策略，以提交时的提示为准</li>}
        </ul>
      }
    />
  );
}
