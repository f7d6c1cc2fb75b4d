// What the bench measures in Chromium: per page load, the JS it fetched and the time to an element's
// first content under CPU throttling; on the all-widgets page, every request it made.
import puppeteer from 'puppeteer-core';
import {gzipSize} from '../size-report.mjs';

export const CPU_THROTTLING = 4;
const TIMEOUT_MS = 30_000;

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true, // --headless=new
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Injected before the page's own scripts. Watches the shadow root of each page-level `tag` of `pairs`
 * (`[tag, selector]`); once every one shows its `selector`, resolves `window.__favFirstContent` with
 * `performance.now()` and the scripts fetched so far. A MutationObserver fires in the task that
 * rendered the content, so code a widget starts loading right after its first view is not counted.
 */
function firstContentProbe(pairs) {
  const selectors = new Map(pairs);
  let resolve;
  window.__favFirstContent = new Promise((done) => (resolve = done));
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const tag = this.localName;
    if (selectors.has(tag) && this.getRootNode() === document) {
      const observer = new MutationObserver(() => {
        if (!root.querySelector(selectors.get(tag))) return;
        observer.disconnect();
        selectors.delete(tag);
        if (selectors.size > 0) return;
        const scripts = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
        resolve({at: performance.now(), scripts: scripts.map((entry) => entry.name)});
      });
      observer.observe(root, {childList: true, subtree: true});
    }
    return root;
  };
}

/** Every script response of `page`, with its raw and gzip size, once the returned function is awaited. */
function recordScripts(page) {
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.buffer().then((body) => ({url: response.url(), bytes: body.length, gzip: gzipSize(body)})));
  });
  return () => Promise.all(bodies);
}

/** Waits for the probe: ms from the first byte of fav-widgets.js to first content, and the scripts fetched by then. */
function firstContent(page) {
  return page.evaluate(async (timeout) => {
    if (!window.__favFirstContent) throw new Error('the first-content probe did not start');
    const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('no first content')), timeout));
    const {at, scripts} = await Promise.race([window.__favFirstContent, timer]);
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/dist/fav-widgets.js');
    return {ms: at - entry.responseStart, firstView: scripts};
  }, TIMEOUT_MS);
}

/**
 * One cold load of `url` (fresh browser context, nothing cached) with the CPU throttled: ms from the
 * first byte of fav-widgets.js to the task that puts `tag`'s first content in its shadow root.
 */
export async function firstContentRun(browser, url, tag, selector) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_THROTTLING});
    await page.evaluateOnNewDocument(firstContentProbe, [[tag, selector]]);
    await page.goto(url, {waitUntil: 'domcontentloaded'});
    return (await firstContent(page)).ms;
  } finally {
    await context.close();
  }
}

/**
 * Which scripts `tag`'s first content needs, and every script the page loads until it is idle. A
 * widget may fetch its later steps alongside its first view; to tell the code its first content
 * waits for from code merely fetched early, the on-demand files (`later`, absolute URLs) are held
 * back until the first content shows, or for `holdMs` after the first of them was asked for: then
 * the first content is waiting for them, and they count.
 */
export async function firstViewRun(browser, url, tag, selector, {later, holdMs = 1000}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setRequestInterception(true);
    const held = [];
    let holding = true;
    let timer;
    const release = () => {
      holding = false;
      clearTimeout(timer);
      for (const request of held.splice(0)) void request.continue();
    };
    page.on('request', (request) => {
      if (!holding || !later.has(request.url())) return void request.continue();
      held.push(request);
      timer ??= setTimeout(release, holdMs);
    });
    await page.evaluateOnNewDocument(firstContentProbe, [[tag, selector]]);
    const scripts = recordScripts(page);
    await page.goto(url, {waitUntil: 'domcontentloaded'});
    const {firstView} = await firstContent(page);
    release();
    await page.waitForNetworkIdle({idleTime: 300, timeout: TIMEOUT_MS});
    return {firstView, scripts: await scripts()};
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` (every element, API over the network), waits for every element's first content and a
 * quiet network: every request the page made (`data:` URLs are none) and the scripts among them.
 */
export async function allWidgetsRun(browser, url, pairs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push({method: request.method(), url: request.url(), type: request.resourceType()});
    });
    await page.evaluateOnNewDocument(firstContentProbe, pairs);
    const scripts = recordScripts(page);
    await page.goto(url, {waitUntil: 'domcontentloaded'});
    await firstContent(page);
    await page.waitForNetworkIdle({idleTime: 500, timeout: TIMEOUT_MS});
    return {requests, scripts: await scripts()};
  } finally {
    await context.close();
  }
}
