import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../../src/lib/text/sentences.ts';

describe('firstSentence', () => {
  it.each([
    ['Câu một. Câu hai.', 'Câu một.'],
    ['Mặt trận vận động. Đoàn viên tham gia.', 'Mặt trận vận động.'],
    ['Chỉ một câu, không dấu chấm', 'Chỉ một câu, không dấu chấm'],
    ['Tỷ lệ 1.5 lần. Sau đó', 'Tỷ lệ 1.5 lần.'],
    ['Có hỏi? “Vâng” là đáp.', 'Có hỏi?'],
    ['  Cách đầu cuối.  ', 'Cách đầu cuối.'],
    ['Hà Nội.thiếu cách', 'Hà Nội.thiếu cách'],
  ])('%s', (text, expected) => expect(firstSentence(text)).toBe(expected));
});
