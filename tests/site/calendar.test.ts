import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { events } from '../e2e/trainer-content.ts';
import { readIcs } from '../unit/lib/calendar/read-ics.ts';
import { SITE } from './built-site.ts';

const ORIGIN = SITE.origin;
const HOST = new URL(ORIGIN).hostname;

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

describe('/lich.ics', () => {
  const calendar = readIcs(readFileSync('dist/lich.ics', 'utf8'));

  it('đọc được bằng trình đọc iCalendar (ical.js), có tên lịch và đủ mọi sự kiện của nội dung', () => {
    expect(events.length).toBeGreaterThan(0);
    expect(calendar.name).toContain('Sổ tay Đại đoàn kết');
    expect(calendar.events.map((event) => event.uid).sort()).toEqual(
      events.map((event) => `${event.id}@${HOST}`).sort(),
    );
  });

  it.each(events.map((event) => [event.id, event] as const))(
    '%s: đúng tên, đúng ngày, cả ngày',
    (id, event) => {
      const read = calendar.events.find((candidate) => candidate.uid === `${id}@${HOST}`)!;
      expect(read.summary).toBe(event.name);
      expect(read).toMatchObject({ start: event.date, end: dayAfter(event.date), allDay: true });
      expect(read.url).toBe(`${ORIGIN}/lich/#${id}`);
    },
  );
});

describe('tệp lịch riêng của từng sự kiện', () => {
  it.each(events.map((event) => [event.id, event] as const))('/lich/%s.ics', (id, event) => {
    const read = readIcs(readFileSync(`dist/lich/${id}.ics`, 'utf8'));
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({
      uid: `${id}@${HOST}`,
      summary: event.name,
      start: event.date,
      allDay: true,
    });
  });
});
