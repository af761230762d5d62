/** The <print-button> element of PrintButton.astro. */

/**
 * Prints the page, in the print mode the element names; first fetches the print
 * stylesheet the mode needs (`data-stylesheet`), if any.
 */
class PrintButton extends HTMLElement {
  connectedCallback() {
    const { mode, stylesheet } = this.dataset;
    const root = document.documentElement;
    const print = () => {
      if (mode && mode !== 'handout') {
        root.dataset['print'] = mode;
        addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
      }
      window.print();
    };
    this.querySelector('button')?.addEventListener('click', () => {
      if (!stylesheet) return print();
      // Its rules apply in print only (@media print); pressed again, the browser's cache serves it.
      const link = document.head.appendChild(document.createElement('link'));
      link.onload = link.onerror = print;
      link.rel = 'stylesheet';
      link.href = stylesheet;
    });
  }
}
customElements.define('print-button', PrintButton);
