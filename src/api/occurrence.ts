/** Slot → `occurrenceStart`/`occurrenceEnd` for A6 and A10 (CONTRACT.md §7.4). */

export interface SlotTimes {
  startTime: string;
  endTime?: string | null;
  occurrenceStart?: string | null;
  occurrenceEnd?: string | null;
}

export interface OccurrenceOptions {
  /** The tenant's IANA zone (slots response, service or resolve-domain). Unknown: no offset is sent. */
  timezone?: string | null;
  /** Used when the slot has no end; defaults to 60. */
  durationMinutes?: number | null;
}

export interface Occurrence {
  occurrenceStart: string;
  occurrenceEnd: string;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;
const WALL_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?/;

const pad = (n: number) => String(n).padStart(2, '0');

function formatWall(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Minutes the zone is ahead of UTC at `instant`, or undefined for an unknown zone. */
function zoneOffsetMinutes(timeZone: string, instant: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
    return Math.round((asUtc - instant) / 60_000);
  } catch {
    return undefined;
  }
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall-clock time as an ISO string, with the zone's offset at that wall time when the zone is known. */
function withZone(wallUtcMs: number, timeZone: string | null | undefined): string {
  const wall = formatWall(wallUtcMs);
  if (!timeZone) return wall;
  const first = zoneOffsetMinutes(timeZone, wallUtcMs);
  if (first === undefined) return wall;
  // The offset at the true instant can differ around a DST change; one correction settles it.
  const offset = zoneOffsetMinutes(timeZone, wallUtcMs - first * 60_000) ?? first;
  return wall + formatOffset(offset);
}

function wallMs(date: string, time: string): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = WALL_TIME.exec(time.trim());
  if (!d || !t) return undefined;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0));
}

function isDateTime(value: string | null | undefined): value is string {
  return Boolean(value && DATE_TIME.test(value.trim()));
}

/** Adds minutes to a date-time string, keeping its offset suffix (or recomputing it for a known zone). */
function addMinutes(start: string, minutes: number, timeZone: string | null | undefined, computed: boolean): string {
  const m = DATE_TIME.exec(start.trim());
  if (!m) return start;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) + minutes * 60_000;
  if (computed) return withZone(wall, timeZone);
  const suffix = m[7] ?? '';
  return formatWall(wall) + suffix;
}

/**
 * Builds the occurrence pair of a slot picked on `date` (§7.4): the slot's own occurrence values,
 * else a full date-time start/end unchanged, else `{date}T{HH:MM:SS}` in the tenant's wall clock
 * (never converted to the visitor's zone) plus the tenant offset when the zone is known.
 * A slot with no end lasts `durationMinutes`. An end at or before the start crosses midnight.
 */
export function occurrenceFromSlot(date: string, slot: SlotTimes, options: OccurrenceOptions = {}): Occurrence {
  const {timezone} = options;
  let start: string;
  let startWall: number | undefined;
  let computed = false;
  if (slot.occurrenceStart) start = slot.occurrenceStart;
  else if (isDateTime(slot.startTime)) start = slot.startTime.trim();
  else {
    startWall = wallMs(date, slot.startTime);
    start = startWall === undefined ? `${date}T${slot.startTime}` : withZone(startWall, timezone);
    computed = true;
  }

  let end: string;
  if (slot.occurrenceEnd) end = slot.occurrenceEnd;
  else if (isDateTime(slot.endTime)) end = slot.endTime.trim();
  else if (slot.endTime && startWall !== undefined && wallMs(date, slot.endTime) !== undefined) {
    let endWall = wallMs(date, slot.endTime)!;
    if (endWall <= startWall) endWall += 24 * 60 * 60_000;
    end = withZone(endWall, timezone);
  } else {
    end = addMinutes(start, options.durationMinutes && options.durationMinutes > 0 ? options.durationMinutes : 60, timezone, computed);
  }
  return {occurrenceStart: start, occurrenceEnd: end};
}
