/**
 * The free times of a service, day by day (A5), for the booking calendar and the reschedule
 * picker. The API answers one date per call, so the days of the visible month are asked for a few
 * at a time; what came back is kept until the service, staff or resource changes.
 */
import {listSlots} from '../../api/booking.js';
import type {FavClient} from '../../api/client.js';
import {isFavApiError} from '../../api/errors.js';
import {occurrenceFromSlot, type Occurrence} from '../../api/occurrence.js';
import type {Slot, SlotsResult} from '../../api/schemas/booking.js';
import type {DayState} from '../../ui/calendar-dates.js';

export interface SlotSource {
  serviceId: string;
  staffId?: string;
  resourceId?: string;
}

export interface DayAvailability {
  status: 'loading' | 'ready' | 'error';
  result?: SlotsResult;
  error?: unknown;
}

export interface SlotAvailabilityHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
  requestUpdate(): void;
}

/** A bookable slot of a day, with the occurrence it books. */
export interface BookableSlot {
  key: string;
  date: string;
  slot: Slot;
  occurrence: Occurrence;
}

const CONCURRENCY = 4;

export class SlotAvailability {
  private days = new Map<string, DayAvailability>();
  private sourceKey = '';
  private source?: SlotSource;
  private generation = 0;
  /** What each day still loading waits for, so a second `load` of the same days waits too. */
  private inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly host: SlotAvailabilityHost,
    private readonly defaults: {
      timezone(): string | null | undefined;
      durationMinutes(): number | null | undefined;
      /** Told each time a day's answer arrives. */
      onDayLoaded?(date: string): void;
    },
  ) {}

  /** Switches to another service, staff member or resource: forgets what was loaded for the last one. */
  use(source: SlotSource): void {
    const key = `${source.serviceId}|${source.staffId ?? ''}|${source.resourceId ?? ''}`;
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    this.source = source;
    this.clear();
  }

  clear(): void {
    this.generation++;
    this.days = new Map();
    this.inFlight = new Map();
  }

  day(date: string): DayAvailability | undefined {
    return this.days.get(date);
  }

  /** The time zone of the slots: the server's answer for the day, else the service's or tenant's. */
  timezone(date?: string): string | undefined {
    return (date ? this.days.get(date)?.result?.timezone : undefined) ?? this.defaults.timezone() ?? undefined;
  }

  stateOf(date: string, now = Date.now()): DayState {
    const day = this.days.get(date);
    if (!day || day.status === 'loading') return 'loading';
    // A day that failed to load can still be picked: its error and "Try again" show there.
    if (day.status === 'error') return 'available';
    return this.bookable(date, now).length > 0 ? 'available' : 'unavailable';
  }

  /** The day's slots that can be booked now: available, with room, not started, within the limits. */
  bookable(date: string, now = Date.now()): BookableSlot[] {
    const result = this.days.get(date)?.result;
    if (!result || this.limitReached(date)) return [];
    const timezone = result.timezone ?? this.defaults.timezone();
    const durationMinutes = this.defaults.durationMinutes();
    const seen = new Set<string>();
    const slots: BookableSlot[] = [];
    for (const slot of result.slots) {
      if (!slot.available || slot.remainingCapacity === 0) continue;
      const occurrence = occurrenceFromSlot(date, slot, {timezone, durationMinutes});
      const start = Date.parse(occurrence.occurrenceStart);
      if (Number.isFinite(start) && start <= now) continue;
      let key = `${slot.startTime}|${slot.scheduleId ?? ''}|${slot.resourceId ?? ''}`;
      while (seen.has(key)) key += '+';
      seen.add(key);
      slots.push({key, date, slot, occurrence});
    }
    return slots;
  }

  /** True when the visitor may not book more that day (`bookingConfig`: allowed, daily and weekly counts). */
  limitReached(date: string): boolean {
    const config = this.days.get(date)?.result?.bookingConfig;
    if (!config) return false;
    if (!config.isAllowed) return true;
    if (config.dailyBookingCount !== null && config.currentDailyUsage >= config.dailyBookingCount) return true;
    return config.weeklyBookingCount !== null && config.currentWeeklyUsage >= config.weeklyBookingCount;
  }

  /**
   * Loads the days not loaded yet, `CONCURRENCY` at a time, in date order; resolves when every day
   * asked for has answered, including days an earlier call is still loading.
   */
  async load(dates: readonly string[]): Promise<void> {
    const todo = dates.filter((date) => !this.days.has(date));
    const earlier = new Set(dates.filter((date) => this.days.get(date)?.status === 'loading').map((date) => this.inFlight.get(date)));
    for (const date of todo) this.days.set(date, {status: 'loading'});
    if (todo.length) this.host.requestUpdate();
    const generation = this.generation;
    const queue = [...todo];
    const worker = async () => {
      for (let date = queue.shift(); date !== undefined && generation === this.generation; date = queue.shift()) {
        await this.fetch(date, generation);
      }
    };
    const batch = Promise.all(Array.from({length: Math.min(CONCURRENCY, queue.length)}, worker)).then(() => undefined);
    for (const date of todo) this.inFlight.set(date, batch);
    await Promise.all([batch, ...earlier]);
  }

  /** True when every one of `dates` answered and none has a time that can be booked (an error is not "nothing free"). */
  noneFree(dates: readonly string[], now = Date.now()): boolean {
    return dates.length > 0 && dates.every((date) => this.days.get(date)?.status === 'ready' && this.bookable(date, now).length === 0);
  }

  /** Asks for one day again (after a 409, or "Try again"). */
  async reload(date: string): Promise<void> {
    this.days.set(date, {status: 'loading'});
    this.host.requestUpdate();
    const loading = this.fetch(date, this.generation);
    this.inFlight.set(date, loading);
    await loading;
  }

  private async fetch(date: string, generation: number): Promise<void> {
    const client = this.host.client;
    const source = this.source;
    if (!client || !source) return;
    let entry: DayAvailability;
    try {
      const result = await listSlots(
        client,
        source.serviceId,
        {date, staffId: source.staffId, resourceId: source.resourceId},
        {signal: this.host.signal, fresh: true},
      );
      entry = {status: 'ready', result};
    } catch (error) {
      if (isFavApiError(error) && error.kind === 'aborted') {
        if (generation === this.generation) this.days.delete(date);
        return;
      }
      entry = {status: 'error', error};
    }
    if (generation !== this.generation) return;
    this.days.set(date, entry);
    this.host.requestUpdate();
    this.defaults.onDayLoaded?.(date);
  }
}
