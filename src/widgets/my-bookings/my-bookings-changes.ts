/**
 * Cancel (A9) and reschedule (A10) of the open booking in `<fav-my-bookings>`: the reason typed, the
 * new day and time chosen with their availability, what is in flight and how it ended. Loaded with
 * the later steps, so the list stays small.
 */
import {cancelBooking, rescheduleBooking, type RescheduleInput} from '../../api/bookings.js';
import type {FavApiError} from '../../api/errors.js';
import type {Occurrence} from '../../api/occurrence.js';
import type {Service} from '../../api/schemas/booking.js';
import {addDays, datesOfMonth, todayIn} from '../../ui/calendar-dates.js';
import {CreateCall} from '../shared/create-call.js';
import {SlotAvailability, type BookableSlot} from '../shared/slot-availability.js';
import {wallClockOf, type MyBookingsFlow} from './my-bookings-flow.js';

/** What the last change ended with, shown as a banner on the step it led to. */
export type ChangeNotice = 'cancelled' | 'rescheduled' | 'slot-taken' | 'not-changeable' | 'vetoed' | undefined;

/** Why the server refused a cancel or reschedule (403, or 409 `*_NOT_ALLOWED`). */
export interface ChangeRefusal {
  action: 'cancel' | 'reschedule';
  /** `past_cutoff`, `disabled`, `already_cancelled`, `completed`, … as the server says; may be absent. */
  reason?: string;
  cutoffHours?: number;
}

const MAX_WINDOW_DAYS = 30;


/** 403, or 409 `CANCELLATION_NOT_ALLOWED` / `RESCHEDULE_NOT_ALLOWED`: the booking cannot be changed online. */
function isRefusal(error: {status: number; code?: string}): boolean {
  return error.status === 403 || /_NOT_ALLOWED$/.test(error.code ?? '');
}

export class BookingChanges {
  busy = false;
  error?: unknown;
  notice: ChangeNotice;
  refusal?: ChangeRefusal;
  /** The cancel reason typed so far. */
  reason = '';
  /** The new day and time. */
  date?: string;
  slotKey?: string;
  readonly availability: SlotAvailability;
  private readonly cancelCall: CreateCall;
  private readonly rescheduleCall: CreateCall;

  constructor(private readonly flow: MyBookingsFlow) {
    this.availability = new SlotAvailability(flow.host, {
      timezone: () => flow.timezone,
      durationMinutes: () => this.service?.durationMinutes ?? flow.detail?.totalDurationMinutes,
    });
    this.cancelCall = new CreateCall(flow.host, (state) => this.update(state));
    this.rescheduleCall = new CreateCall(flow.host, (state) => this.update(state));
  }

  /** The open booking's own service (the flow may still hold another one, e.g. the list's, for its zone). */
  private get service(): Service | undefined {
    const service = this.flow.service;
    const booking = this.flow.detail;
    return service && booking && String(service.id) === String(booking.serviceId) ? service : undefined;
  }

  /** Places per time, when the service takes more than one person. */
  get capacity(): number {
    return this.service?.capacity ?? 1;
  }

  private update(patch: Partial<BookingChanges>): void {
    Object.assign(this, patch);
    this.flow.host.requestUpdate();
  }

  /** The zone the slot answers give, once a day has loaded. */
  timezone(): string | undefined {
    return this.date ? (this.availability.day(this.date)?.result?.timezone ?? undefined) : undefined;
  }

  /** Another booking opened, or the member signed out: nothing typed or chosen carries over. */
  reset(): void {
    this.availability.clear();
    this.update({busy: false, error: undefined, notice: undefined, refusal: undefined, reason: '', date: undefined, slotKey: undefined});
  }

  clearMessages(): void {
    this.update({error: undefined, notice: undefined});
  }

  /** Signed in again on the reschedule step: the chosen day's times may have changed meanwhile. */
  resume(): void {
    this.update({error: undefined});
    if (this.flow.step === 'reschedule' && this.date) void this.availability.reload(this.date);
  }

  // -------------------------------------------------------------------------------------------
  // Cancel

  toCancel(): void {
    if (!this.flow.detail) return;
    this.update({error: undefined, notice: undefined});
    this.flow.update({step: 'cancel'});
  }

