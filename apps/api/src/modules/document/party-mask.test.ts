import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskParty, maskPartyName } from './party-mask';

describe('maskPartyName', () => {
  it('keeps only the surname of a person', () => {
    expect(maskPartyName('孙海峰', 'individual')).toBe('孙**');
    expect(maskPartyName('孙', 'individual')).toBe('*');
  });

  it('shows an organisation’s registered name in full (it is public), a 个体工商户 too (Q5)', () => {
    expect(maskPartyName('铜川市测试机械制造有限公司（一厂）', 'organization')).toBe('铜川市测试机械制造有限公司（一厂）');
    expect(maskPartyName(' 同乐配送 ', 'soleProprietor')).toBe('同乐配送');
  });
});

describe('maskIdNumber / maskParty', () => {
  it('keeps the last four characters of an ID number', () => {
    expect(maskIdNumber('61020219820412001X')).toBe('**************001X');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('masks a person’s name and ID number, never an organisation’s name', () => {
    expect(maskParty({ kind: 'individual', name: '孙海峰', idNumber: '610202198204120015' })).toEqual({ party: '孙**', partyKind: 'individual', partyIdNumber: '**************0015' });
    expect(maskParty({ kind: 'organization', name: '铜川市测试机械制造有限公司', idNumber: '610202198204120015' })).toEqual({ party: '铜川市测试机械制造有限公司', partyKind: 'organization', partyIdNumber: null });
  });
});
