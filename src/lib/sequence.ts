/** Moving through an ordered list of entries: the themes of a plan, one after another. */

/** The items before and after the one `isCurrent` picks; both undefined when it is not in the list. */
export function adjacent<T>(
  items: readonly T[],
  isCurrent: (item: T) => boolean,
): { previous?: T | undefined; next?: T | undefined } {
  const index = items.findIndex(isCurrent);
  if (index === -1) return {};
  return { previous: items[index - 1], next: items[index + 1] };
}
