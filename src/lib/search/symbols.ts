/**
 * Document symbols in any spelling readers use: `01-KL/TW`, `01 KL TW`, `01kltw`,
 * `kl 01`, `kết luận 01` or just `01` all name Kết luận 01-KL/TW, which is then shown
 * first, as a direct hit, above the ordinary results.
 */
import { foldWord } from './query.ts';

/** A document with a symbol, as search needs it. */
export interface DocumentSymbol {
  /** The number and letters, as the document writes them (`217-QĐ/TW`). */
  symbol: string;
  /** The kind of document (`Quyết định`). */
  kind: string;
  /** The document's official title. */
  title: string;
  /** The document's page. */
  href: string;
}

/** The parts of a symbol: its number and its letter codes, folded (`217-QĐ/TW` → 217, qd, tw). */
export interface SymbolParts {
  number: number;
  codes: string[];
}

/** Words a reader may add around a symbol: "số", "văn bản", "ký hiệu". */
const FILLER_WORDS = new Set(['so', 'van', 'ban', 'ky', 'hieu']);

/** Splits words into runs of digits and runs of letters, folded (`01KL` → `01`, `kl`). */
function symbolTokens(words: readonly string[]): string[] {
  return words.flatMap((word) => foldWord(word).match(/\p{N}+|\p{L}+/gu) ?? []);
}

/** The number and codes of a symbol, or undefined when it has no number. */
export function parseSymbol(symbol: string): SymbolParts | undefined {
  const tokens = symbolTokens(symbol.split(/[^\p{L}\p{N}]+/u));
  const number = tokens.find((token) => /^\d+$/.test(token));
  if (number === undefined) return undefined;
  return { number: Number(number), codes: tokens.filter((token) => !/^\d+$/.test(token)) };
}

/** Whether `token` is made of the given codes written together (`kltw` from `kl` and `tw`). */
function isJoinedCodes(token: string, codes: readonly string[]): boolean {
  if (token === '') return true;
  return codes.some((code) => token.startsWith(code) && isJoinedCodes(token.slice(code.length), codes));
}

/**
 * The documents a query names by symbol. The query must hold exactly one number, equal
 * to the symbol's (`1` and `01` alike), and nothing else but the symbol's letter codes,
 * the words of the document's kind and a few filler words; anything more is an ordinary
 * search.
 */
export function documentHits(
  words: readonly string[],
  documents: readonly DocumentSymbol[],
): DocumentSymbol[] {
  const tokens = symbolTokens(words);
  const numbers = tokens.filter((token) => /^\d+$/.test(token));
  if (numbers.length !== 1) return [];
  const wanted = Number(numbers[0]);
  const others = tokens.filter((token) => !/^\d+$/.test(token));
  return documents.filter((document) => {
    const parts = parseSymbol(document.symbol);
    if (parts?.number !== wanted) return false;
    const kindWords = new Set(symbolTokens(document.kind.split(/\s+/u)));
    return others.every(
      (token) => FILLER_WORDS.has(token) || kindWords.has(token) || isJoinedCodes(token, parts.codes),
    );
  });
}
