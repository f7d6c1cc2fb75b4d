/** The date-and-time step (widgets/shared/day-slots.styles.ts): calendar beside the times when there is room. */
import {expect, html} from '@open-wc/testing';
import '../../../src/entries/booking.js';
import {setViewport} from '../../support/commands.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {resetPage} from '../../support/mock.js';
import {BookingPage} from '../booking/booking-page.js';

async function timeStep(width: number) {
  await setViewport({width, height: 900});
  const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_massage" staff-id="stf_wong"></fav-booking></fav-provider>`, 'service');
  await page.toTime();
  const box = (selector: string) => page.root.querySelector(selector)!.getBoundingClientRect();
  return {calendar: box('[part~="calendar"]'), times: box('.day-slots')};
}

describe('the date-and-time step layout', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  it('puts the times beside the calendar in a wide widget', async () => {
    const {calendar, times} = await timeStep(1000);
    expect(times.left).to.be.at.least(calendar.right);
    expect(Math.abs(times.top - calendar.top)).to.be.below(calendar.height);
  });

  it('puts the times under the calendar on a phone', async () => {
    const {calendar, times} = await timeStep(360);
    expect(times.top).to.be.at.least(calendar.bottom);
  });
});
