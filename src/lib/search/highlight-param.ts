/**
 * The query parameter a result link carries the searched words in (Pagefind's own name
 * for it). A module of its own so that every page's small search script can read it
 * without pulling in the highlighting code.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
