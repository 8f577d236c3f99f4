import { normalizeCreditCode, validateCreditCode } from '@zhifa/shared/rules/credit-code';
import type { Rule } from 'antd/es/form';

/** The same GB 32100 check as the server, so a wrong check character is caught while typing. */
export const creditCodeRules: Rule[] = [
  { required: true, message: '请输入统一社会信用代码' },
  {
    validator: async (_r, value: string | undefined) => {
      if (!value) return;
      const r = validateCreditCode(normalizeCreditCode(value));
      if (!r.ok) throw new Error(r.reason);
    },
  },
];

export const phoneRules: Rule[] = [{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '应为 11 位手机号或带区号的固定电话（如 0919-3182000）' }];
export const requiredText = (label: string): Rule[] => [{ required: true, whitespace: true, message: `请输入${label}` }];
