import { z } from 'zod';

/** 停止供电 or 停止供应民用爆炸物品 (安全生产法 Art. 70): one form covers both. */
export const supplyKind = z.enum(['electricity', 'explosives'], { error: '应为供电或供应民用爆炸物品' }).describe('停止供应的种类');
export const supplyText = { electricity: '供电', explosives: '供应民用爆炸物品' } as const;
