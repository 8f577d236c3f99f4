const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals as in article numbers: 12 十二, 101 一百零一 (same rule as the API's citations). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${digits[h]}百`;
  if (rest < 10) return `${digits[h]}百零${digits[rest]}`;
  return `${digits[h]}百${digits[Math.floor(rest / 10)]}十${rest % 10 === 0 ? '' : digits[rest % 10]}`;
}
