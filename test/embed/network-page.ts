/**
 * A plain page of `test/pages/` in an iframe (same origin as the test, another origin than the API):
 * its elements, the events it saw, the Content-Security-Policy violations it recorded, and what the
 * contract server received.
 */
import {waitUntil} from '@open-wc/testing';

export const API = 'http://127.0.0.1:8787';

/** Generous: the server and the lazily loaded chunks share two cores with other runs. */
export const SLOW = 15000;

/** A request as the contract server recorded it (headers lower-case). */
export interface ServerRequest {
  operation: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: any;
}

/** A fresh tenant on the contract server, and an empty request log. */
export async function resetServer(): Promise<void> {
  const response = await fetch(`${API}/__control/reset`, {method: 'POST'});
  if (!response.ok) throw new Error(`the contract server did not reset (${response.status})`);
}

/** What the contract server received, optionally of one operation. */
export async function serverRequests(operation?: string): Promise<ServerRequest[]> {
  const all = (await (await fetch(`${API}/__control/requests`)).json()) as ServerRequest[];
  return operation ? all.filter((request) => request.operation === operation) : all;
}

/** The one request of `operation` the server received (fails when there were none or several). */
export async function onlyRequest(operation: string): Promise<ServerRequest> {
  const found = await serverRequests(operation);
  if (found.length !== 1) throw new Error(`the server received ${found.length} ${operation} requests, expected 1`);
  return found[0]!;
}

interface CspWindow extends Window {
  __cspViolations: unknown[];
  /** What the page wrote with console.error, as text (test/pages/csp-recorder.js). */
  __consoleErrors: string[];
  __favXss?: unknown;
}

export class NetworkPage {
  private readonly seen = new Map<string, CustomEvent[]>();

  private constructor(readonly frame: HTMLIFrameElement) {}

  /** Opens `path` in an iframe and waits for it to load; `events` are recorded from then on. */
  static async open(path: string, events: string[] = []): Promise<NetworkPage> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.src = path;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const page = new NetworkPage(frame);
    for (const name of events) {
      page.seen.set(name, []);
      page.doc.addEventListener(name, (event) => page.seen.get(name)!.push(event as CustomEvent));
    }
    return page;
  }

  get doc(): Document {
    return this.frame.contentDocument!;
  }

  get win(): CspWindow {
    return this.frame.contentWindow as CspWindow;
  }

  /** The element `tag` of the page, once the bundle has upgraded it. */
  async element<E extends HTMLElement>(tag: string): Promise<E> {
    await waitUntil(() => this.doc.querySelector(tag)?.shadowRoot, `<${tag}> upgraded`, {timeout: SLOW});
    return this.doc.querySelector(tag) as E;
  }

  /** The events `name` the page's document received so far (it must be one of those recorded). */
  events<D = any>(name: string): CustomEvent<D>[] {
    const list = this.seen.get(name);
    if (!list) throw new Error(`${name} is not recorded`);
    return list as CustomEvent<D>[];
  }

  /** The first event `name` the page's document received, waiting for it. */
  async event<D = any>(name: string): Promise<CustomEvent<D>> {
    await waitUntil(() => this.events(name).length > 0, `the page received ${name}`, {timeout: SLOW});
    return this.events<D>(name)[0]!;
  }

  /**
   * Every Content-Security-Policy violation the page reported, as JSON (`[]` when none). The browser
   * queues the reports as tasks, so the last render's reports are given a moment to arrive.
   */
  async violations(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return JSON.stringify(this.win.__cspViolations);
  }

  remove(): void {
    this.frame.remove();
  }
}

/**
 * For the calling `describe`: a fresh tenant on the contract server and empty storage (carts and
 * survey drafts live in this origin's storage, shared with the pages in the iframe) before each test,
 * and the test's page removed after it. `open` opens that page.
 */
export function networkPages(): {open(path: string, events?: string[]): Promise<NetworkPage>} {
  let current: NetworkPage | undefined;
  beforeEach(async () => {
    await resetServer();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    current?.remove();
    current = undefined;
  });
  return {open: async (path, events) => (current = await NetworkPage.open(path, events))};
}
