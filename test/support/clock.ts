/**
 * The test page's clock, pinned: `pinClock(at)` makes the page's `Date` (what the widgets read) and
 * the mock's clock both start at `at` and run on from there with real time, so timers, timeouts and
 * expiries still work and the widget and the mock always agree on "now". `resetPage()` restores the
 * real clock before every test. The time zone stays the machine's (the date sweep varies it).
 */
import {mockControl} from '../../src/mock/index.js';

/**
 * The moment widget tests that involve dates run at unless they pin another: a Monday morning in
 * the demo tenant's zone (Hong Kong), mid-month, so the 30-day booking window spans two months.
 */
export const A_MONDAY_MORNING = '2026-12-14T09:30:00+08:00';

const RealDate = globalThis.Date;
let offset = 0;

/** A `Date` whose "now" is `offset` ms from the real one; everything else is the real `Date`. */
function PinnedDate(this: unknown, ...args: unknown[]): Date | string {
  const now = RealDate.now() + offset;
  if (!new.target) return new RealDate(now).toString();
  return Reflect.construct(RealDate, args.length ? args : [now], new.target) as Date;
}
PinnedDate.prototype = RealDate.prototype;
PinnedDate.now = () => RealDate.now() + offset;
PinnedDate.parse = RealDate.parse;
PinnedDate.UTC = RealDate.UTC;

/** Pins the page's and the mock's clock to `at` (an ISO instant, epoch ms or a Date). */
export function pinClock(at: string | number | Date): void {
  const target = new RealDate(at instanceof RealDate ? at.getTime() : at).getTime();
  if (Number.isNaN(target)) throw new Error(`pinClock: not an instant: ${String(at)}`);
  offset = target - RealDate.now();
  globalThis.Date = PinnedDate as unknown as DateConstructor;
  // The mock reads the page's Date.now, so it follows without a pin of its own.
  mockControl.setNow(null);
}

/** Moves the pinned clock (or the real one, pinned from now on) forward by `ms`. */
export function advanceClock(ms: number): void {
  pinClock(Date.now() + ms);
}

/** The real clock again. */
export function restoreClock(): void {
  offset = 0;
  globalThis.Date = RealDate;
}

/**
 * The calendar date (`YYYY-MM-DD`) in `timeZone` at `instant` (default: the page's now), built from
 * parts, never from a locale's format (WebKitGTK's ICU formats `en-CA` as `12/13/2026`).
 */
export function dateIn(timeZone: string, instant = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
