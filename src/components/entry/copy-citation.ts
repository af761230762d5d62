/**
 * The <copy-citation> element of CitationLine.astro: copies the line to the clipboard; where
 * the clipboard is refused (plain http, a policy), selects the line for the reader to copy.
 */
class CopyCitation extends HTMLElement {
  connectedCallback() {
    const line = this.querySelector('.citation-line');
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!line || !button || !status) return;
    button.addEventListener('click', async () => {
      const text = (line.textContent ?? '').replace(/\s+/g, ' ').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = 'Đã chép trích dẫn.';
      } catch {
        getSelection()?.selectAllChildren(line);
        status.textContent = 'Đã bôi đen trích dẫn: hãy chép (Ctrl+C).';
      }
    });
  }
}
customElements.define('copy-citation', CopyCitation);
