/**
 * Reads the original of a plan, as the Front's staff have it, into plain lines for the
 * plan parser: a `.txt` file as it is, or a Word `.docx` through mammoth (a maintained
 * .docx reader that keeps each paragraph's list numbering). In Word, a "- " bullet may be
 * typed or be a bulleted list, and "I."/"1." may be typed or be automatic numbering;
 * every form comes out as the same typed line, so both kinds of file import alike.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { romanNumeral } from '../format/paragraph-id.ts';

/** The parts of mammoth's document model read here (mammoth/lib/documents.js). */
interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

/** The kinds of file a plan can be imported from. */
export const PLAN_SOURCE_EXTENSIONS = ['.txt', '.docx'] as const;

/** The text of a paragraph, split at manual line breaks (Shift+Enter in Word). */
function paragraphLines(paragraph: DocxElement): string[] {
  const lines = [''];
  const walk = (element: DocxElement) => {
    if (element.type === 'text') lines[lines.length - 1] += element.value ?? '';
    else if (element.type === 'tab') lines[lines.length - 1] += '\t';
    else if (element.type === 'break' && element.breakType === 'line') lines.push('');
    else element.children?.forEach(walk);
  };
  paragraph.children?.forEach(walk);
  return lines;
}

const TYPED_SECTION = /^\s*[IVX]+\.\s/;
const TYPED_ITEM = /^\s*\d+\.\s/;
const TYPED_BULLET = /^\s*[-–—•]/;

/**
 * The lines of a Word document's body in reading order (table cells row by row).
 * List paragraphs get the marker Word draws but does not store as text: "- " for a
 * bullet; for automatic numbering, the plan's own scheme — a line in capitals is a
 * section (I., II., …), any other an item (1., 2., … restarting in each section).
 * Typed markers are kept as they are, and counted, so the two can be mixed.
 */
export function docxLines(document: DocxElement): string[] {
  const lines: string[] = [];
  let sections = 0;
  let items = 0;
  const section = (text: string) => {
    sections += 1;
    items = 0;
    return text;
  };
  const item = (text: string) => {
    items += 1;
    return text;
  };
  const withMarker = (numbering: DocxElement['numbering'], text: string): string => {
    if (TYPED_SECTION.test(text)) return section(text);
    if (TYPED_ITEM.test(text)) return item(text);
    if (!numbering || TYPED_BULLET.test(text)) return text;
    if (!numbering.isOrdered) return `- ${text}`;
    if (/\p{L}/u.test(text) && text === text.toUpperCase())
      return section(`${romanNumeral(sections + 1)}. ${text}`);
    return item(`${items + 1}. ${text}`);
  };
  const walk = (element: DocxElement) => {
    if (element.type !== 'paragraph') {
      element.children?.forEach(walk);
      return;
    }
    const [first = '', ...rest] = paragraphLines(element);
    lines.push(withMarker(element.numbering, first), ...rest);
  };
  walk(document);
  return lines;
}

/** Reads a .docx file (as bytes) into lines; mammoth's warnings are returned for the report. */
export async function readDocx(buffer: Buffer): Promise<{ lines: string[]; warnings: string[] }> {
  let lines: string[] = [];
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: DocxElement) => {
        lines = docxLines(document);
        return document;
      },
    },
  );
  return { lines, warnings: result.messages.map((message) => message.message) };
}

/**
 * Reads a plan's original from a `.txt` or `.docx` file into the text the plan parser
 * takes (one line per paragraph). Throws a Vietnamese message for any other kind of file.
 */
export async function readPlanSource(path: string): Promise<{ text: string; warnings: string[] }> {
  if ((await stat(path)).isDirectory())
    throw new Error(
      `"${path}" là một thư mục, không phải tệp. Hãy cho đường dẫn đến tệp kế hoạch .txt hoặc .docx trong đó.`,
    );
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path)), warnings: [] };
    } catch (error) {
      throw new Error(
        `Tệp "${path}" không phải UTF-8 (có lẽ lưu bằng bảng mã Windows-1258 hoặc TCVN3). Hãy mở tệp và lưu lại dạng UTF-8 (Notepad: Lưu thành…, Mã hoá: UTF-8), rồi nhập lại.`,
        { cause: error },
      );
    }
  }
  if (extension === '.docx') {
    let read;
    try {
      read = await readDocx(await readFile(path));
    } catch (error) {
      throw new Error(
        `Không đọc được tệp Word "${path}": tệp hỏng hoặc không phải .docx. Hãy mở bằng Word, lưu lại dưới dạng .docx, rồi nhập lại.`,
        { cause: error },
      );
    }
    return { text: read.lines.join('\n'), warnings: read.warnings };
  }
  throw new Error(
    `Không nhập được "${path}": chỉ nhận tệp văn bản .txt hoặc tệp Word .docx. Với tệp .doc cũ, hãy mở bằng Word và lưu lại dưới dạng .docx.`,
  );
}
