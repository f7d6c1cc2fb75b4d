/** The mock's routes as MSW handlers, for the demo's service worker and the contract server. */
import {http, type HttpHandler} from 'msw';
import {API_PREFIX, operations} from '../api/operations.js';
import type {MockRoute} from './route.js';

/** An MSW handler for one route, on any origin. */
export function mswHandler(route: MockRoute): HttpHandler {
  const spec = operations[route.operation];
  const path = `*${API_PREFIX}${spec.path.replace(/\{(\w+)\}/g, ':$1')}`;
  const method = spec.method === 'GET' ? http.get : http.post;
  return method(path, ({request, params}) => route.respond(request, params));
}
