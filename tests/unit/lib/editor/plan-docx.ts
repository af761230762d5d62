/**
 * Word files made from a plan's text lines, for the import tests: the way a staff member
 * would have the plan in Word — with every marker typed, with Word's own bullets and
 * automatic numbering, and with the "Nơi nhận" and signature blocks side by side in a table.
 */
import {
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

const SECTION = /^([IVX]+)\.\s+(.+)$/;
const ITEM = /^(\d+)\.\s+(.+)$/;
const BULLET = /^[-–]\s*(.+)$/;
const RECIPIENTS = /^Nơi nhận\s*:?$/;
const SIGNATURE = /^TM\.\s/;

const NUMBERING = {
  config: [
    {
      reference: 'ke-hoach',
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
      ],
    },
    { reference: 'gach-dau-dong', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }] },
  ],
};

/** A paragraph of typed text; tabs stay tabs, as they do when text is pasted into Word. */
function typed(line: string): Paragraph {
  return new Paragraph({ children: [new TextRun(line)] });
}

/** A paragraph whose marker ("I.", "1.", "- ") is drawn by Word's list numbering, not typed. */
function listed(line: string): Paragraph {
  const text = line.trim();
  const section = SECTION.exec(text);
  if (section) return new Paragraph({ text: section[2]!, numbering: { reference: 'ke-hoach', level: 0 } });
  const item = ITEM.exec(text);
  if (item) return new Paragraph({ text: item[2]!, numbering: { reference: 'ke-hoach', level: 1 } });
  const bullet = BULLET.exec(text);
  if (bullet) return new Paragraph({ text: bullet[1]!, numbering: { reference: 'gach-dau-dong', level: 0 } });
  return typed(line);
}

/** How the plan's lines are laid out in the Word file. */
export type DocxLayout = 'typed' | 'word-lists' | 'closing-table';

/** Builds a .docx file (bytes) holding the given plan lines in the given layout. */
export async function planDocx(lines: string[], layout: DocxLayout): Promise<Buffer> {
  const children: FileChild[] = [];
  if (layout === 'closing-table') {
    const start = lines.findIndex((line) => RECIPIENTS.test(line.trim()));
    const closing = lines.slice(start).filter((line) => line.trim() !== '');
    const signature = closing.filter((line) => SIGNATURE.test(line.trim()));
    const recipients = closing.filter((line) => !SIGNATURE.test(line.trim()));
    children.push(
      ...lines.slice(0, start).map(listed),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: recipients.map(listed) }),
              new TableCell({ children: signature.map(typed) }),
            ],
          }),
        ],
      }),
    );
  } else {
    children.push(...lines.map(layout === 'typed' ? typed : listed));
  }
  const document = new Document({ numbering: NUMBERING, sections: [{ children }] });
  return Packer.toBuffer(document);
}
