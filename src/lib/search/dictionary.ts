/**
 * The search dictionary: what the browser needs, beyond Pagefind's index, to rewrite a
 * query — the glossary's terms and aliases, and the documents' symbols. Built from the
 * content at build time and served as JSON (`/tim-kiem/tu-dien.json`), so that nothing
 * is written twice by hand.
 */
import type { DocumentSymbol } from './symbols.ts';
import type { GlossaryTerm } from './synonyms.ts';

/** The URL the dictionary is served at. */
export const DICTIONARY_PATH = '/tim-kiem/tu-dien.json';

/** The search dictionary. */
export interface SearchDictionary {
  glossary: GlossaryTerm[];
  documents: DocumentSymbol[];
}

/** A glossary entry as the content collection holds it. */
export interface GlossarySource {
  id: string;
  href: string;
  term: string;
  expansion?: string | undefined;
  aliases: readonly string[];
}

/** A document as the content collection holds it. */
export interface DocumentSource {
  symbol?: string | undefined;
  kind: string;
  title: string;
  href: string;
}

/** Builds the dictionary; documents without a verified symbol are left out. */
export function buildSearchDictionary(
  glossary: readonly GlossarySource[],
  documents: readonly DocumentSource[],
): SearchDictionary {
  return {
    glossary: glossary.map(({ id, href, term, expansion, aliases }) => ({
      id,
      href,
      term,
      ...(expansion ? { expansion } : {}),
      aliases: [...aliases],
    })),
    documents: documents.flatMap(({ symbol, kind, title, href }) =>
      symbol ? [{ symbol, kind, title, href }] : [],
    ),
  };
}

/** Whether a parsed JSON value has the dictionary's shape (it comes over the network). */
export function isSearchDictionary(value: unknown): value is SearchDictionary {
  if (typeof value !== 'object' || value === null) return false;
  const { glossary, documents } = value as Record<string, unknown>;
  return (
    Array.isArray(glossary) &&
    Array.isArray(documents) &&
    glossary.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as GlossaryTerm).href === 'string' &&
        typeof (entry as GlossaryTerm).term === 'string' &&
        Array.isArray((entry as GlossaryTerm).aliases),
    ) &&
    documents.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as DocumentSymbol).symbol === 'string' &&
        typeof (entry as DocumentSymbol).href === 'string',
    )
  );
}
