/**
 * Dates, times, numbers and money through `Intl`, in the active locale. Calendar dates
 * (`YYYY-MM-DD`) never shift a day, and wall-clock slot times (`HH:MM`) are never converted.
 */
import {msg} from '@lit/localize';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * Formats money in major units given as a number or a decimal string (`"350.00"`). Zero reads
 * "Free"; an unreadable amount reads as a dash.
 */
export function formatMoney(amount: string | number | null | undefined, currency: string, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '–';
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return msg('Free', {id: 'ui.money.free', desc: 'Price of something that costs nothing'});
  return numberFormat(locale, {style: 'currency', currency: currency || 'HKD'}).format(value);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date (`YYYY-MM-DD`, read as that day wherever the visitor is) or an instant
 * (ISO date-time, shown in `timeZone` or the visitor's zone).
 */
export function formatDate(
  value: string | Date | null | undefined,
  locale: string,
  options: Intl.DateTimeFormatOptions & {timeZone?: string} = {dateStyle: 'medium'},
): string {
  if (!value) return '–';
  if (typeof value === 'string') {
    const day = CALENDAR_DATE.exec(value);
    if (day) {
      const utc = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      return dateFormat(locale, {...options, timeZone: 'UTC'}).format(utc);
    }
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '–';
  return dateFormat(locale, options).format(date);
}

export function formatDateTime(value: string | Date | null | undefined, locale: string, timeZone?: string): string {
  return formatDate(value, locale, {dateStyle: 'medium', timeStyle: 'short', timeZone});
}

/** Formats a wall-clock `HH:MM[:SS]` as written, in the locale's style (e.g. 下午2:30), without conversion. */
export function formatTime(value: string | null | undefined, locale: string): string {
  const match = value ? /^(\d{1,2}):(\d{2})/.exec(value) : null;
  if (!match) return '–';
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return dateFormat(locale, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(date);
}

/** A readable name for a time zone, e.g. "Hong Kong Time" / "香港時間". */
export function timeZoneLabel(timeZone: string, locale: string): string {
  try {
    const parts = dateFormat(locale, {timeZone, timeZoneName: 'longGeneric'}).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