  /** Cancels the open booking (A9) once: a second press while it runs does nothing. */
  async confirmCancel(): Promise<boolean> {
    const flow = this.flow;
    const client = flow.host.client;
    const booking = flow.detail;
    if (!client || !booking || this.busy) return false;
    const reason = this.reason.trim() || undefined;
    if (!flow.host.beforeCancel(booking, reason)) {
      this.update({notice: 'vetoed', error: undefined});
      return false;
    }
    this.update({notice: undefined});
    const cancelled = await this.cancelCall.send({
      request: {booking: booking.id, reason},
      // A9 takes no Idempotency-Key: cancelling twice is cancelling once.
      call: ({signal}) => cancelBooking(client, booking.id, {reason}, {signal}),
      asMember: true,
      // Nothing changed on the server; the step and what was typed stay for after the sign-in the element shows.
      sessionEnded: () => undefined,
      refused: (error) => this.refused(error, 'cancel'),
    });
    if (!cancelled) return false;
    this.update({notice: 'cancelled', reason: ''});
    flow.update({detail: cancelled, booking: cancelled, step: 'detail'});
    flow.bookingsChanged();
    flow.host.bookingCancelled(cancelled, reason);
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Reschedule

  /** To the new day and time: the same service, staff and room as the booking. */
  toReschedule(): boolean {
    const booking = this.flow.detail;
    if (!booking || booking.serviceId === null) return false;
    this.availability.use({
      serviceId: String(booking.serviceId),
      staffId: booking.staffId !== null ? String(booking.staffId) : undefined,
      resourceId: booking.resourceId !== null ? String(booking.resourceId) : undefined,
    });
    this.update({error: undefined, notice: undefined});
    this.flow.update({step: 'reschedule'});
    return true;
  }

  /** The days that can be chosen: today (tenant time) to the advance-booking limit, at most 30 days. */
  window(): {min: string; max: string} {
    const today = todayIn(this.flow.timezone);
    const config = this.date ? this.availability.day(this.date)?.result?.bookingConfig : undefined;
    const advance = config?.advanceBookingDays ?? this.service?.advanceBookingDays ?? MAX_WINDOW_DAYS;
    return {min: today, max: addDays(today, Math.max(0, Math.min(advance, MAX_WINDOW_DAYS)))};
  }

  /** The day the calendar opens on: the one chosen before, else the booking's own day when it is in the window. */
  initialDate(): string {
    const {min, max} = this.window();
    const current = this.flow.detail ? wallClockOf(this.flow.detail).date : undefined;
    if (this.date && this.date >= min && this.date <= max) return this.date;
    return current && current >= min && current <= max ? current : min;
  }

  async loadMonth(month: string): Promise<void> {
    const {min, max} = this.window();
    await this.availability.load(datesOfMonth(month).filter((date) => date >= min && date <= max));
  }

  selectDate(date: string): void {
    this.update({date, slotKey: undefined, notice: this.notice === 'slot-taken' ? this.notice : undefined});
    void this.availability.load([date]);
  }

  selectSlot(key: string): void {
    this.update({slotKey: key, notice: undefined, error: undefined});
  }

  get selectedSlot(): BookableSlot | undefined {
    return this.date && this.slotKey ? this.availability.bookable(this.date).find((slot) => slot.key === this.slotKey) : undefined;
  }

  /**
   * Moves the booking to the chosen time (A10, one Idempotency-Key for its retries) once: a second
   * press while it runs does nothing. `previous` is the booking's time before, for the event.
   */
  async confirmReschedule(previous: Occurrence | undefined): Promise<boolean> {
    const flow = this.flow;
    const client = flow.host.client;
    const booking = flow.detail;
    const slot = this.selectedSlot;
    if (!client || !booking || !slot || this.busy) return false;
    const resourceId = booking.resourceId ?? slot.slot.resourceId;
    const input: RescheduleInput = {
      occurrenceStart: slot.occurrence.occurrenceStart,
      occurrenceEnd: slot.occurrence.occurrenceEnd,
      ...(booking.staffId !== null ? {staffId: booking.staffId} : {}),
      ...(resourceId !== null ? {resourceId} : {}),
      ...(slot.slot.scheduleId !== null ? {scheduleId: slot.slot.scheduleId} : {}),
      ...(slot.slot.quoteId ? {quoteId: slot.slot.quoteId} : {}),
    };
    if (!flow.host.beforeReschedule(booking, previous, slot.occurrence)) {
      this.update({notice: 'vetoed', error: undefined});
      return false;
    }
    this.update({notice: undefined});
    const moved = await this.rescheduleCall.send({
      request: {booking: booking.id, ...input},
      call: (options) => rescheduleBooking(client, booking.id, input, options),
      asMember: true,
      sessionEnded: () => undefined,
      refused: async (error) => {
        if (error.status !== 409 || isRefusal(error)) return this.refused(error, 'reschedule');
        // The time was taken meanwhile: fresh times for that day, which stays chosen.
        this.update({slotKey: undefined, notice: 'slot-taken'});
        await this.availability.reload(slot.date);
        return true;
      },
    });
    if (!moved) return false;
    const next = {occurrenceStart: moved.occurrenceStart ?? input.occurrenceStart, occurrenceEnd: moved.occurrenceEnd ?? input.occurrenceEnd};
    this.availability.clear();
    this.update({notice: 'rescheduled', date: undefined, slotKey: undefined});
    flow.update({detail: moved, booking: moved, step: 'detail'});
    flow.bookingsChanged();
    flow.host.bookingRescheduled(moved, previous ?? next, next);
    return true;
  }

  /** A change the server refused, or a booking it no longer finds: said on the booking's detail. */
  private refused(error: FavApiError, action: ChangeRefusal['action']): boolean {
    if (isRefusal(error)) {
      const details = error.details ?? {};
      const refusal: ChangeRefusal = {
        action,
        reason: typeof details.reason === 'string' ? details.reason : undefined,
        cutoffHours: typeof details.cutoffHours === 'number' ? details.cutoffHours : undefined,
      };
      this.update({notice: 'not-changeable', refusal});
      this.flow.update({step: 'detail'});
      return true;
    }
    if (error.status === 404) {
      this.flow.update({step: 'detail', detailError: error});
      return true;
    }
    return false;
  }
}
