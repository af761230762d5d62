/**
 * Turns what a reader typed into what is searched: the normalised query, the Pagefind
 * queries it expands to (question words dropped, đ twins, glossary synonyms) and the direct
 * hits it names.
 */
import { dVariants } from './d-variants.ts';
import type { SearchDictionary } from './dictionary.ts';
import { withoutQuestionWords } from './question-words.ts';
import { hasSearchableText, isTooLong, normalizeQuery, queryWords } from './query.ts';
import { documentHits, type DocumentSymbol } from './symbols.ts';
import { glossaryHits, synonymVariants, type GlossaryTerm } from './synonyms.ts';

/** Most Pagefind queries one reader's query expands to. */
export const MAX_VARIANTS = 24;

/** How much a result found only through a synonym counts, against the words as typed. */
export const SYNONYM_WEIGHT = 0.6;

/** One query to run on Pagefind, and how much its results count. */
export interface QueryVariant {
  text: string;
  weight: number;
}

/** A page the query names outright: a document by its symbol, or a glossary abbreviation. */
export type DirectHit =
  | { kind: 'document'; href: string; document: DocumentSymbol }
  | { kind: 'glossary'; href: string; term: GlossaryTerm };

/** Everything the search of one query needs. */
export interface QueryPlan {
  /** The query as searched (NFC, cleaned, capped). */
  query: string;
  /** Whether the query was cut to the maximum length. */
  truncated: boolean;
  /** Whether there is anything to search: at least one letter or digit. */
  searchable: boolean;
  variants: QueryVariant[];
  directHits: DirectHit[];
}

/** Plans the search of one query. */
export function planQuery(raw: string, dictionary: SearchDictionary): QueryPlan {
  const query = normalizeQuery(raw);
  const truncated = isTooLong(raw);
  const typed = queryWords(query);
  if (!hasSearchableText(query) || typed.length === 0) {
    return { query, truncated, searchable: false, variants: [], directHits: [] };
  }
  const words = withoutQuestionWords(typed);
  // Keyed by the words alone: Pagefind ignores case and punctuation, so `01-KL/TW` and
  // `01 kl tw` are one search.
  const variants = new Map<string, QueryVariant>([
    [words.join(' '), { text: words.length === typed.length ? query : words.join(' '), weight: 1 }],
  ]);
  const add = (wordLists: string[][], weight: number): void => {
    for (const list of wordLists) {
      const key = list.join(' ');
      if (variants.size < MAX_VARIANTS && !variants.has(key)) variants.set(key, { text: key, weight });
    }
  };
  add(dVariants(words), 1);
  const documents = documentHits(words, dictionary.documents);
  // A symbol's letters are codes (`QĐ`, `TW`): spelled out, they would only find noise.
  if (documents.length === 0) {
    for (const synonym of synonymVariants(words, dictionary.glossary))
      add(dVariants(synonym), SYNONYM_WEIGHT);
  }
  const directHits: DirectHit[] = [
    ...documents.map((document): DirectHit => ({
      kind: 'document',
      href: document.href,
      document,
    })),
    ...glossaryHits(words, dictionary.glossary).map((term): DirectHit => ({
      kind: 'glossary',
      href: term.href,
      term,
    })),
  ];
  return {
    query,
    truncated,
    searchable: true,
    variants: [...variants.values()],
    directHits,
  };
}
