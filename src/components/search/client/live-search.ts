/**
 * Results as you type under the header search box: the direct hit and the first
 * results, with a link to all of them on the search page. Loaded when the reader first
 * focuses the box. Without JavaScript, or on Enter, the box's form opens the search page.
 */
import { resultCountText, SEARCH_MESSAGES } from '../../../lib/search/messages.ts';
import { searchStateToQueryString } from '../../../lib/search/url-state.ts';
import { moveWithArrows } from './keyboard.ts';
import { loadSearch } from './load-search.ts';
import { directHitItem, element, exampleLinks, resultItem } from './render.ts';

/** Results shown under the box; the rest are on the search page. */
const SHOWN = 5;

/** Characters typed before results appear under the box. */
const MIN_CHARACTERS = 2;

/** Pause after a keystroke before searching, so fast typing searches once. */
const TYPING_PAUSE_MS = 40;

/** Adds results-as-you-type to a header search box. */
export function attachLiveSearch(host: HTMLElement, input: HTMLInputElement): void {
  const form = input.form;
  if (!form || host.dataset['live'] !== undefined) return;
  host.dataset['live'] = '';

  const panel = element(
    'div',
    'absolute inset-x-0 top-full z-40 mt-1 max-h-[75vh] overflow-y-auto rounded-md border border-line bg-surface p-3 text-left raised',
  );
  panel.id = `${input.id}-goi-y`;
  panel.hidden = true;
  const status = element('p', 'text-sm text-muted');
  status.setAttribute('role', 'status');
  const help = element('div', 'text-sm');
  const list = element('ol', 'divide-y divide-line');
  const seeAll = element('a', 'mt-2 inline-block font-medium');
  seeAll.hidden = true;
  panel.append(status, help, list, seeAll);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  // Keep focus in the box while a result is clicked, so the panel is not closed before the click lands.
  panel.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) event.preventDefault();
  });

  // One letter matches nearly every page: results wait for the second.
  const longEnough = () => Array.from(input.value.trim()).length >= MIN_CHARACTERS;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    panel.hidden = true;
  };
  const showHelp = (message: string, examples: boolean) => {
    list.replaceChildren();
    seeAll.hidden = true;
    status.textContent = message;
    help.replaceChildren(...(examples ? [exampleLinks()] : []));
  };

  const update = async () => {
    const id = ++sequence;
    const raw = input.value;
    if (!longEnough()) {
      close();
      return;
    }
    panel.hidden = false;
    try {
      const engine = await loadSearch('box');
      const outcome = await engine.search(raw);
      if (id !== sequence) return;
      const { plan } = outcome;
      if (!plan.searchable) {
        showHelp(SEARCH_MESSAGES.nothingToSearch(plan.query), true);
        return;
      }
      const hits = new Set(plan.directHits.map((hit) => hit.href));
      const fragments = await Promise.all(
        outcome.results.slice(0, SHOWN + hits.size).map(({ result }) => result.data()),
      );
      if (id !== sequence) return;
      const style = { query: plan.query, compact: true };
      const items = [
        ...plan.directHits.map((hit) => directHitItem(hit, style)),
        ...fragments
          .filter((fragment) => !hits.has(fragment.url))
          .slice(0, SHOWN)
          .map((fragment) => resultItem(fragment, style)),
      ];
      const count = Math.max(outcome.results.length, plan.directHits.length);
      status.textContent = [
        resultCountText(count, plan.query),
        plan.truncated ? SEARCH_MESSAGES.truncated : '',
      ]
        .filter(Boolean)
        .join(' ');
      const visibleLinks = () => [...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
      const focused = visibleLinks().indexOf(document.activeElement as HTMLAnchorElement);
      list.replaceChildren(...items);
      seeAll.href = `/tim-kiem/${searchStateToQueryString({ query: plan.query, filters: {} })}`;
      seeAll.textContent = SEARCH_MESSAGES.seeAll(count);
      seeAll.hidden = count <= items.length;
      help.replaceChildren(
        ...(count === 0 ? [element('p', 'mt-1', SEARCH_MESSAGES.noResultsHelp), exampleLinks()] : []),
      );
      // A reader who already moved into older results keeps their place in the new ones.
      if (focused >= 0) (visibleLinks()[focused] ?? input).focus();
    } catch {
      if (id === sequence) showHelp(SEARCH_MESSAGES.failed, false);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
  });
  // Coming back to the box from elsewhere shows the last results again; Escape from a
  // result, which also returns focus here, must leave them closed.
  input.addEventListener('focus', (event) => {
    const from = event.relatedTarget;
    const returning = from instanceof Node && host.contains(from);
    if (!returning && longEnough() && list.childElementCount + help.childElementCount > 0) {
      panel.hidden = false;
    }
  });
  host.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !host.contains(event.relatedTarget)) close();
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      // Closing comes first; a second Escape lets the browser clear the box as usual.
      event.preventDefault();
      close();
      input.focus();
    } else if (!panel.hidden && moveWithArrows(event, input, panel)) {
      event.preventDefault();
    }
  });
  void loadSearch('box').catch(() => undefined);
  if (longEnough()) void update();
}
