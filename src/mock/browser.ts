/** The demo's mock: the same handlers in a service worker, so DevTools shows every request. */
import {setupWorker} from 'msw/browser';
import {handlers} from './index.js';

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: {url: '/mockServiceWorker.js'},
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
