import { describe, expect, it } from 'vitest';
import { byPlanOrder } from '../../../../src/lib/plan/plan-order.ts';

describe('byPlanOrder', () => {
  const item = (title: string, ...sources: string[]) => ({ title, sources });

  it('theo đoạn chính (đoạn đầu của sources) trong thứ tự của kế hoạch, không theo tên', () => {
    const items = [
      item('A. Dân chủ', 'II.4.1', 'I.1.2'),
      item('B. Đoàn kết', 'II.1.1'),
      item('C. Đối ngoại', 'II.10.1'),
      item('D. Thi đua', 'II.2.1'),
      item('E. Mở đầu', 'preamble'),
    ];
    expect(byPlanOrder(items, (i) => i).map((i) => i.title)).toEqual([
      'E. Mở đầu',
      'B. Đoàn kết',
      'D. Thi đua',
      'A. Dân chủ',
      'C. Đối ngoại',
    ]);
  });

  it('cùng đoạn thì theo tên; không có đoạn nào thì xếp cuối', () => {
    const items = [item('Đ', 'II.1.1'), item('Không đoạn'), item('D', 'II.1.1')];
    expect(byPlanOrder(items, (i) => i).map((i) => i.title)).toEqual(['D', 'Đ', 'Không đoạn']);
  });
});
