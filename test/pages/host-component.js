// Components of the host page (not of fav-widgets) that put fav-* tags in their own shadow root,
// as a design system's card or a framework's component would. Plain script: loads as classic or module.
(() => {
  const API = 'http://127.0.0.1:8787';
  const SECTION = '<fav-provider mock><fav-booking service-id="svc_consult"></fav-booking></fav-provider>';
  const NETWORK_SECTION = `<fav-provider api-base="${API}" company-id="demo" token-storage="memory"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`;

  /** An open shadow root with a provider and a booking; `later` fills it 300 ms after it connects. */
  class HostComponent extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({mode: 'open'});
      root.innerHTML = '<h2>Book a consultation</h2><div class="slot"></div>';
      const fill = () => {
        root.querySelector('.slot').innerHTML = SECTION;
      };
      if (this.hasAttribute('later')) setTimeout(fill, 300);
      else fill();
    }
  }

  /**
   * A closed shadow root: nothing outside can see into it, so the component announces its content to
   * the fav-widgets script itself (as docs/guides/dynamic-pages.md shows), unless it has `no-discover`.
   */
  class ClosedHostComponent extends HTMLElement {
    #root;
    connectedCallback() {
      if (this.#root) return;
      this.#root = this.attachShadow({mode: 'closed'});
      this.#root.innerHTML = NETWORK_SECTION;
      if (this.hasAttribute('no-discover')) return;
      // fav-widgets.js is a module: it runs once the page is parsed, so this may come first.
      if (window.FavWidgets) window.FavWidgets.discover(this.#root);
      else document.addEventListener('DOMContentLoaded', () => window.FavWidgets?.discover(this.#root), {once: true});
    }
  }

  customElements.define('host-component', HostComponent);
  customElements.define('closed-host-component', ClosedHostComponent);
})();
