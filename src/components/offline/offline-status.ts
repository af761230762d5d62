/** The <offline-status> element of OfflineStatus.astro: says what still works without a network. */
class OfflineStatus extends HTMLElement {
  connectedCallback() {
    const notice = this.querySelector('p');
    if (!notice) return;
    const render = () => {
      const saved = Boolean(navigator.serviceWorker?.controller);
      notice.textContent = navigator.onLine ? '' : (this.dataset[saved ? 'saved' : 'unsaved'] ?? '');
    };
    addEventListener('online', render);
    addEventListener('offline', render);
    render();
  }
}
customElements.define('offline-status', OfflineStatus);
