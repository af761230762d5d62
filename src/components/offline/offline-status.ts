/**
 * The <offline-status> element of OfflineStatus.astro: says what still works without a
 * network, and once, after the first visit saved the shell, that it did and its size.
 */
class OfflineStatus extends HTMLElement {
  connectedCallback() {
    const notice = this.querySelector('p');
    if (!notice) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const render = () => {
      clearTimeout(timer);
      const saved = Boolean(navigator.serviceWorker?.controller);
      notice.textContent = navigator.onLine ? '' : (this.dataset[saved ? 'saved' : 'unsaved'] ?? '');
    };
    addEventListener('online', render);
    addEventListener('offline', render);
    addEventListener('so-tay:saved', (event) => {
      if (!navigator.onLine) return;
      const megabytes = (event as CustomEvent<number>).detail / 1e6;
      const size = megabytes.toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
      notice.textContent = (this.dataset['ready'] ?? '').replace('{size}', size);
      // A notice, not a banner: it leaves after a while, or when the network changes.
      timer = setTimeout(render, 12_000);
    });
    render();
  }
}
customElements.define('offline-status', OfflineStatus);
