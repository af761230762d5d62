/** The <theme-toggle> element of ThemeToggle.astro: switches and remembers light or dark. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const isDark = () =>
      root.dataset['theme'] === 'dark' ||
      (root.dataset['theme'] !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    const render = () => button.setAttribute('aria-pressed', String(isDark()));
    render();
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      root.dataset['theme'] = theme;
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
      render();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
  }
}
customElements.define('theme-toggle', ThemeToggle);
