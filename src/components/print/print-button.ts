/** The <print-button> element of PrintButton.astro. */
/** Prints the page, in the print mode the element names. */
class PrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    button.addEventListener('click', () => {
      if (this.dataset['mode'] === 'full') {
        root.dataset['print'] = 'full';
        addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
      }
      window.print();
    });
  }
}
customElements.define('print-button', PrintButton);
