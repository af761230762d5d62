import { describe, expect, it } from 'vitest';
import { groupByPlan } from '../../../../src/lib/plan/group-by-plan.ts';

describe('groupByPlan', () => {
  it('kế hoạch mới nhất trước, giữ thứ tự trong mỗi nhóm', () => {
    const themes = [
      { id: 'a', plan: '2022' },
      { id: 'b', plan: '2023' },
      { id: 'c', plan: '2022' },
      { id: 'd', plan: '2021' },
      { id: 'e', plan: '2023' },
    ];
    expect(groupByPlan(themes, (theme) => theme.plan)).toEqual([
      { plan: '2023', entries: [themes[1], themes[4]] },
      { plan: '2022', entries: [themes[0], themes[2]] },
      { plan: '2021', entries: [themes[3]] },
    ]);
  });

  it('một kế hoạch: một nhóm; không có mục: không có nhóm', () => {
    expect(groupByPlan([{ plan: '2022' }], (entry) => entry.plan)).toHaveLength(1);
    expect(groupByPlan([], () => '2022')).toEqual([]);
  });
});
