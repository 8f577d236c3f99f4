import { z } from 'zod';

/** 查封 (sealing in place) or 扣押 (taking away), the two measures of 行政强制法 Art. 9. */
export const coerciveMeasure = z.enum(['seal', 'seize'], { error: '强制措施应为查封或扣押' }).describe('强制措施');
export const measureText = { seal: '查封', seize: '扣押' } as const;
