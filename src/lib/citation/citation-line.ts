/**
 * Ready-to-copy citation lines (issue 17, "Cite it right"): a document as "title — số
 * hiệu …, ngày ban hành …, cơ quan ban hành …", and a plan paragraph with the plan's own
 * identity. A field the data marks unverified, or lacks, reads "chưa xác minh": the line
 * never states more than the handbook knows.
 */
import { formatDateVi } from '../format/date.ts';

/** What "chưa xác minh" replaces in a citation line. */
export const NOT_VERIFIED = 'chưa xác minh';

/** The fields of a document a citation line reads. */
export interface CitableDocument {
  title: string;
  symbol?: string | undefined;
  issued?: string | undefined;
  issuer: string;
  unverified: readonly string[];
}

/** `Kết luận … — số hiệu 01-KL/TW, ngày ban hành 18/5/2021, cơ quan ban hành: Bộ Chính trị.` */
export function documentCitationLine(document: CitableDocument): string {
  const known = (field: 'symbol' | 'issued') =>
    document.unverified.includes(field) ? undefined : document[field];
  const symbol = known('symbol') ?? NOT_VERIFIED;
  const issued = known('issued');
  const title = document.unverified.includes('title')
    ? `${document.title} (tên ${NOT_VERIFIED})`
    : document.title;
  return `${title} — số hiệu ${symbol}, ngày ban hành ${issued ? formatDateVi(issued) : NOT_VERIFIED}, cơ quan ban hành: ${document.issuer}.`;
}

/** How a document is named in a list of what to cite: "Kết luận 01-KL/TW", or its title when it has no number. */
export function documentShortName(document: {
  kind: string;
  symbol?: string | undefined;
  title: string;
}): string {
  return document.symbol ? `${document.kind} ${document.symbol}` : document.title;
}

/** The fields of a plan a citation line reads; the plans collection records no number or date. */
export interface CitablePlan {
  docType: string;
  title: string;
  issuer: string;
  symbol?: string | undefined;
  issued?: string | undefined;
}

/** `Kế hoạch Tuyên truyền … năm 2022 — số hiệu chưa xác minh, …[, đoạn III.2.1].` */
export function planCitationLine(plan: CitablePlan, paragraph?: string): string {
  const name = `${plan.docType.charAt(0)}${plan.docType.slice(1).toLocaleLowerCase('vi')} ${plan.title}`;
  const where = paragraph ? `, ${paragraph}` : '';
  return `${name} — số hiệu ${plan.symbol ?? NOT_VERIFIED}, ngày ban hành ${plan.issued ? formatDateVi(plan.issued) : NOT_VERIFIED}, cơ quan ban hành: ${plan.issuer}${where}.`;
}
