import { describe, expect, it } from 'vitest';
import { anniversaryYears } from '../../../../src/lib/calendar/anniversary.ts';
import {
  eventDate,
  eventsByMonth,
  eventUrl,
  foldIcsLines,
  googleCalendarUrl,
  icsCalendar,
  webcalUrl,
  type CalendarEvent,
} from '../../../../src/lib/calendar/calendar.ts';
import { readIcs } from './read-ics.ts';

const ORIGIN = 'https://so-tay.example.vn';

function event(id: string, date: string, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    name: `Sự kiện ${id}`,
    date,
    description: 'Mô tả có dấu phẩy, chấm phẩy; và chữ Việt: Đại đoàn kết toàn dân tộc.',
    related: [],
    updated: '2022-01-15',
    ...extra,
  };
}

describe('anniversaryYears', () => {
  it.each([
    [{ date: '2022-05-13', since: 1955 }, 67],
    [{ date: '2022-02-03', since: 1930 }, 92],
    [{ date: '2022-11-18', since: undefined }, undefined],
    [{ date: '2022-11-18', since: 2022 }, undefined],
  ])('%o → %s', (input, expected) => expect(anniversaryYears(input)).toBe(expected));

  it.each([
    [2026, 96],
    [2030, 100],
  ])('ngày thành lập Đảng (1930) vào năm %i: kỷ niệm %i năm', (year, expected) =>
    expect(anniversaryYears({ date: '2022-02-03', since: 1930 }, year)).toBe(expected),
  );
});

describe('googleCalendarUrl', () => {
  it('mẫu sự kiện cả ngày của Google Lịch; ngày kỷ niệm lặp lại hằng năm', () => {
    const url = new URL(googleCalendarUrl(event('giai-phong', '2022-05-13', { since: 1955 }), ORIGIN));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Sự kiện giai-phong');
    expect(url.searchParams.get('dates')).toBe('20220513/20220514');
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=YEARLY');
    expect(url.searchParams.get('details')).toContain(`${ORIGIN}/lich/#giai-phong`);
  });

  it('sự kiện một lần thì không lặp; không có địa chỉ trang thì không có liên kết về sổ tay', () => {
    const url = new URL(googleCalendarUrl(event('cuoi-nam', '2022-12-31'), undefined));
    expect(url.searchParams.get('dates')).toBe('20221231/20230101');
    expect(url.searchParams.has('recur')).toBe(false);
    expect(url.searchParams.get('details')).not.toContain('http');
  });
});

describe('webcalUrl', () => {
  it('đổi https: thành webcal:', () =>
    expect(webcalUrl('https://so-tay.example.vn/lich.ics')).toBe('webcal://so-tay.example.vn/lich.ics'));
});

describe('eventsByMonth', () => {
  it('xếp theo tháng trong năm, trong tháng theo ngày; tháng không có sự kiện thì không có mục', () => {
    const months = eventsByMonth([
      event('c', '2022-11-18'),
      event('a', '2022-05-19'),
      event('b', '2022-05-13'),
      event('d', '2022-02-03'),
    ]);
    expect(months.map((month) => [month.key, month.label, month.events.map((e) => e.id)])).toEqual([
      ['02', 'Tháng 2/2022', ['d']],
      ['05', 'Tháng 5/2022', ['b', 'a']],
      ['11', 'Tháng 11/2022', ['c']],
    ]);
  });

  it('tháng có ngày kỷ niệm hằng năm, hay sự kiện của nhiều năm, không ghi năm', () => {
    const months = eventsByMonth([
      event('hoi', '2022-11-18'),
      event('mttq', '2022-11-18', { since: 1930 }),
      event('dang', '2022-02-03', { since: 1930 }),
      event('giai-2023', '2023-10-28'),
      event('giai-2022', '2022-10-29'),
    ]);
    expect(months.map((month) => [month.key, month.label, month.events.map((e) => e.id)])).toEqual([
      ['02', 'Tháng 2', ['dang']],
      ['10', 'Tháng 10', ['giai-2023', 'giai-2022']],
      ['11', 'Tháng 11', ['hoi', 'mttq']],
    ]);
  });

  it('hai sự kiện cùng ngày giữ thứ tự ổn định theo mã', () => {
    const months = eventsByMonth([event('z', '2022-11-18'), event('m', '2022-11-18')]);
    expect(months[0]!.events.map((e) => e.id)).toEqual(['m', 'z']);
  });
});

