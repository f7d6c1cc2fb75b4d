/** A scripted `fetch` for client tests: records every request and answers from a queue. */

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
  signal?: AbortSignal | null;
  /** Set when the request's signal aborted while the fake was still answering. */
  aborted: boolean;
}

export type Reply = Response | ((request: RecordedRequest) => Response | Promise<Response>);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json', ...headers}});
}

/** A canonical success envelope. */
export function ok(data: unknown, status = 200): Response {
  return json({success: true, data, meta: {requestId: 'req_1', timestamp: '2026-01-01T00:00:00Z'}}, status);
}

/** A canonical error envelope. */
export function fail(status: number, code?: string, message = 'Failed', extra: {details?: object; headers?: Record<string, string>} = {}): Response {
  return json({success: false, error: {code, message, details: extra.details}, meta: {requestId: 'req_err'}}, status, extra.headers);
}

export function text(body: string, status = 200, contentType = 'text/html'): Response {
  return new Response(body, {status, headers: {'Content-Type': contentType}});
}

export function noContent(): Response {
  return new Response(null, {status: 204});
}

/** A reply that fails like a dropped connection. */
export const networkError: Reply = () => Promise.reject(new TypeError('Failed to fetch'));

/** A reply that never arrives (until the request is aborted). */
export const hang: Reply = () => new Promise<Response>(() => undefined);

/** A reply that arrives after `ms`. */
export function delayed(ms: number, reply: Reply): Reply {
  return (request) =>
    new Promise((resolve) => setTimeout(resolve, ms)).then(() => (typeof reply === 'function' ? reply(request) : reply.clone()));
}

export class FakeFetch {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Reply[] = [];
  /** Used when the queue is empty. */
  fallback: Reply | undefined;

  constructor(...replies: Reply[]) {
    this.queue.push(...replies);
  }

  reply(...replies: Reply[]): this {
    this.queue.push(...replies);
    return this;
  }

  get count(): number {
    return this.requests.length;
  }

  get last(): RecordedRequest {
    return this.requests[this.requests.length - 1]!;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    // ky hands fetch a Request; read everything from one.
    const sent = new Request(input, init);
    // Not `sent.body`: Firefox has no body stream on a Request.
    const bodyText = await sent.text();
    const request: RecordedRequest = {
      url: new URL(sent.url),
      method: sent.method,
      headers: sent.headers,
      body: bodyText === '' ? undefined : JSON.parse(bodyText),
      signal: sent.signal,
      aborted: false,
    };
    this.requests.push(request);
    const reply = this.queue.shift() ?? this.fallback;
    if (!reply) throw new Error(`FakeFetch: no reply scripted for ${request.method} ${request.url}`);
    const answer = Promise.resolve().then(() => (typeof reply === 'function' ? reply(request) : reply.clone()));
    const signal = sent.signal;
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        request.aborted = true;
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, {once: true});
      answer.then(resolve, reject);
    });
  };
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Awaits a promise that must reject and returns the reason. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
