// A page with the built bundle and every element under one provider asks the API for each distinct
// thing once: the provider's client shares identical GETs in flight and caches public ones, so
// widgets that need the same data (the login channel, a CMS list) do not each fetch it.
import {expect, waitUntil} from '@open-wc/testing';
import {FIRST_CONTENT, SAMPLE_ATTRIBUTES} from '../support/widget-samples.mjs';

const API = 'http://127.0.0.1:8787';

interface ReceivedRequest {
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
}

async function received(): Promise<ReceivedRequest[]> {
  return (await (await fetch(`${API}/__control/requests`)).json()) as ReceivedRequest[];
}

/** Waits until the server has received nothing new for `quietMs`. */
async function settledRequests(quietMs = 600): Promise<ReceivedRequest[]> {
  let last = -1;
  let list: ReceivedRequest[] = [];
  for (let waited = 0; waited < 10_000; waited += quietMs) {
    list = await received();
    if (list.length === last) return list;
    last = list.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
  return list;
}

/** Each distinct GET (method, URL, tenant, credentials) with how many times the server received it. */
function countGets(list: ReceivedRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of list.filter((request) => request.method === 'GET')) {
    const key = `${r.operation} ${r.url} ${r.headers['x-company-id'] ?? ''} ${r.headers.authorization ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function openFrame(frame: HTMLIFrameElement): Promise<Document> {
  frame.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('built bundle: API requests of a page with every widget', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('sends each distinct GET once', async () => {
    await fetch(`${API}/__control/reset`, {method: 'POST'});
    frame = document.createElement('iframe');
    frame.src = '/test/pages/strict-csp.html';
    const doc = await openFrame(frame);
    for (const [tag, selector] of Object.entries(FIRST_CONTENT)) {
      await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector(selector), `${tag} shows ${selector}`, {timeout: 15000});
    }
    const counts = countGets(await settledRequests());
    expect(counts.size, 'distinct GETs').to.be.greaterThanOrEqual(Object.keys(FIRST_CONTENT).length);
    expect([...counts].filter(([, count]) => count > 1)).to.deep.equal([]);
  });

  it('sends each distinct GET once when every element appears twice under one provider', async () => {
    await fetch(`${API}/__control/reset`, {method: 'POST'});
    const elements = Object.keys(FIRST_CONTENT)
      .map((tag) => `<${tag} ${SAMPLE_ATTRIBUTES[tag] ?? ''}></${tag}>`)
      .join('');
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/dist/fav-widgets.js"></script>
      <fav-provider api-base="${API}" company-id="demo" token-storage="memory">${elements}${elements}</fav-provider>`;
    const doc = await openFrame(frame);
    for (const [tag, selector] of Object.entries(FIRST_CONTENT)) {
      await waitUntil(
        () => [...doc.querySelectorAll(tag)].filter((element) => element.shadowRoot?.querySelector(selector)).length === 2,
        `both ${tag} show ${selector}`,
        {timeout: 15000},
      );
    }
    const counts = countGets(await settledRequests());
    expect(counts.size, 'distinct GETs').to.be.greaterThanOrEqual(Object.keys(FIRST_CONTENT).length);
    expect([...counts].filter(([, count]) => count > 1)).to.deep.equal([]);
  });
});
