/**
 * Reads a plan written as plain lines (a .txt file, or the paragraphs of a .docx) into
 * the structure of a `plans` entry: header lines, document type, title, the "Căn cứ…"
 * preamble, sections I/II/III with their numbered items and "-" bullets, and the closing
 * block (recipients, signature). Every line lands somewhere or is reported: none is dropped.
 */
import type { Plan } from '../../schemas/plan.ts';
import { normalizeText } from '../format/vietnamese.ts';
import { paragraphId, romanValue } from '../format/paragraph-id.ts';

/** A line the parser could not place, with its 1-based line number. */
export interface PlanParseProblem {
  line: number;
  text: string;
  reason: string;
  /** Set when the problem is only that the year is unknown, so a caller can ask for it. */
  missingYear?: true;
}

/** Thrown when some lines cannot be placed; lists every one of them. */
export class PlanParseError extends Error {
  readonly problems: PlanParseProblem[];

  constructor(problems: PlanParseProblem[]) {
    super(
      [
        `Chưa nhập được kế hoạch: ${problems.length} chỗ cần sửa trong bản gốc, rồi nhập lại.`,
        ...problems.map((p) =>
          p.line === 0 ? `  cả văn bản: ${p.reason}` : `  dòng ${p.line}: ${p.reason}\n    «${p.text}»`,
        ),
      ].join('\n'),
    );
    this.name = 'PlanParseError';
    this.problems = problems;
  }
}

/** A plan as read from text; `issuer` is not in the text and is given by the caller. */
export type ParsedPlan = Omit<Plan, 'issuer'>;

const SECTION = /^([IVX]+)\.\s+(.+)$/;
const ITEM = /^(\d+)\.\s+(.+)$/;
const BULLET = /^[-–—•]\s*(.+)$/;
const RECIPIENTS = /^Nơi nhận\s*:?$/i;
const SIGNATURE = /^(?:TM|T\/M|KT|Q)\.\s/;
const PREAMBLE_START = /^(?:Căn cứ|Thực hiện)\s/u;
const YEAR_IN_TITLE = /năm\s+(\d{4})/;

type Stage = 'header' | 'title' | 'preamble' | 'body' | 'closing';

/**
 * Parses the lines of a plan. Throws `PlanParseError` naming each line it cannot place.
 * `year` overrides the year read from the title ("… năm 2022").
 */
export function parsePlanText(source: string, options: { year?: number } = {}): ParsedPlan {
  const lines = source.split(/\r?\n/).map((raw, index) => ({ line: index + 1, text: normalizeText(raw) }));
  const problems: PlanParseProblem[] = [];
  const header: string[] = [];
  let docType = '';
  const titleLines: string[] = [];
  const preambleLines: string[] = [];
  const sections: Plan['sections'] = [];
  const closing: Plan['closing'] = { recipientsLabel: '', recipients: [], signature: '' };
  let stage: Stage = 'header';

  for (const { line, text } of lines) {
    if (text === '') continue;
    const problem = (reason: string) => problems.push({ line, text, reason });

    if (stage !== 'closing' && RECIPIENTS.test(text)) {
      stage = 'closing';
      closing.recipientsLabel = text;
      continue;
    }
    if (stage === 'closing') {
      const bullet = BULLET.exec(text);
      if (bullet) closing.recipients.push(bullet[1]!);
      else if (SIGNATURE.test(text) && closing.signature === '') closing.signature = text;
      else problem('sau "Nơi nhận:" chỉ có các dòng "- …" và một khối ký (TM. …).');
      continue;
    }

    const section = SECTION.exec(text);
    if (section && romanValue(section[1]!) !== undefined) {
      if (stage !== 'body' && preambleLines.length === 0) problem('mục I bắt đầu trước đoạn "Căn cứ…".');
      stage = 'body';
      const expected = sections.length + 1;
      if (romanValue(section[1]!) !== expected) problem(`mục này phải là mục thứ ${expected}.`);
      sections.push({ number: section[1]!, title: section[2]!, items: [] });
      continue;
    }

    if (stage === 'header' || stage === 'title' || stage === 'preamble') {
      if (stage === 'header') {
        if (/^KẾ HOẠCH(?:\s|$)/u.test(text) && text === text.toUpperCase()) {
          docType = text;
          stage = 'title';
        } else header.push(text);
      } else if (stage === 'title' && !PREAMBLE_START.test(text)) titleLines.push(text);
      else {
        stage = 'preamble';
        preambleLines.push(text);
      }
      continue;
    }

    const currentSection = sections.at(-1)!;
    const item = ITEM.exec(text);
    if (item) {
      const expected = currentSection.items.length + 1;
      if (Number(item[1]) !== expected)
        problem(`tiểu mục này phải mang số ${expected} trong mục ${currentSection.number}.`);
      currentSection.items.push({ number: Number(item[1]), title: item[2]!, paragraphs: [] });
      continue;
    }
    const currentItem = currentSection.items.at(-1);
    if (!currentItem) {
      problem(`đoạn này nằm trong mục ${currentSection.number} nhưng trước tiểu mục 1.`);
      continue;
    }
    const bullet = BULLET.exec(text);
    const isBullet = bullet !== null;
    const previous = currentItem.paragraphs.at(-1);
    if (previous && previous.bullet !== isBullet) {
      problem(
        isBullet
          ? `tiểu mục ${currentSection.number}.${currentItem.number} đã có đoạn văn thường, không thể thêm gạch đầu dòng.`
          : `đoạn văn thường đứng sau gạch đầu dòng trong tiểu mục ${currentSection.number}.${currentItem.number}: hãy đưa nó thành một gạch đầu dòng, hoặc nối vào đoạn trước.`,
      );
      continue;
    }
    currentItem.paragraphs.push({
      id: paragraphId(currentSection.number, currentItem.number, currentItem.paragraphs.length + 1),
      bullet: isBullet,
      text: bullet ? bullet[1]! : text,
    });
  }

  const title = titleLines.join(' ');
  const yearMatch = YEAR_IN_TITLE.exec(title);
  const year = options.year ?? (yearMatch ? Number(yearMatch[1]) : undefined);
  const missing = (reason: string) => problems.push({ line: 0, text: '', reason });
  if (!docType) missing('không thấy dòng tên loại văn bản "KẾ HOẠCH".');
  if (!title) missing('không thấy trích yếu của kế hoạch (dòng ngay sau "KẾ HOẠCH").');
  if (preambleLines.length === 0) missing('không thấy đoạn mở đầu "Căn cứ…".');
  if (sections.length === 0) missing('không thấy mục I.');
  if (year === undefined)
    problems.push({
      line: 0,
      text: '',
      reason: 'không đọc được năm từ trích yếu ("… năm 2022"); hãy cho biết năm.',
      missingYear: true,
    });
  for (const s of sections) {
    if (s.items.length === 0) missing(`mục ${s.number} không có tiểu mục nào.`);
    for (const i of s.items)
      if (i.paragraphs.length === 0) missing(`tiểu mục ${s.number}.${i.number} không có đoạn nào.`);
  }
  if (closing.recipientsLabel && !closing.signature) missing('khối "Nơi nhận:" không có khối ký (TM. …).');
  if (problems.length > 0) throw new PlanParseError(problems);

  return {
    year: year!,
    header,
    docType,
    title,
    preamble: preambleLines.join(' '),
    sections,
    closing,
  };
}
