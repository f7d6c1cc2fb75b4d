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
import {FlowState, type FlowElement} from '../shared/flow-state.js';
import {SlotAvailability, type BookableSlot} from '../shared/slot-availability.js';
import {wallClockOf, type MyBookingsFlow, type MyBookingsHooks} from './my-bookings-flow.js';

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

/**
 * Cancel and reschedule of the open booking: their state is changed only by the methods below; the
 * step and the booking they lead to, by the flow's ({@link MyBookingsFlow.toChange},
 * {@link MyBookingsFlow.bookingChanged}, {@link MyBookingsFlow.changeRefused}).
 */
export class BookingChanges extends FlowState<FlowElement, MyBookingsHooks, BookingChanges> {
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
    super(flow.element, flow.hooks);
    this.availability = new SlotAvailability(flow.element, {
      timezone: () => flow.timezone,
      durationMinutes: () => this.service?.durationMinutes ?? flow.detail?.totalDurationMinutes,
    });
    this.cancelCall = new CreateCall(this, this.showCall);
    this.rescheduleCall = new CreateCall(this, this.showCall);
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

  /** The zone the slot answers give, once a day has loaded. */
  timezone(): string | undefined {
    return this.date ? (this.availability.day(this.date)?.result?.timezone ?? undefined) : undefined;
  }

  /** Another booking opened, or the member signed out: nothing typed or chosen carries over. */
  reset(): void {
    this.availability.clear();
    this.set({busy: false, error: undefined, notice: undefined, refusal: undefined, reason: '', date: undefined, slotKey: undefined});
  }

  /** What the member typed as the cancel reason (kept as typed; the field shows it already). */
  reasonTyped(reason: string): void {
    this.reason = reason;
  }

  clearMessages(): void {
    this.set({error: undefined, notice: undefined});
  }

  /** Signed in again on the reschedule step: the chosen day's times may have changed meanwhile. */
  resume(): void {
    this.set({error: undefined});
    if (this.flow.step === 'reschedule' && this.date) void this.availability.reload(this.date);
  }

  // -------------------------------------------------------------------------------------------
  // Cancel

  toCancel(): void {
    if (!this.flow.detail) return;
    this.set({error: undefined, notice: undefined});
    this.flow.toChange('cancel');
  }

  /** Cancels the open booking (A9) once: a second press while it runs does nothing. */
  async confirmCancel(): Promise<boolean> {
    const flow = this.flow;
    const client = this.element.client;
    const booking = flow.detail;
    if (!client || !booking || this.busy) return false;
    const reason = this.reason.trim() || undefined;
    if (!this.hooks.beforeCancel(booking, reason)) {
      this.set({notice: 'vetoed', error: undefined});
      return false;
    }
    this.set({notice: undefined});
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
    this.set({notice: 'cancelled', reason: ''});
    flow.bookingChanged(cancelled);
    this.hooks.bookingCancelled(cancelled, reason);
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
    this.set({error: undefined, notice: undefined});
    this.flow.toChange('reschedule');
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
    this.set({date, slotKey: undefined, notice: this.notice === 'slot-taken' ? this.notice : undefined});
    void this.availability.load([date]);
  }

  selectSlot(key: string): void {
    this.set({slotKey: key, notice: undefined, error: undefined});
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
    const client = this.element.client;
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
    if (!this.hooks.beforeReschedule(booking, previous, slot.occurrence)) {
      this.set({notice: 'vetoed', error: undefined});
      return false;
    }
    this.set({notice: undefined});
    const moved = await this.rescheduleCall.send({
      request: {booking: booking.id, ...input},
      call: (options) => rescheduleBooking(client, booking.id, input, options),
      asMember: true,
      sessionEnded: () => undefined,
      refused: async (error) => {
        if (error.status !== 409 || isRefusal(error)) return this.refused(error, 'reschedule');
        // The time was taken meanwhile: fresh times for that day, which stays chosen.
        this.set({slotKey: undefined, notice: 'slot-taken'});
        await this.availability.reload(slot.date);
        return true;
      },
    });
    if (!moved) return false;
    const next = {occurrenceStart: moved.occurrenceStart ?? input.occurrenceStart, occurrenceEnd: moved.occurrenceEnd ?? input.occurrenceEnd};
    this.availability.clear();
    this.set({notice: 'rescheduled', date: undefined, slotKey: undefined});
    flow.bookingChanged(moved);
    this.hooks.bookingRescheduled(moved, previous ?? next, next);
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
      this.set({notice: 'not-changeable', refusal});
      this.flow.changeRefused();
      return true;
    }
    if (error.status === 404) {
      this.flow.changeRefused(error);
      return true;
    }
    return false;
  }
}
