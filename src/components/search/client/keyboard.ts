/**
 * Arrow keys through a list of results: Down from the search box goes to the first
 * link, Up and Down move between links, Up from the first link goes back to the box.
 */

/** Moves focus for an arrow key; returns whether the key was used. */
export function moveWithArrows(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (links.length === 0) return false;
  const current = document.activeElement;
  if (current === input) {
    if (event.key !== 'ArrowDown') return false;
    links[0]!.focus();
    return true;
  }
  const index = links.indexOf(current as HTMLAnchorElement);
  if (index < 0) return false;
  if (event.key === 'ArrowDown') links[index + 1]?.focus();
  else if (index === 0) input.focus();
  else links[index - 1]!.focus();
  return true;
}
