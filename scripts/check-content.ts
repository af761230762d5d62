/**
 * Checks every content file (schemas, references, paragraph ids, quotes, slugs) and
 * prints one Vietnamese line per problem. `npm run check:content`; the build runs the
 * same check through src/integrations/content-check.ts.
 */
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatReport } from '../src/lib/content-check/problem.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const problems = checkContent([contentRoot()]);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi.');
