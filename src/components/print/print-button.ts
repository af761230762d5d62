/** The <print-button> element of PrintButton.astro. */
/** Prints the page, in the print mode the element names. */
class PrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    button.addEventListener('click', () => {
      const mode = this.dataset['mode'];
      if (mode && mode !== 'handout') {
        root.dataset['print'] = mode;
        addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
      }
      window.print();
    });
  }
}
customElements.define('print-button', PrintButton);
