/**
 * A real HTTP server on another origin that implements the API contract, for tests that must cross
 * the network (CORS preflight, headers, tokens, idempotency keys). It serves the same stateful
 * handlers as the in-browser mock, run in Node. `POST /__control/reset` gives a fresh tenant and
 * `GET /__control/requests` lists what the server received.
 *
 * For removal and leak tests: `POST /__control/delay {"ms": 2000, "path": "/services/"}` holds every
 * API request (or those whose path contains `path`) that long before answering; `GET /__control/aborted`
 * lists the requests whose client closed the connection before the answer; `GET /__control/in-flight`
 * lists the requests received and not yet answered. Reset clears all three.
 *
 * `POST /__control/event-order {"order": "chronological"}` lists the events by date, the past ones
 * first (`mockControl.setEventOrder`); reset undoes it.
 */
import {createServer} from 'node:http';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language, Authorization, X-Company-Id, Idempotency-Key';

async function loadMock() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'fav-contract-')), 'mock.mjs');
  await build({
    entryPoints: ['src/mock/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
  return import(pathToFileURL(outfile).href);
}

function corsHeaders(origin) {
  return {
    'Access-Control-Allow-Origin': origin || '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

/** Starts the server; resolves with its origin and a `close()`. */
export async function startContractServer({port = 0, host = '127.0.0.1'} = {}) {
  const mock = await loadMock();
  const {getResponse} = await import('msw');
  /** Requests held before answering: `{ms, path?}`; null for none. */
  let delay = null;
  /** Requests whose client went away before the answer: `{method, path, companyId, receivedAt, closedAt}`. */
  const aborted = [];
  /** Requests received and not yet answered (or closed). */
  const inFlight = new Set();
  const json = (res, cors, value) => {
    res.writeHead(200, {...cors, 'Content-Type': 'application/json'});
    res.end(JSON.stringify(value));
  };
  const server = createServer(async (req, res) => {
    const cors = corsHeaders(req.headers.origin);
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      if (req.url === '/__control/reset' && req.method === 'POST') {
        mock.mockControl.reset();
        delay = null;
        aborted.length = 0;
        res.writeHead(204, cors).end();
        return;
      }
      if (req.url === '/__control/requests' && req.method === 'GET') {
        json(res, cors, mock.mockControl.requests);
        return;
      }
      if (req.url === '/__control/delay' && req.method === 'POST') {
        const wanted = JSON.parse(String((await readBody(req)) ?? '{}'));
        delay = wanted.ms > 0 ? {ms: Number(wanted.ms), path: wanted.path ? String(wanted.path) : undefined} : null;
        res.writeHead(204, cors).end();
        return;
      }
      if (req.url === '/__control/event-order' && req.method === 'POST') {
        mock.mockControl.setEventOrder(JSON.parse(String((await readBody(req)) ?? '{}')).order);
        res.writeHead(204, cors).end();
        return;
      }
      if (req.url === '/__control/aborted' && req.method === 'GET') {
        json(res, cors, aborted);
        return;
      }
      if (req.url === '/__control/in-flight' && req.method === 'GET') {
        json(res, cors, [...inFlight]);
        return;
      }
      const record = {method: req.method, path: req.url, companyId: req.headers['x-company-id'], receivedAt: Date.now()};
      inFlight.add(record);
      const closed = new Promise((resolve) => {
        res.on('close', () => {
          inFlight.delete(record);
          if (!res.writableFinished) aborted.push({...record, closedAt: Date.now()});
          resolve();
        });
      });
      if (delay && (!delay.path || req.url.includes(delay.path))) await Promise.race([sleep(delay.ms), closed]);
      if (res.destroyed) return; // the client left while we waited: a real server would drop the work too
      const url = `http://${req.headers.host}${req.url}`;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const request = new Request(url, {method: req.method, headers, body});
      const response = (await getResponse(mock.handlers, request)) ?? Response.json(
        {success: false, error: {code: 'NOT_FOUND', message: `No route for ${req.method} ${req.url}`}},
        {status: 404},
      );
      const out = {...cors};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, {...cors, 'Content-Type': 'application/json'});
      res.end(JSON.stringify({success: false, error: {code: 'SERVER_ERROR', message: String(error)}}));
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** web-test-runner plugin: runs the server for the whole test run on a fixed port (8787 unless CONTRACT_PORT says otherwise). */
export function contractServerPlugin({port = 8787} = {}) {
  let running;
  return {
    name: 'fav-contract-server',
    async serverStart() {
      try {
        running = await startContractServer({port});
      } catch (error) {
        // Only the tests that cross the network need it; they fail on their own and say why.
        console.warn(`contract server not started: ${error.message}`);
      }
    },
    async serverStop() {
      await running?.close();
    },
    // Pages and tests name the default origin; a run on another port (parallel local runs) serves them rewritten.
    transform(context) {
      if (port === 8787 || !context.path.startsWith('/test/') || typeof context.body !== 'string') return undefined;
      return {body: context.body.replaceAll('127.0.0.1:8787', `127.0.0.1:${port}`)};
    },
  };
}
