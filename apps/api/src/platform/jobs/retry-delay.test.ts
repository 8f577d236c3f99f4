import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

describe('job retry backoff', () => {
  it('doubles from 30 seconds', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });
  it('never exceeds one hour, whatever the attempt count', () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(1000)).toBe(3_600_000);
  });
  it('treats 0 or negative attempts as the first', () => {
    expect(retryDelayMs(0)).toBe(30_000);
    expect(retryDelayMs(-3)).toBe(30_000);
  });
});
