/**
 * `npm run content:report`: per entry, the words of own text (Vietnamese syllables: body
 * without plan quotes, tags, link targets and footnote definitions), the sources it
 * cites and its status now — the table of issue 16's closing note, printed as Markdown.
 * Reads `content/` (or `CONTENT_DIR`); reports, asserts nothing.
 */
import { formatReportTable, reportRows } from '../src/lib/content-check/report.ts';
import { loadContent } from '../src/lib/content-check/load.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const { entries } = loadContent([contentRoot()]);
console.log(formatReportTable(reportRows(entries)));
