/**
 * Tolerant field parsers (CONTRACT.md §9). Each is a zod/mini transform over `unknown` that
 * normalizes what real servers send: optional and null treated alike, ids as string or number,
 * money as a decimal string, coerced numbers and booleans, case-insensitive enums, checked dates.
 * Required fields push an issue (the record is malformed); optional ones fall back quietly.
 */
import * as z from 'zod/mini';

type Payload = z.core.ParsePayload;
type Schema = z.core.$ZodType;

/** An identifier as it came on the wire; compare with {@link idKey}, send back unchanged. */
export type Id = string | number;

/** An enum value: one of the known values (canonical spelling) or the raw string for unknown ones. */
export type Loose<T extends string> = T | (string & {});

function fail(payload: Payload, input: unknown, message: string): undefined {
  payload.issues.push({code: 'custom', message, input, path: []});
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toId(value: unknown): Id | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return undefined;
}

/** The comparison key of an id (or of a record carrying one): always a string. */
export function idKey(value: Id | {id: Id} | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? String(value.id) : String(value);
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'off', '']);

function toBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A money amount as a decimal string in major units: `"350.00"` stays, `120` becomes `"120"`. */
export function toMoney(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const text = String(value);
    return DECIMAL.test(text) ? text : value.toFixed(2);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL.test(text)) return text;
    if (/^-?\.\d+$/.test(text)) return text.replace('.', '0.');
  }
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

function toCalendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y!, m! - 1, d!));
  return probe.getUTCMonth() === m! - 1 && probe.getUTCDate() === d ? match[0] : undefined;
}

function toDateTime(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Epoch seconds or milliseconds.
    return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!DATE_TIME.test(text) && !toCalendarDate(text)) return undefined;
  return Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? undefined : text;
}

/** A required identifier (string or number), kept in its wire type. */
export const id = z.transform((value: unknown, payload): Id => toId(value) ?? (fail(payload, value, 'Expected an id') as never));

/** An optional identifier; absent, null or invalid gives null. */
export const nullableId = z.transform((value: unknown): Id | null => toId(value) ?? null);

/** An identifier normalized to a string (for ids the widgets only compare or put in URLs). */
export const idString = z.transform((value: unknown, payload): string => {
  const raw = toId(value);
  return raw === undefined ? (fail(payload, value, 'Expected an id') as never) : String(raw);
});

/** Required text: a string (numbers are stringified). */
export const requiredText = z.transform(
  (value: unknown, payload): string => toText(value) ?? (fail(payload, value, 'Expected text') as never),
);

/** Text that shows nothing when absent: defaults to `''`. */
export const text = z.transform((value: unknown): string => toText(value) ?? '');

/** Optional or nullable text: `null` when absent. */
export const nullableText = z.transform((value: unknown): string | null => toText(value) ?? null);

/** Optional text that is simply left out (`undefined`) when absent. */
export const optionalText = z.transform((value: unknown): string | undefined => {
  const result = toText(value);
  return result === undefined || result === '' ? undefined : result;
});

/** A boolean with a default for absent or unreadable values. */
export function boolOr(fallback: boolean) {
  return z.transform((value: unknown): boolean => toBool(value) ?? fallback);
}

export const bool = boolOr(false);

/** A boolean whose absence means "unknown" (`null`). */
export const nullableBool = z.transform((value: unknown): boolean | null => toBool(value) ?? null);

export function number(fallback = 0) {
  return z.transform((value: unknown): number => toNumber(value) ?? fallback);
}

export function int(fallback = 0) {
  return z.transform((value: unknown): number => {
    const n = toNumber(value);
    return n === undefined ? fallback : Math.trunc(n);
  });
}

export const nullableNumber = z.transform((value: unknown): number | null => toNumber(value) ?? null);

export const nullableInt = z.transform((value: unknown): number | null => {
  const n = toNumber(value);
  return n === undefined ? null : Math.trunc(n);
});

/** Required money: a decimal string; anything else makes the record malformed. */
export const money = z.transform(
  (value: unknown, payload): string => toMoney(value) ?? (fail(payload, value, 'Expected a money amount') as never),
);

