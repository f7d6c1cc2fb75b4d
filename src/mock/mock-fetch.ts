/**
 * The in-page mock `<fav-provider mock>` loads: a `fetch` over the mock's routes, without MSW (whose
 * cookie handling alone outweighs the whole mock) and with each API group loaded on first use.
 */
import {API_PREFIX} from '../api/operations.js';
import {matchOperation} from './operation-match.js';
import {routeFor} from './route-groups.js';

const MOCK_PATH = `${API_PREFIX}/`;

/** The mock's answer to an API request; undefined when no operation has that method and path. */
async function answerOf(request: Request): Promise<Response | undefined> {
  const match = matchOperation(request.method, request.url);
  if (!match) return undefined;
  const route = await routeFor(match.operation);
  return route.respond(request, match.params);
}

/**
 * A `fetch` that answers API calls from the mock in this page, without a service worker.
 * Other URLs go to the real fetch. Honours `signal`; an injected network failure rejects.
 */
export function createMockFetch(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.includes(MOCK_PATH)) return fetch(input, init);
    const signal = request.signal;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal.aborted) throw aborted();
    const answer = answerOf(request);
    const response = await new Promise<Response | undefined>((resolve, reject) => {
      const onAbort = () => reject(aborted());
      signal.addEventListener('abort', onAbort, {once: true});
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
    if (!response) {
      return Response.json({success: false, error: {code: 'NOT_FOUND', message: `No mock for ${request.method} ${request.url}`}}, {status: 404});
    }
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
