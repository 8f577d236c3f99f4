/** Password policy (等保 L3 §8.1.4.1 a). The numbers are settings of the security administrator. */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  forbidUsername: boolean;
  /** 0 = no forced rotation. */
  maxAgeDays: number;
  /** How many previous passwords may not be reused. */
  historyCount: number;
}

export const defaultPasswordPolicy: PasswordPolicy = {
  minLength: 8,
  minClasses: 3,
  forbidUsername: true,
  maxAgeDays: 90,
  historyCount: 5,
};

/** Returns the Chinese reasons a password breaks the policy; empty when it complies. */
export function checkPassword(password: string, username: string, policy: PasswordPolicy): string[] {
  const reasons: string[] = [];
  if (password.length < policy.minLength) reasons.push(`长度至少为 ${policy.minLength} 位`);
  if (password.length > 128) reasons.push('长度不能超过 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    reasons.push(`须包含大写字母、小写字母、数字、特殊字符中的至少 ${policy.minClasses} 类`);
  }
  if (policy.forbidUsername && username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    reasons.push('不能包含用户名');
  }
  if (/^(.)\1+$/.test(password)) reasons.push('不能由同一字符重复组成');
  return reasons;
}
