/**
 * Where a document or a body stands now, in the words pages show: a document is in force,
 * replaced, historical or not yet verified; a body is active, abolished, renamed or
 * restructured (issue 16).
 */
import type { DOCUMENT_STATES } from '../schemas/document.ts';
import { footnoteNumbers } from './format/footnotes.ts';
import type { ORGANIZATION_STATES } from '../schemas/organization.ts';

/** A document's state, as a page says it ("replaced" is followed by its successor). */
export const DOCUMENT_STATE_LABELS: Record<(typeof DOCUMENT_STATES)[number], string> = {
  'in-force': 'Còn hiệu lực',
  replaced: 'Đã được thay thế bởi',
  historical: 'Lịch sử',
  unverified: 'chưa xác minh',
};

/** A body's state since the changes of 2025. */
export const ORGANIZATION_STATE_LABELS: Record<(typeof ORGANIZATION_STATES)[number], string> = {
  active: 'Đang hoạt động',
  abolished: 'Không còn',
  renamed: 'Đã đổi tên',
  restructured: 'Đã sắp xếp lại',
};

/** The source of a status as a page cites it: the link, and its footnote number if the text numbers it. */
export interface StatusSource {
  id: string;
  url: string;
  title: string;
  /** Its number among the text's numbered sources; none when the text does not cite it. */
  number?: number | undefined;
}

/** The source `id` among an entry's `links`, with the number its text (`body`) shows it with. */
export function statusSource(
  links: readonly { id?: string | undefined; url: string; title: string }[],
  id: string | undefined,
  body: string,
): StatusSource | undefined {
  const link = id === undefined ? undefined : links.find((candidate) => candidate.id === id);
  if (link === undefined || id === undefined) return undefined;
  return { id, url: link.url, title: link.title, number: footnoteNumbers(body).get(id) };
}
