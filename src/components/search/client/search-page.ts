/**
 * The search page, `/tim-kiem/?q=…`: results as you type, filters with counts, and the
 * whole search kept in the URL so that it survives a reload and can be shared. The
 * address is replaced, not added to the history, so Back leaves the page rather than
 * stepping through every letter typed.
 */
import type { FilteredOutcome, SearchOutcome } from '../../../lib/search/engine.ts';
import {
  FACETS,
  hasFilters,
  orderFacetValues,
  type FacetKey,
  type SelectedFilters,
} from '../../../lib/search/facets.ts';
import { kindLabel, resultCountText, SEARCH_MESSAGES } from '../../../lib/search/messages.ts';
import {
  readSearchState,
  searchStateToQueryString,
  type SearchState,
} from '../../../lib/search/url-state.ts';
import { moveWithArrows } from './keyboard.ts';
import { loadSearch } from './load-search.ts';
import { directHitItem, element, exampleLinks, resultItem } from './render.ts';

/** Results shown at once; "Hiện thêm kết quả" shows the next ones. */
const PAGE_SIZE = 10;

/** Pause after a keystroke before searching, so fast typing searches once. */
const TYPING_PAUSE_MS = 40;

class SearchPage extends HTMLElement {
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #outcome: SearchOutcome | undefined;
  #filtered: Pick<FilteredOutcome, 'results' | 'directHits'> | undefined;
  #shown = 0;
  #selected: SelectedFilters = {};
  /** The search whose filters are shown (undefined: not counted yet, the panel being folded). */
  #countsFor: number | undefined;

