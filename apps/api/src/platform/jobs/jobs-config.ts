import { ConfigError } from '../config';

/**
 * `ZHIFA_JOBS=off` stops this process from running background jobs (reminders …), e.g. on all but
 * one of several web processes, or while debugging. Default on. An invalid value stops the start.
 */
export function jobsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.ZHIFA_JOBS?.trim().toLowerCase();
  if (v === undefined || v === '') return true;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new ConfigError(`配置错误（环境变量）：\n  ZHIFA_JOBS: 应为 on 或 off`);
}
