import { describe, expect, it } from 'vitest';
import { maskOfficer, maskPerson, maskText } from './public-mask';

describe('public masking', () => {
  it('keeps the first character of a person only', () => {
    expect(maskPerson('王建国')).toBe('王**');
    expect(maskOfficer({ name: '刘思远', certNo: '61020020200012' })).toBe('刘**（执法证 …0012）');
  });
  it('masks phone and ID numbers inside text, not other numbers', () => {
    expect(maskText('联系人电话13812345678，身份证610202199001011234，罚款 30000 元')).toBe('联系人电话138****5678，身份证610202********1234，罚款 30000 元');
  });
});
