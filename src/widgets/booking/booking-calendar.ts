/**
 * The date step's logic, without markup: from the service to the calendar, the day a `date`
 * attribute set later names, and the month the calendar shows (the next one when nothing is free
 * in it). Loaded with the later steps.
 */
import {msg} from '@lit/localize';
import {addMonths, monthOf} from '../../ui/calendar-dates.js';
import type {CalendarController} from '../../ui/calendar.js';
import type {BookingFlow} from './booking-flow.js';

/**
 * From the service to the calendar, opened at `date` (the `date` attribute) unless a day is chosen
 * already. Resolves false when a staff member or room must be chosen first (its error shows).
 */
export async function toTime(flow: BookingFlow, calendar: CalendarController, date: string | undefined): Promise<boolean> {
  const moved = await flow.toTime({
    staff: msg('Please choose who you would like.', {id: 'booking.staff.required', desc: 'Error when no staff member is chosen'}),
    resource: msg('Please choose a room.', {id: 'booking.resource.required', desc: 'Error when no room is chosen'}),
  });
  if (!moved) return false;
  const {min, max} = flow.window();
  calendar.setRange(min, max, flow.date ?? date);
  await showMonth(flow, calendar, calendar.month);
  return true;
}

/** The page set the `date` attribute while the calendar shows: that day is chosen, when it can be booked. */
export function showDate(flow: BookingFlow, calendar: CalendarController, date: string): void {
  const {min, max} = flow.window();
  if (date >= min && date <= max) {
    calendar.setRange(min, max, date);
    flow.selectDate(date);
  }
}

/** Loads the free days of `month`; when nothing is free there, shows the next month, where the window continues. */
export async function showMonth(flow: BookingFlow, calendar: CalendarController, month: string): Promise<void> {
  const nothingFree = await flow.loadMonth(month);
  if (nothingFree && !flow.date && month < monthOf(calendar.max) && calendar.month === month) calendar.show(addMonths(month, 1));
}