/** Money that defaults to `"0"` when absent, but still rejects garbage. */
export const moneyOrZero = z.transform((value: unknown, payload): string => {
  if (value === undefined || value === null || value === '') return '0';
  return toMoney(value) ?? (fail(payload, value, 'Expected a money amount') as never);
});

/** Optional money: absent or invalid gives null. */
export const nullableMoney = z.transform((value: unknown): string | null => toMoney(value) ?? null);

/** A calendar date `YYYY-MM-DD` (the date part of a date-time is accepted); invalid gives null. */
export const date = z.transform((value: unknown): string | null => toCalendarDate(value) ?? null);

/** An ISO 8601 date-time (or calendar date), kept as sent; unparseable gives null. */
export const dateTime = z.transform((value: unknown): string | null => toDateTime(value) ?? null);

/** A wall-clock time `HH:MM[:SS]`, or a full date-time; invalid gives null. */
export const time = z.transform((value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return TIME.test(trimmed) ? trimmed : (toDateTime(trimmed) ?? null);
});

/** Like {@link time} but required. */
export const requiredTime = z.transform((value: unknown, payload): string => {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (TIME.test(trimmed) || toDateTime(trimmed)) return trimmed;
  }
  return fail(payload, value, 'Expected a time') as never;
});

function enumKey(value: string): string {
  return value.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * A case-insensitive enum (underscores, dashes and spaces are ignored when matching). Known
 * values come back in their canonical spelling, unknown ones as the raw string; absent gives
 * `fallback` (null unless given).
 */
export function oneOf<const T extends string>(values: readonly T[]): z.ZodMiniTransform<Loose<T> | null, unknown>;
export function oneOf<const T extends string>(values: readonly T[], fallback: T): z.ZodMiniTransform<Loose<T>, unknown>;
export function oneOf<const T extends string>(values: readonly T[], fallback: T | null = null) {
  const known = new Map(values.map((v) => [enumKey(v), v]));
  return z.transform((value: unknown): Loose<T> | null => {
    const raw = toText(value);
    if (raw === undefined || raw.trim() === '') return fallback;
    return known.get(enumKey(raw)) ?? raw;
  });
}

/** An array of strings; other elements are dropped, absent gives []. */
export const strings = z.transform((value: unknown): string[] =>
  Array.isArray(value) ? value.map(toText).filter((v): v is string => v !== undefined) : [],
);

/** A free-form JSON object (custom fields, metadata); anything else gives null. */
export const nullableRecord = z.transform((value: unknown): Record<string, unknown> | null => (isRecord(value) ? value : null));

/** A nested array whose invalid elements are dropped quietly; absent or not an array gives []. */
export function list<S extends Schema>(item: S) {
  return z.transform((value: unknown): z.output<S>[] => {
    if (!Array.isArray(value)) return [];
    const out: z.output<S>[] = [];
    for (const element of value) {
      const result = z.safeParse(item, element);
      if (result.success) out.push(result.data as z.output<S>);
    }
    return out;
  });
}

/** A nested object that may be missing: absent, null or invalid gives null. */
export function maybe<S extends Schema>(schema: S) {
  return z.transform((value: unknown): z.output<S> | null => {
    if (value === undefined || value === null) return null;
    const result = z.safeParse(schema, value);
    return result.success ? (result.data as z.output<S>) : null;
  });
}

/** Reads the first present key of several aliases (§9.10) before the object is parsed. */
export function alias(input: unknown, pairs: Record<string, readonly string[]>): unknown {
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = {...input};
  for (const [target, sources] of Object.entries(pairs)) {
    if (out[target] !== undefined && out[target] !== null) continue;
    for (const source of sources) {
      if (input[source] !== undefined && input[source] !== null) {
        out[target] = input[source];
        break;
      }
    }
  }
  return out;
}

/** An object schema that first copies alias keys onto their canonical names. */
export function withAliases<S extends Schema>(pairs: Record<string, readonly string[]>, schema: S) {
  return z.pipe(
    z.transform((value: unknown) => alias(value, pairs)),
    schema as unknown as z.core.$ZodType<z.output<S>, unknown>,
  );
}
