import type { Agency } from '@zhifa/shared';
import { describe, expect, it } from 'vitest';
import { placementProblems, type AgencyContext } from './registry-agencies';

const agency = (id: string, parentId: string | null, status: Agency['status'] = 'active'): Agency => ({ id, parentId, name: id, shortName: id, divisionCode: null, level: parentId ? 'county' : 'city', status, sortOrder: 0 });
const byId = new Map([agency('city', null), agency('wy', 'city'), agency('yt', 'city'), agency('old', 'city', 'inactive')].map((a) => [a.id, a]));
/** A district officer of 王益区: scope and choices are its own bureau. */
const wyContext: AgencyContext = { byId, inScope: new Set(['wy']), locatedChoices: new Set(['wy']), idByName: new Map(), name: (id) => id };

describe('placementProblems', () => {
  it('accepts a 属地 among the choices with a supervising agency in scope', () => {
    expect(placementProblems({ locatedAgencyId: 'wy', supervisingAgencyId: 'wy' }, wyContext)).toEqual([]);
  });

  it('refuses a 属地 outside the choices, naming the field', () => {
    expect(placementProblems({ locatedAgencyId: 'yt', supervisingAgencyId: 'wy' }, wyContext)).toEqual([{ field: 'locatedAgencyId', message: '属地机关：应为本机关、下级机关或您数据范围内的机关' }]);
  });

  it('keeps an unchanged 属地 that lies outside the choices (editing other fields)', () => {
    expect(placementProblems({ locatedAgencyId: 'yt', supervisingAgencyId: 'wy' }, wyContext, 'yt')).toEqual([]);
  });

  it('refuses a stopped agency even when unchanged', () => {
    expect(placementProblems({ locatedAgencyId: 'old', supervisingAgencyId: 'wy' }, wyContext, 'old')[0]).toMatchObject({ field: 'locatedAgencyId', message: '属地机关：不存在或已停用' });
  });
});