describe('eventDate', () => {
  it.each([
    [
      { date: '2022-02-03', since: 1930 },
      { text: '3/2', datetime: '--02-03' },
    ],
    [
      { date: '2022-11-18', since: 1930 },
      { text: '18/11', datetime: '--11-18' },
    ],
    [{ date: '2022-10-29' }, { text: '29/10/2022', datetime: '2022-10-29' }],
  ])('%o → %o', (value, expected) => expect(eventDate(value)).toEqual(expected));
});

describe('icsCalendar', () => {
  const events = [
    event('ngay-giai-phong-hai-phong-2022', '2022-05-13', { since: 1955, related: ['Đoàn kết toàn dân'] }),
    event('cuoi-nam', '2022-12-31', {
      name: 'Sự kiện cuối năm, với tên dài có dấu: “Vì sự nghiệp Đại đoàn kết toàn dân tộc” lần thứ XV, năm 2021-2022',
    }),
  ];
  const text = icsCalendar(events, { origin: ORIGIN, name: 'Lịch thử' });
  const read = readIcs(text);

  it('ngày kỷ niệm có RRULE:FREQ=YEARLY; sự kiện một lần thì không', () => {
    const [yearly, once] = text.split('BEGIN:VEVENT').slice(1);
    expect(yearly).toContain('RRULE:FREQ=YEARLY');
    expect(once).not.toContain('RRULE');
  });

  it('là tệp iCalendar đọc được, dòng kết thúc bằng CRLF và không dòng nào quá 75 byte', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(read.name).toBe('Lịch thử');
    expect(read.events).toHaveLength(2);
  });

  it('mỗi sự kiện là sự kiện cả ngày, đúng ngày, kết thúc sang ngày hôm sau (kể cả qua năm)', () => {
    expect(read.events.map((e) => [e.start, e.end, e.allDay])).toEqual([
      ['2022-05-13', '2022-05-14', true],
      ['2022-12-31', '2023-01-01', true],
    ]);
  });

  it('giữ nguyên chữ tiếng Việt và dấu câu qua mã hóa và gấp dòng', () => {
    expect(read.events[1]!.summary).toBe(events[1]!.name);
    expect(read.events[0]!.description).toContain(events[0]!.description);
    expect(read.events[0]!.description).toContain('Liên quan: Đoàn kết toàn dân.');
  });

  it('UID ổn định, dựng từ mã sự kiện và tên miền; URL trỏ về đúng mục trên trang lịch', () => {
    expect(read.events[0]!.uid).toBe('ngay-giai-phong-hai-phong-2022@so-tay.example.vn');
    expect(read.events[0]!.url).toBe(`${ORIGIN}/lich/#ngay-giai-phong-hai-phong-2022`);
    expect(
      readIcs(icsCalendar(events, { origin: ORIGIN, name: 'Lịch thử' })).events.map((e) => e.uid),
    ).toEqual(read.events.map((e) => e.uid));
  });
});

describe('eventUrl', () => {
  it('là địa chỉ tuyệt đối của mục trên trang lịch', () =>
    expect(eventUrl('quoc-khanh-2022', ORIGIN)).toBe(`${ORIGIN}/lich/#quoc-khanh-2022`));
});

describe('foldIcsLines', () => {
  const octets = (line: string) => Buffer.byteLength(line, 'utf8');

  it('gấp theo byte, không cắt giữa một chữ, và mở lại đúng như cũ', () => {
    const line = `DESCRIPTION:${'Đại đoàn kết toàn dân tộc ở khu dân cư; '.repeat(8)}`;
    const folded = foldIcsLines(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    lines.forEach((part) => expect(octets(part)).toBeLessThanOrEqual(75));
    lines.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('gấp lại dòng đã gấp theo ký tự, giữ nguyên dòng ngắn', () => {
    const text = 'BEGIN:VEVENT\r\nSUMMARY:Ngày hội\r\n\tĐại đoàn kết\r\nEND:VEVENT';
    expect(foldIcsLines(text)).toBe('BEGIN:VEVENT\r\nSUMMARY:Ngày hộiĐại đoàn kết\r\nEND:VEVENT');
  });
});
