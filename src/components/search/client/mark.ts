/** How matched words are marked, in results and on the opened page: readable in light and dark. */
export const MARK_CLASS = 'rounded-sm bg-[light-dark(#fde68a,#713f12)] px-px text-ink print:bg-transparent';
