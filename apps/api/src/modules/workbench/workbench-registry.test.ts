import { describe, expect, it } from 'vitest';
import { registerWorkbenchSection, workbenchSections } from './workbench-registry';

const section = (key: string, order: number) => ({ key, title: key, order, permission: null, moreHref: null, emptyText: '无', load: async () => ({ count: 0, items: [] }) });

describe('workbench section registry', () => {
  it('lists sections by their order, a second registration replacing the first', () => {
    registerWorkbenchSection(section('zLater', 90));
    registerWorkbenchSection(section('aEarlier', 5));
    registerWorkbenchSection(section('zLater', 1));
    const keys = workbenchSections().map((s) => s.key);
    expect(keys.indexOf('zLater')).toBeLessThan(keys.indexOf('aEarlier'));
    expect(keys.filter((k) => k === 'zLater')).toHaveLength(1);
  });

  it('refuses a key that is not camelCase', () => {
    expect(() => registerWorkbenchSection(section('inspection-tasks', 1))).toThrow(/should look like/);
  });
});
