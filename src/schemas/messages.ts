/**
 * Vietnamese wording of schema errors. Fields carry their own messages where they can;
 * this error map covers the generic cases (missing field, wrong type, unknown key…).
 */
import type { z } from 'astro/zod';
import { closest } from '../lib/format/closest.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (mỗi dòng bắt đầu bằng "- ")',
  object: 'nhóm trường',
  date: 'ngày',
  undefined: 'không có gì',
  null: 'để trống',
};

/** How a value an editor wrote is shown back to them in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có (trường bị thiếu)';
  if (value === null) return 'giá trị rỗng';
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  if (value instanceof Date) return `ngày ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  if (typeof value === 'object') return 'một nhóm trường';
  return `${String(value)} (${TYPE_NAMES[typeof value] ?? typeof value})`;
}

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/** The Vietnamese message of a zod issue that carries no message of its own. */
export const vietnameseErrorMap = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu trường bắt buộc này.';
      return `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhưng gặp ${describeValue(issue.input)}. Hãy sửa giá trị cho đúng loại.`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      const hint = guess ? ` Có phải ý bạn là "${guess}"?` : ' Hãy chép đúng một giá trị trong danh sách.';
      return `cần một trong các giá trị ${values.map((v) => `"${v}"`).join(', ')}, nhưng gặp ${describeValue(issue.input)}.${hint}`;
    }
    case 'unrecognized_keys':
      return `có trường không được biết đến: ${issue.keys.map((k) => `"${k}"`).join(', ')}. Kiểm tra lỗi chính tả tên trường, hoặc xoá trường đó.`;
    case 'too_small':
      if (issue.origin === 'array')
        return `cần ít nhất ${String(issue.minimum)} mục, nhưng danh sách có ${Array.isArray(issue.input) ? issue.input.length : 0}. Hãy thêm mục, mỗi mục một dòng bắt đầu bằng "- ".`;
      if (issue.origin === 'string')
        return 'không được để trống. Hãy điền, hoặc xoá cả dòng nếu trường không bắt buộc.';
      return `cần giá trị từ ${String(issue.minimum)} trở lên, nhưng gặp ${describeValue(issue.input)}. Hãy sửa giá trị.`;
    case 'too_big':
      if (issue.origin === 'array')
        return `chỉ được tối đa ${String(issue.maximum)} mục, nhưng có ${describeValue(issue.input)}.`;
      if (issue.origin === 'string') return `dài quá ${String(issue.maximum)} ký tự. Hãy viết ngắn lại.`;
      return `cần giá trị không quá ${String(issue.maximum)}, nhưng gặp ${describeValue(issue.input)}. Hãy sửa giá trị.`;
    case 'invalid_format':
      return `không đúng định dạng ${issue.format}: ${describeValue(issue.input)}. Hãy sửa giá trị.`;
    case 'invalid_union':
      return `không khớp dạng nào được chấp nhận; gặp ${describeValue(issue.input)}. Hãy sửa giá trị (xem bảng trường trong docs/cac-truong.md).`;
    default:
      return issue.message ?? `giá trị không hợp lệ: ${describeValue(issue.input)}.`;
  }
};
