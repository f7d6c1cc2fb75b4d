// Every element from the built script tag on a page with a strict Content-Security-Policy (no
// inline script or style, connections only to the API origin): each one renders its first content,
// and the page records no violation.
import {expect, waitUntil} from '@open-wc/testing';
import {FIRST_CONTENT} from '../support/widget-samples.mjs';

const API = 'http://127.0.0.1:8787';

describe('built bundle under a strict Content-Security-Policy', () => {
  it('renders every widget with no CSP violation and sanitizes hostile content', async () => {
    await fetch(`${API}/__control/reset`, {method: 'POST'});
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.src = '/test/pages/strict-csp.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & {__cspViolations: unknown[]; __favXss?: unknown};
      for (const [tag, selector] of Object.entries(FIRST_CONTENT)) {
        await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector(selector), `${tag} shows ${selector}`, {timeout: 15000});
      }
      // The API was reached from the page's origin through CORS, for every element (a first content
      // such as the offers' heading may show before its list is asked for).
      const expected = ['getLoginChannel', 'getService', 'listEvents', 'listProducts', 'listGiftOffers', 'getSurvey', 'getMenu', 'getPage', 'listPosts', 'getPost'];
      let missing: string[] = expected;
      await waitUntil(
        async () => {
          const received = (await (await fetch(`${API}/__control/requests`)).json()) as {operation: string}[];
          const operations = new Set(received.map((r) => r.operation));
          missing = expected.filter((operation) => !operations.has(operation));
          return missing.length === 0;
        },
        'every element reached the API',
        {timeout: 10000},
      ).catch(() => expect(missing, 'operations the server never received').to.deep.equal([]));
      // No error banner anywhere.
      for (const tag of Object.keys(FIRST_CONTENT)) {
        const danger = doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="banner-danger"]');
        expect(danger, `${tag} shows an error`).to.equal(null);
      }
      expect(win.__favXss, 'hostile content ran').to.equal(undefined);
      expect(JSON.stringify(win.__cspViolations)).to.equal('[]');
    } finally {
      frame.remove();
    }
  });
});
