/** The small search dictionary the unit tests share (fixtures/dictionary.json). */
import { readFileSync } from 'node:fs';
import { isSearchDictionary, type SearchDictionary } from '../../../src/lib/search/dictionary.ts';

const parsed: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/dictionary.json', import.meta.url), 'utf8'),
);
if (!isSearchDictionary(parsed))
  throw new Error('tests/unit/search/fixtures/dictionary.json is not a dictionary');

/** The fixture dictionary. */
export const dictionary: SearchDictionary = parsed;
