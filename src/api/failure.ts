/**
 * Everything the client needs only when a call has failed: reading an error answer (§4), the
 * Retry-After it asks for, and turning what ky threw into the one error type. The client loads this
 * module on the first failure, so a page whose calls all succeed never carries it.
 */
import {HTTPError, TimeoutError} from 'ky';
import {FavApiError} from './errors.js';
import type {OperationId} from './operations.js';
import {isRecord} from './schemas/fields.js';
import {MalformedPayload, ROOT_PATH} from './schemas/parse.js';

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export interface HttpErrorSource {
  status: number;
  statusText?: string;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  body?: unknown;
  retryAfterHeader?: string | null;
  operation?: OperationId;
}

/**
 * Builds the error for a non-2xx response or a `success: false` body, reading the body the way the
 * SDK does (§4): `error.message`, else a top-level `message`, else the status text, else `HTTP <status>`.
 */
export function httpError({status, statusText, body, retryAfterHeader, operation}: HttpErrorSource): FavApiError {
  const envelope = isRecord(body) ? body : {};
  const error = envelope.error;
  const errorObject = isRecord(error) ? error : {};
  let message = nonEmptyString(errorObject.message) ?? nonEmptyString(error);
  if (!message && envelope.message !== undefined && envelope.message !== null) {
    message = typeof envelope.message === 'string' ? envelope.message : JSON.stringify(envelope.message);
  }
  message ||= nonEmptyString(statusText) ?? (status === 401 ? 'Unauthorized' : `HTTP ${status}`);
  const details = isRecord(errorObject.details) ? errorObject.details : undefined;
  const meta = isRecord(envelope.meta) ? envelope.meta : {};
  const code = nonEmptyString(errorObject.code) ?? nonEmptyString(envelope.code);
  const fromDetails = Number(details?.retryAfterSeconds);
  const retryAfter = parseRetryAfter(retryAfterHeader) ?? (Number.isFinite(fromDetails) && fromDetails >= 0 ? fromDetails : undefined);
  return new FavApiError({
    kind: 'http',
    status,
    message,
    code,
    details,
    requestId: nonEmptyString(meta.requestId),
    operation,
    retryAfter,
  });
}

/** The error an HTTP answer carries (its body read from a clone, so the answer stays readable). */
export async function httpFailure(response: Response, operation?: OperationId, body?: unknown): Promise<FavApiError> {
  if (body === undefined) {
    body = await response
      .clone()
      .text()
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => undefined); // empty or not JSON: the status speaks
  }
  const {status, statusText, headers} = response;
  return httpError({status, statusText, body, retryAfterHeader: headers.get('Retry-After'), operation});
}

/** What ky (or fetch under it) threw, as the one error type callers see. */
export function thrownFailure(error: unknown, operation: OperationId): Promise<FavApiError> | FavApiError {
  if (error instanceof HTTPError) return httpFailure(error.response, operation);
  if (error instanceof TimeoutError) {
    return new FavApiError({kind: 'timeout', message: 'The request timed out', operation, cause: error});
  }
  return new FavApiError({kind: 'network', message: 'The server could not be reached', operation, cause: error});
}

/** A 2xx answer the client could not use: not JSON, or `success: false` (§3, §4). */
export function answerFailure(response: Response, operation: OperationId, json: unknown): Promise<FavApiError> | FavApiError {
  if (json === undefined) {
    return new FavApiError({kind: 'malformed', status: response.status, message: 'The server sent a response that is not JSON', operation, issuePath: ROOT_PATH});
  }
  return httpFailure(response, operation, json);
}

/** Data its schema refused (§9.8): `malformed`, naming the first failing path. */
export function dataFailure(response: Response, operation: OperationId, cause: unknown): FavApiError {
  const path = cause instanceof MalformedPayload ? cause.path : ROOT_PATH;
  const detail = cause instanceof Error ? cause.message : 'invalid data';
  return new FavApiError({kind: 'malformed', status: response.status, message: `Unexpected response data at ${path}: ${detail}`, operation, issuePath: path, cause});
}
