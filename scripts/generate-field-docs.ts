/**
 * Rewrites the field tables of the editors' guide (docs/cac-truong.md) from the
 * schemas' `.describe()` texts: `npm run docs:fields`. Run it after changing a schema;
 * a unit test fails while the committed tables are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { markedCollections, updateFieldTables } from '../src/lib/editor/field-docs.ts';

const GUIDE = 'docs/cac-truong.md';

const before = readFileSync(GUIDE, 'utf8');
const after = await updateFieldTables(before, GUIDE);
if (after === before) {
  console.log(`${GUIDE}: các bảng trường đã khớp với lược đồ, không có gì thay đổi.`);
} else {
  writeFileSync(GUIDE, after);
  console.log(`${GUIDE}: đã viết lại bảng trường của ${markedCollections(after).join(', ')}.`);
}
