/**
 * The site's own inline scripts (`<script is:inline>`), as text: the components render
 * exactly these strings, and the Content-Security-Policy allows exactly their hashes
 * (src/integrations/own-code.ts). An inline script is trusted because the site's source
 * defines it here, never because a page happens to carry it.
 */
import { READING_SCALE_KEY, READING_SCALES } from '../reading-size.ts';

/**
 * Applies the reader's saved theme and text size before first paint: no flash, no jump.
 * Storage may be unavailable (private browsing): the defaults then apply.
 */
export const READING_PREFERENCES_SCRIPT = `try {
  const root = document.documentElement;
  const theme = localStorage.getItem('theme');
  const scale = Number(localStorage.getItem(${JSON.stringify(READING_SCALE_KEY)}));
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (scale !== 1 && ${JSON.stringify(READING_SCALES)}.includes(scale)) root.style.setProperty('--reading-scale', scale);
} catch {}`;

/**
 * On /tim-kiem/ with a search in the address (a shared link, a reload): the results take a
 * moment to come, so from the first paint their section keeps a screen's height, the
 * filters' heading is in place and the empty page's invitation is not shown.
 */
export const SEARCH_FIRST_PAINT_SCRIPT = `if (new URLSearchParams(location.search).get('q')?.trim()) {
  const page = document.currentScript.previousElementSibling;
  page.dataset.query = '';
  page.querySelector('[data-filters]').hidden = false;
  page.querySelector('[role="status"]').textContent = '';
  page.querySelector('[data-help]').replaceChildren();
}`;

/** Every inline script the site's components render. */
export const SITE_INLINE_SCRIPTS: readonly string[] = [READING_PREFERENCES_SCRIPT, SEARCH_FIRST_PAINT_SCRIPT];
