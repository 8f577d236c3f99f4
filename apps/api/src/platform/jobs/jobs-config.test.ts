import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config';
import { jobsEnabled } from './jobs-config';

describe('ZHIFA_JOBS', () => {
  it('is on unless switched off', () => {
    expect(jobsEnabled({})).toBe(true);
    expect(jobsEnabled({ ZHIFA_JOBS: 'on' })).toBe(true);
    expect(jobsEnabled({ ZHIFA_JOBS: 'OFF' })).toBe(false);
    expect(jobsEnabled({ ZHIFA_JOBS: 'false' })).toBe(false);
  });
  it('stops the start on an invalid value, naming the variable', () => {
    expect(() => jobsEnabled({ ZHIFA_JOBS: 'sometimes' })).toThrow(ConfigError);
    expect(() => jobsEnabled({ ZHIFA_JOBS: 'sometimes' })).toThrow(/ZHIFA_JOBS: 应为 on 或 off/);
  });
});