  get #form() {
    return this.querySelector('form')!;
  }
  get #input() {
    return this.querySelector<HTMLInputElement>('input[name="q"]')!;
  }
  get #status() {
    return this.querySelector<HTMLElement>('[role="status"]')!;
  }
  get #help() {
    return this.querySelector<HTMLElement>('[data-help]')!;
  }
  get #list() {
    return this.querySelector<HTMLOListElement>('#ket-qua-tim-kiem')!;
  }
  get #filters() {
    return this.querySelector<HTMLDetailsElement>('[data-filters]')!;
  }
  get #more() {
    return this.querySelector<HTMLButtonElement>('[data-more]')!;
  }

  connectedCallback() {
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(true), TYPING_PAUSE_MS);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#run(true);
    });
    this.#filters.addEventListener('change', () => void this.#refilter());
    this.#filters.addEventListener('toggle', () => {
      if (this.#filters.open && this.#outcome?.plan.searchable && this.#countsFor !== this.#sequence)
        void this.#countFilters(this.#sequence);
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.addEventListener('keydown', (event) => {
      if (moveWithArrows(event, this.#input, this.#list)) event.preventDefault();
      else if (event.key === 'Escape' && this.#list.contains(document.activeElement)) this.#input.focus();
    });
    // Filters start open beside the results on wide screens, folded above them on phones.
    this.#filters.open = matchMedia('(min-width: 48rem)').matches;
    this.#restore();
  }

  /** Puts the URL's search into the form and runs it. */
  #restore() {
    const state = readSearchState(new URLSearchParams(location.search));
    this.#input.value = state.query;
    this.#selected = state.filters;
    void this.#run(false);
  }

  #readFilters(): SelectedFilters {
    const selected: Partial<Record<FacetKey, string[]>> = {};
    for (const { key, param } of FACETS) {
      const values = [
        ...this.#filters.querySelectorAll<HTMLInputElement>(`input[name="${param}"]:checked`),
      ].map((box) => box.value);
      if (values.length > 0) selected[key] = values;
    }
    return selected;
  }

  #state(): SearchState {
    return { query: this.#input.value, filters: this.#selected };
  }

  #writeUrl() {
    history.replaceState(null, '', `${location.pathname}${searchStateToQueryString(this.#state())}`);
  }

  #showHelp(message: string, examples: boolean) {
    this.#status.textContent = message;
    this.#help.replaceChildren(...(examples ? [exampleLinks()] : []));
    this.#list.replaceChildren();
    this.#filters.hidden = true;
    this.#more.hidden = true;
  }

  async #run(writeUrl: boolean) {
    const id = ++this.#sequence;
    if (writeUrl) this.#writeUrl();
    const raw = this.#input.value;
    if (!raw.trim()) {
      this.#outcome = undefined;
      this.#showHelp(SEARCH_MESSAGES.prompt, true);
      return;
    }
    try {
      const engine = await loadSearch('page');
      const outcome = await engine.search(raw);
      if (id !== this.#sequence) return;
      this.#outcome = outcome;
      if (!outcome.plan.searchable) {
        this.#showHelp(SEARCH_MESSAGES.nothingToSearch(outcome.plan.query), true);
        return;
      }
      await this.#applyFilters(id);
    } catch {
      if (id === this.#sequence) this.#showHelp(SEARCH_MESSAGES.failed, false);
    }
  }

  async #refilter() {
    this.#selected = this.#readFilters();
    this.#writeUrl();
    const id = ++this.#sequence;
    if (this.#outcome?.plan.searchable) await this.#applyFilters(id);
  }

  async #applyFilters(id: number) {
    const outcome = this.#outcome!;
    // With no filter chosen, the results need not wait for the filters' counts (the index
    // is read once more for them): the reader sees the results first, the counts after —
    // and on a phone, where the filters are folded, only once the reader unfolds them.
    const unfiltered = !hasFilters(this.#selected);
    if (unfiltered) {
      await this.#showResults(id, { results: outcome.results, directHits: outcome.plan.directHits });
      if (id !== this.#sequence) return;
      this.#filters.hidden = outcome.results.length === 0;
      if (!this.#filters.open) {
        this.#countsFor = undefined;
        return;
      }
    }
    await this.#countFilters(id);
    if (!unfiltered && id === this.#sequence) await this.#showResults(id, this.#filtered!);
  }

  /** Reads the filters' values for the current results and shows them with their counts. */
  async #countFilters(id: number) {
    const engine = await loadSearch('page');
    const filtered = await engine.filter(this.#outcome!, this.#selected);
    if (id !== this.#sequence) return;
    this.#countsFor = id;
    this.#renderFilters(filtered);
    if (hasFilters(this.#selected)) this.#filtered = filtered;
  }

  /** Shows the count, the direct hits and the first page of `shown`. */
  async #showResults(id: number, shown: Pick<FilteredOutcome, 'results' | 'directHits'>) {
    const outcome = this.#outcome!;
    this.#filtered = shown;
    const count = Math.max(shown.results.length, shown.directHits.length);
    const notes = [resultCountText(count, outcome.plan.query)];
    if (shown.results.length < outcome.results.length) {
      notes.push(`Đang lọc: ${outcome.results.length} kết quả trước khi lọc.`);
    }
    if (outcome.plan.truncated) notes.push(SEARCH_MESSAGES.truncated);
    this.#status.textContent = notes.join(' ');
    this.#help.replaceChildren(
      ...(count === 0 ? [element('p', 'mt-2', SEARCH_MESSAGES.noResultsHelp), exampleLinks()] : []),
    );
    const style = { query: outcome.plan.query, compact: false };
    this.#list.replaceChildren(...shown.directHits.map((hit) => directHitItem(hit, style)));
    this.#shown = 0;
    if (id === this.#sequence) await this.#showMore(false);
  }

  /** Appends the next page of results; moves focus to the first new one when asked. */
  async #showMore(focus: boolean) {
    const filtered = this.#filtered;
    const outcome = this.#outcome;
    if (!filtered || !outcome) return;
    const id = this.#sequence;
    const hits = new Set(filtered.directHits.map((hit) => hit.href));
    const next = filtered.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map(({ result }) => result.data()));
    if (id !== this.#sequence) return;
    this.#shown += next.length;
    const style = { query: outcome.plan.query, compact: false };
    const items = fragments.filter((fragment) => !hits.has(fragment.url)).map((f) => resultItem(f, style));
    this.#list.append(...items);
    this.#more.hidden = this.#shown >= filtered.results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #renderFilters({ counts }: FilteredOutcome) {
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && this.#filters.contains(active) ? active : undefined;
    const groups = FACETS.flatMap(({ key, param, label }) => {
      const selected = this.#selected[key] ?? [];
      const values = orderFacetValues(key, new Set([...counts[key].keys(), ...selected]));
      if (values.length === 0) return [];
      const group = element('fieldset', 'mt-4 first:mt-0');
      group.append(element('legend', 'font-semibold', label));
      for (const value of values) {
        const row = element('label', 'mt-1 flex min-h-6 items-start gap-2');
        const box = element('input', 'mt-1.5');
        box.type = 'checkbox';
        box.name = param;
        box.value = value;
        box.checked = selected.includes(value);
        row.append(box, element('span', '', key === 'type' ? kindLabel(value) : value));
        row.append(element('span', 'text-muted', `(${counts[key].get(value) ?? 0})`));
        group.append(row);
      }
      return [group];
    });
    const container = this.#filters.querySelector('[data-filter-groups]')!;
    container.replaceChildren(...groups);
    this.#filters.hidden = groups.length === 0;
    // Rebuilding the boxes must not lose the keyboard user's place.
    if (focused) {
      const selector = `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`;
      container.querySelector<HTMLInputElement>(selector)?.focus();
    }
  }
}

customElements.define('search-page', SearchPage);
