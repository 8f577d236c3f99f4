import { describe, expect, it } from 'vitest';
import { maskPartyName } from './party-mask';

describe('maskPartyName', () => {
  it('keeps only the surname of a person', () => {
    expect(maskPartyName('孙海峰', 'individual')).toBe('孙**');
    expect(maskPartyName('孙', 'individual')).toBe('*');
  });
  it('keeps the ends of an organisation name', () => {
    expect(maskPartyName('陕西东铭车辆系统股份有限公司', 'organization')).toBe('陕西东铭******有限公司');
    expect(maskPartyName('同乐配送', 'soleProprietor')).toBe('同乐**');
  });
});
