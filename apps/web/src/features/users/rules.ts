import type { Rule } from 'antd/es/form';

/** The client-side twins of the server's rules (packages/shared/src/contract/org.ts). */
export const usernameRules: Rule[] = [
  { required: true, whitespace: true, message: '请输入用户名' },
  { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: '用户名须以字母开头，由 3–32 位字母、数字、下划线、点或连字符组成' },
];
export const displayNameRules: Rule[] = [
  { required: true, whitespace: true, message: '请输入姓名' },
  { max: 50, message: '姓名不能超过 50 个字符' },
];
export const phoneRules: Rule[] = [{ pattern: /^1\d{10}$/, message: '手机号应为 11 位数字，以 1 开头' }];
export const initialPasswordRules: Rule[] = [
  { required: true, message: '请输入初始密码' },
  { min: 8, message: '长度至少 8 位' },
  { max: 128, message: '长度不能超过 128 位' },
];
