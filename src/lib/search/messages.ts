/**
 * What the search says to readers, in Vietnamese: counts, the empty states and the
 * examples offered when there is nothing to show. Shared by the header box and the
 * search page.
 */
import { MAX_QUERY_LENGTH } from './query.ts';

/** Queries offered as examples: a campaign typed without marks, a theme, a symbol, an abbreviation. */
export const EXAMPLE_QUERIES = [
  'hang viet',
  'nông thôn mới',
  '01-KL/TW',
  'MTTQ',
  'dan biet dan ban',
] as const;

/** Longest part of a query repeated back to the reader. */
const MAX_ECHO = 60;

/** The query as repeated back in messages, in quotes, shortened when long. */
export function quoteQuery(query: string): string {
  const characters = Array.from(query);
  return `“${characters.length > MAX_ECHO ? `${characters.slice(0, MAX_ECHO).join('')}…` : query}”`;
}

/** The sentence announcing the results of a search. */
export function resultCountText(count: number, query: string): string {
  return count === 0
    ? `Không tìm thấy kết quả nào cho ${quoteQuery(query)}.`
    : `Tìm thấy ${count} kết quả cho ${quoteQuery(query)}.`;
}

/** A kind of entry as a label (`văn bản` → `Văn bản`). */
export function kindLabel(kind: string | undefined): string {
  if (!kind) return 'Trang';
  return kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1);
}

/** Fixed messages. */
export const SEARCH_MESSAGES = {
  prompt: 'Gõ từ cần tìm, có dấu hay không dấu đều được. Ví dụ:',
  nothingToSearch: (query: string) =>
    `${quoteQuery(query)} không có chữ hay số nào để tìm. Hãy gõ một từ, ví dụ:`,
  truncated: `Từ khóa dài hơn ${MAX_QUERY_LENGTH} ký tự nên chỉ phần đầu được dùng để tìm.`,
  noResultsHelp: 'Hãy thử bỏ bớt từ, kiểm tra chính tả hoặc viết đầy đủ chữ viết tắt. Hoặc thử:',
  loading: 'Đang tìm…',
  failed: 'Chưa tải được bộ tìm kiếm, có thể do mất kết nối mạng. Hãy thử lại sau.',
  directHit: 'Đúng số hiệu',
  glossaryHit: 'Chữ viết tắt',
  seeAll: (count: number) => `Xem tất cả ${count} kết quả`,
  more: 'Hiện thêm kết quả',
} as const;
