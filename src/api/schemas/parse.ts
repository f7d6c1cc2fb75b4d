/**
 * Turns an unwrapped payload into typed data: one record, or a list in any of the tolerated
 * containers (CONTRACT.md §3, §9.9). Failures throw {@link MalformedPayload}, which the client
 * turns into a `malformed` FavApiError carrying the first failing path.
 */
import * as z from 'zod/mini';
import {loadOrUnreachable} from '../errors.js';
import {isRecord} from './fields.js';

type Schema = z.core.$ZodType;

export interface Pagination {
  /** 1-based. */
  page: number;
  limit?: number;
  total?: number;
  totalPages?: number;
  hasNext: boolean;
  hasPrev: boolean;
}

export interface ListResult<T> {
  items: T[];
  pagination: Pagination | null;
  /** Items that failed their schema and were left out. */
  dropped: number;
}

export const ROOT_PATH = '(root)';

export class MalformedPayload extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'MalformedPayload';
  }
}

export interface ParseContext {
  /** The query the request was sent with (lists use `page`/`limit` to derive paging). */
  query?: Record<string, unknown>;
  /** Reports list items that were dropped, once per response. */
  reportDropped(dropped: number, issues: string[]): void;
}

export type Parser<T> = (payload: unknown, context: ParseContext) => T;

export function issuePath(path: readonly PropertyKey[], prefix: readonly PropertyKey[] = []): string {
  const full = [...prefix, ...path];
  return full.length ? full.map(String).join('.') : ROOT_PATH;
}

/** Parses with `schema` or throws MalformedPayload naming the first failing path. */
export function parseOrThrow<S extends Schema>(schema: S, value: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  if (value === undefined || value === null) {
    throw new MalformedPayload(issuePath([], prefix), 'The response has no data');
  }
  const result = z.safeParse(schema, value);
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0];
  throw new MalformedPayload(issuePath(issue?.path ?? [], prefix), issue?.message ?? 'Invalid response');
}

/** A parser for a single record. */
export function one<S extends Schema>(schema: S): Parser<z.output<S>> {
  return (payload) => parseOrThrow(schema, payload);
}

/**
 * A parser from a schema module that loads on demand: the load starts with the request, the answer
 * waits for it. A module that cannot be fetched fails the call as the network would.
 */
export function loaded<T>(parser: Promise<Parser<T>>): Parser<Promise<T>> {
  const ready = loadOrUnreachable(parser);
  ready.catch(() => undefined); // a call that fails first never reads it
  return async (payload, context) => (await ready)(payload, context);
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.trunc(n) : undefined;
}

function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Pagination from whatever the server gave, computing what can be computed (§3). */
export function paginationFrom(container: Record<string, unknown> | null, itemCount: number, query?: Record<string, unknown>): Pagination | null {
  const requestedLimit = count(query?.limit);
  const requestedPage = count(query?.page);
  const source = container && isRecord(container.pagination) ? container.pagination : null;
  if (source) {
    const page = Math.max(1, count(source.page) ?? requestedPage ?? 1);
    const limit = count(source.limit) ?? requestedLimit;
    const total = count(source.total);
    const totalPages = count(source.totalPages) ?? (total !== undefined && limit ? Math.ceil(total / limit) : undefined);
    const hasNext =
      flag(source.hasNext) ??
      (totalPages !== undefined ? page < totalPages : limit !== undefined ? itemCount >= limit : false);
    const hasPrev = flag(source.hasPrev) ?? page > 1;
    return {page, limit, total, totalPages, hasNext, hasPrev};
  }
  if (container && container.offset !== undefined && count(container.limit)) {
    const limit = count(container.limit)!;
    const offset = count(container.offset) ?? 0;
    const total = count(container.total);
    return {
      page: Math.floor(offset / limit) + 1,
      limit,
      total,
      totalPages: total !== undefined ? Math.ceil(total / limit) : undefined,
      hasNext: total !== undefined ? offset + itemCount < total : itemCount >= limit,
      hasPrev: offset > 0,
    };
  }
  if (requestedLimit) {
    // No paging info: a full page suggests there may be more ("load more").
    const page = Math.max(1, requestedPage ?? 1);
    return {page, limit: requestedLimit, hasNext: itemCount >= requestedLimit, hasPrev: page > 1};
  }
  return null;
}

export interface ListShape {
  /** Per-operation keys that may hold the array instead of `items` (e.g. `slots`). */
  keys?: readonly string[];
}

/** Finds the array in a tolerated list container, or throws for a wrong container. */
export function listContainer(payload: unknown, shape: ListShape = {}): {array: unknown[]; container: Record<string, unknown> | null; key: string | null} {
  if (Array.isArray(payload)) return {array: payload, container: null, key: null};
  if (isRecord(payload)) {
    for (const key of ['items', ...(shape.keys ?? [])]) {
      if (Array.isArray(payload[key])) return {array: payload[key], container: payload, key};
    }
  }
  throw new MalformedPayload(ROOT_PATH, payload === undefined || payload === null ? 'The response has no data' : 'Expected a list');
}

/** Parses each element, dropping the ones that fail and reporting them once. */
export function parseItems<S extends Schema>(schema: S, array: unknown[], key: string | null, context: ParseContext): {items: z.output<S>[]; dropped: number} {
  const items: z.output<S>[] = [];
  const issues: string[] = [];
  array.forEach((element, index) => {
    const result = z.safeParse(schema, element);
    if (result.success) {
      items.push(result.data as z.output<S>);
    } else {
      const issue = result.error.issues[0];
      const prefix = key ? [key, index] : [index];
      issues.push(`${issuePath(issue?.path ?? [], prefix)}: ${issue?.message ?? 'invalid'}`);
    }
  });
  if (issues.length) context.reportDropped(issues.length, issues);
  return {items, dropped: issues.length};
}

/** A parser for a list in any tolerated form (§3, §9.9). */
export function listOf<S extends Schema>(schema: S, shape: ListShape = {}): Parser<ListResult<z.output<S>>> {
  return (payload, context) => {
    const {array, container, key} = listContainer(payload, shape);
    const {items, dropped} = parseItems(schema, array, key, context);
    return {items, pagination: paginationFrom(container, array.length, context.query), dropped};
  };
}
