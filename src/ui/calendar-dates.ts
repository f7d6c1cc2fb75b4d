/** Calendar dates (`YYYY-MM-DD`): arithmetic without time zones, and today on a zone's wall clock. */

const DAY_MS = 24 * 3600_000;
export const pad = (n: number) => String(n).padStart(2, '0');

export function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function dateOf(utc: number): string {
  const day = new Date(utc);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return dateOf(utcOf(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** `YYYY-MM` of a date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The first day of the month `months` after the month of `date`. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`;
}

/** Every date of a month. */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const next = `${addMonths(month, 1)}-01`;
  return Array.from({length: daysBetween(first, next)}, (_, i) => addDays(first, i));
}

/** Today's date on the wall clock of `timeZone` (the visitor's zone when not given or unknown). */
export function todayIn(timeZone?: string | null, now = Date.now()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {timeZone: timeZone || undefined, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return dateOf(now - new Date(now).getTimezoneOffset() * 60_000);
  }
}

export const isCalendarDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcOf(value));

/** How a day looks: can be picked, has nothing free, or is still being checked. */
export type DayState = 'available' | 'unavailable' | 'loading';

