/** The <reading-size> element of ReadingSize.astro: steps the text size and remembers it. */
import {
  formatReadingScale,
  parseReadingScale,
  READING_SCALE_KEY,
  stepReadingScale,
} from '../../lib/reading-size.ts';

function savedScale(): number {
  try {
    return parseReadingScale(localStorage.getItem(READING_SCALE_KEY));
  } catch {
    return 1;
  }
}

class ReadingSize extends HTMLElement {
  connectedCallback() {
    const size = this.querySelector<HTMLElement>('[data-size]');
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-step]')];
    if (!size) return;
    const direction = (button: HTMLButtonElement) => (button.dataset['step'] === '-1' ? -1 : 1);
    let scale = savedScale();
    const render = () => {
      document.documentElement.style.setProperty('--reading-scale', String(scale));
      size.textContent = formatReadingScale(scale);
      // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
      for (const button of buttons) {
        button.setAttribute('aria-disabled', String(stepReadingScale(scale, direction(button)) === scale));
      }
    };
    render();
    // Live only from now on: the saved size shown on load is not news to announce.
    size.setAttribute('aria-live', 'polite');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const next = stepReadingScale(scale, direction(button));
        if (next === scale) return;
        scale = next;
        try {
          localStorage.setItem(READING_SCALE_KEY, String(scale));
        } catch {
          // Private browsing may refuse storage; the size then lasts for this page only.
        }
        render();
      });
    }
    // Another tab changed the size: follow it, so that all open pages agree.
    addEventListener('storage', (event) => {
      if (event.key !== READING_SCALE_KEY) return;
      scale = parseReadingScale(event.newValue);
      render();
    });
  }
}
customElements.define('reading-size', ReadingSize);
