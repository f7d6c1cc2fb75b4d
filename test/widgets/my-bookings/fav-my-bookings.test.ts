import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/my-bookings.js';
import '../../../src/entries/booking.js';
import type {CSSResult} from 'lit';
import {tokens} from '../../../src/ui/tokens.js';
import {myBookingsStyles} from '../../../src/widgets/my-bookings/fav-my-bookings.styles.js';
import {stepStyles} from '../../../src/widgets/my-bookings/my-bookings-steps.styles.js';
import {MyBookingsPage} from './my-bookings-page.js';
import {LoginPage} from '../login/login-page.js';
import {BookingPage} from '../booking/booking-page.js';
import {lastRequest, mockControl, mockPost, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {A_MONDAY_MORNING, dateIn, pinClock} from '../../support/clock.js';
import type {FavLogin} from '../../../src/widgets/login/fav-login.js';
import type {FavBooking} from '../../../src/widgets/booking/fav-booking.js';

/** `Friday, December 4, 2026`, as the widget writes a calendar date in English. */
const longDate = (date: string) =>
  new Intl.DateTimeFormat('en', {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(Date.parse(`${date}T00:00:00Z`));

/** `2:00 PM`, as the widget writes a wall-clock time in English. */
const timeText = (time: string) =>
  new Intl.DateTimeFormat('en', {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))));

/** The test browser's zone is not the tenant's (Hong Kong), so the tenant's zone is named beside times. */
const ELSEWHERE = Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Hong_Kong';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The member's access token, as the widget sends it. */
function tokenOf(page: MyBookingsPage): string {
  return page.provider.environment!.session!.getAccessToken()!;
}

/** The inline sign-in box, once it has rendered its form. */
function loginBox(page: MyBookingsPage): Promise<LoginPage> {
  return LoginPage.inside(page.root);
}

/** Picks a free day other than `except` and its first time; returns the chosen slot as the flow holds it. */
async function pickOtherTime(page: MyBookingsPage, except?: string) {
  const days = (await page.availableDays()).filter((date) => date !== except);
  expect(days.length, 'a free day to move to').to.be.greaterThan(0);
  await page.pickDay(days[0]!);
  await page.pickSlot(0);
  const chosen = page.changes.selectedSlot!;
  expect(chosen, 'a time is chosen').to.exist;
  return chosen;
}

describe('<fav-my-bookings>', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  describe('signed out', () => {
    it('asks the visitor to sign in, opens the sign-in box in place, then lists their bookings', async () => {
      const page = await MyBookingsPage.mount();
      expect(page.heading).to.equal('My bookings');
      expect(page.text).to.contain('Sign in to see and manage your bookings.');
      expect(requestsFor('listBookings')).to.have.length(0);

      await page.click('Sign in');
      expect(page.root.activeElement?.matches('[part~="heading"]'), 'focus stays above the sign-in box').to.equal(true);
      const login = await loginBox(page);
      await login.signInAsMember();
      await page.listLoaded();
      expect(page.root.querySelector('fav-login')).to.equal(null);
      expect(page.ids()).to.include('bk_1001');
      const request = lastRequest('listBookings');
      expect(request.query).to.include({upcoming: 'true', page: '1', limit: '10'});
      expect(request.headers.authorization).to.match(/^Bearer mock-at-/);
    });

    it('forgets the member’s bookings when they sign out', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.provider.environment!.session!.signOut();
      await page.element.updateComplete;
      expect(page.text).to.contain('Sign in to see and manage your bookings.');
      expect(page.text).not.to.contain('Deep Tissue Massage');
      expect(page.flow.lists.upcoming.result).to.equal(undefined);
    });

    it('works without a provider, with its own configuration', async () => {
      const page = await MyBookingsPage.signedIn(html`<fav-my-bookings mock company-id="demo"></fav-my-bookings>`);
      expect(page.ids()).to.include('bk_1001');
    });
  });

  describe('lists', () => {
    it('shows upcoming and past bookings, each with its status in words', async () => {
      const page = await MyBookingsPage.signedIn();
      expect(page.heading).to.equal('My bookings');
      expect(page.tab('Upcoming').getAttribute('aria-selected')).to.equal('true');
      expect(page.ids()).to.deep.equal(['bk_1002', 'bk_1006', 'bk_1001', 'bk_1003']);
      const cards = page.cards();
      expect(cards.find((card) => card.id === 'bk_1001')).to.deep.include({service: 'Deep Tissue Massage', status: 'Confirmed'});
      expect(cards.find((card) => card.id === 'bk_1003')!.status).to.equal('Pending');
      expect(cards.find((card) => card.id === 'bk_1001')!.when).to.match(/10:00\sAM–11:00\sAM$/);
      // The tenant's wall clock, its zone named once when the visitor is elsewhere (the tenant is in Hong Kong).
      const note = page.root.querySelector('[part~="timezone"]')?.textContent ?? '';
      if (ELSEWHERE) expect(note).to.contain('Hong Kong');
      else expect(note).to.equal('');

      await page.showTab('Past');
      expect(page.tab('Past').getAttribute('aria-selected')).to.equal('true');
      expect(page.ids()).to.deep.equal(['bk_1005', 'bk_1004']);
      expect(page.cards().map((card) => card.status)).to.deep.equal(['Cancelled', 'Completed']);
      expect(lastRequest('listBookings').query).to.include({upcoming: 'false'});
      expect(page.text).not.to.contain('bk_1007');
    });

    it('pages through a long list', async () => {
      const page = await MyBookingsPage.signedIn(html`<fav-provider mock company-id="demo"><fav-my-bookings page-size="2"></fav-my-bookings></fav-provider>`);
      expect(page.ids()).to.deep.equal(['bk_1002', 'bk_1006']);
      expect(page.root.querySelector('[part~="pager-status"]')?.textContent).to.contain('Page 1 of 2');
      await page.click('Next');
      await page.listLoaded();
      expect(page.ids()).to.deep.equal(['bk_1001', 'bk_1003']);
      expect(lastRequest('listBookings').query).to.include({page: '2', limit: '2'});
      expect(page.button('Next').disabled).to.equal(true);
    });

    it('says when a list is empty', async () => {
      const page = await MyBookingsPage.signedIn(undefined, 'mem-demo-lee');
      expect(page.ids()).to.deep.equal(['bk_1007']);
      await page.showTab('Past');
      expect(page.ids()).to.deep.equal([]);
      expect(page.text).to.contain('You have no past bookings yet.');
    });

    it('offers to try again when the list fails to load, and loads it then', async () => {
      mockControl.fail('listBookings', {status: 500});
      const page = await MyBookingsPage.mount();
      const failure = oneEvent(page.element, 'fav-error');
      await signInMember(page.provider);
      expect((await failure).detail).to.include({source: 'fav-my-bookings', operation: 'listBookings', status: 500});
      await waitUntil(() => page.banner() !== '', 'an error banner');
      expect(page.banner()).to.contain('having trouble');
      await page.click('Try again');
      await page.listLoaded();
      expect(page.banner()).to.equal('');
      expect(page.ids()).to.have.length(4);
    });

    it('offers to try again when the connection drops', async () => {
      // GETs are retried twice by the client before the visitor sees anything.
      mockControl.fail('listBookings', {network: true, times: 3});
      const page = await MyBookingsPage.mount();
      await signInMember(page.provider);
      await waitUntil(() => page.banner() !== '', 'an error banner', {timeout: 8000});
      expect(page.banner()).to.match(/connection|offline/);
      await page.click('Try again');
      await page.listLoaded();
      expect(page.ids()).to.have.length(4);
    });

    it('follows a booking made with <fav-booking> on the same page', async () => {
      const page = await MyBookingsPage.signedIn(
        html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking><fav-my-bookings></fav-my-bookings></fav-provider>`,
      );
      expect(page.ids()).to.have.length(4);
      const booking = new BookingPage(page.provider.querySelector<FavBooking>('fav-booking')!);
      await booking.waitFor('service');
      await booking.toTime();
      await booking.pickSlot(0);
      await booking.toDetails();
      await booking.toReview();
      const created = oneEvent(booking.element, 'fav-booking-created');
      await booking.click('Confirm booking');
      const id = String((await created).detail.booking.id);
      await waitUntil(() => page.ids().includes(id), `the new booking ${id} in the list`, {timeout: 8000});
      expect(page.ids()).to.have.length(5);
    });
  });

  describe('detail', () => {
    it('shows a booking with its times on the business’s clock, staff, price, what is included and a calendar file', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      const request = lastRequest('getBooking');
      expect(request.path).to.equal('/v6/customer-portal/bookings/bk_1001');
      expect(request.headers.authorization).to.equal(`Bearer ${tokenOf(page)}`);
      expect(page.heading).to.equal('Deep Tissue Massage');
      const summary = page.summary();
      expect(summary).to.include({Status: 'Confirmed', With: 'Wong Siu Ming', Price: 'HK$560.00', Reference: 'bk_1001'});
      expect(summary.Time).to.match(ELSEWHERE ? /^10:00\sAM–11:00\sAM \(Hong Kong .*\)$/ : /^10:00\sAM–11:00\sAM$/);
      expect(summary.Date).to.equal(longDate(page.flow.detail!.bookingDate!));
      expect(page.lineItems()).to.deep.equal(['Deep Tissue Massage HK$480.00', 'Hot stones HK$80.00']);
      const ics = page.root.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
      const file = decodeURIComponent(ics.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
      // 10:00 in Hong Kong is 02:00 UTC.
      expect(file).to.match(/DTSTART:\d{8}T020000Z/);
      expect(file).to.contain('SUMMARY:Deep Tissue Massage');
      expect(ics.getAttribute('download')).to.equal('booking-bk_1001.ics');
      expect(page.button('Reschedule')).to.exist;
      expect(page.button('Cancel booking')).to.exist;
    });

    it('offers no changes and no calendar file for past bookings, and shows notes and the reason for cancelling', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1003');
      expect(page.summary()).to.include({Status: 'Pending', Notes: 'Sensitive skin'});
      await page.click('All my bookings');
      await page.listLoaded();
      await page.showTab('Past');
      await page.open('bk_1004');
      expect(page.summary()).to.include({Status: 'Completed', With: 'Cheung Mei Ling'});
      expect(page.buttons().map((b) => b.textContent!.trim())).not.to.include.members(['Reschedule']);
      expect(page.buttons().map((b) => b.textContent!.trim())).not.to.include('Cancel booking');
      expect(page.root.querySelector('[part~="calendar-link"]')).to.equal(null);
      await page.click('All my bookings');
      await page.listLoaded();
      await page.open('bk_1005');
      expect(page.summary()).to.include({Status: 'Cancelled', 'Reason for cancelling': 'Schedule changed'});
    });

    it('says clearly when the booking is not the member’s', async () => {
      const page = await MyBookingsPage.mount(html`<fav-provider mock company-id="demo"><fav-my-bookings booking-id="bk_1007"></fav-my-bookings></fav-provider>`);
      await signInMember(page.provider);
      await waitUntil(() => page.banner() !== '', 'a message');
      expect(lastRequest('getBooking').path).to.equal('/v6/customer-portal/bookings/bk_1007');
      expect(page.banner()).to.contain('We could not find this booking');
      expect(page.text).not.to.contain('Reschedule');
      await page.click('All my bookings');
      await page.listLoaded();
      expect(page.ids()).to.include('bk_1001');
    });

    it('opens a booking from the booking-id attribute', async () => {
      const page = await MyBookingsPage.mount(html`<fav-provider mock company-id="demo"><fav-my-bookings booking-id="bk_1003"></fav-my-bookings></fav-provider>`);
      await signInMember(page.provider);
      await page.detailLoaded();
      expect(page.heading).to.equal('Signature Facial');
    });

    it('offers to try again after an unreadable answer', async () => {
      mockControl.fail('getBooking', {malformed: true});
      const page = await MyBookingsPage.signedIn();
      page.root.querySelector<HTMLButtonElement>('[data-id="bk_1001"]')!.click();
      await waitUntil(() => page.banner().includes('could not read'), 'an error banner', {timeout: 8000});
      await page.click('Try again');
      await page.detailLoaded();
      expect(page.summary().Reference).to.equal('bk_1001');
    });
  });

  describe('cancel', () => {
    it('asks for confirmation, sends the reason, tells the page and updates the lists', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toCancel();
      expect(page.heading).to.equal('Cancel this booking?');
      expect(page.text).to.contain('Deep Tissue Massage');
      await page.click('Keep booking');
      expect(page.step).to.equal('detail');
      await page.toCancel();
      await page.type('reason', 'Feeling unwell');
      expect(requestsFor('cancelBooking'), 'nothing is cancelled before confirming').to.have.length(0);

      const cancelled = oneEvent(page.element, 'fav-booking-cancelled');
      await page.click('Yes, cancel booking');
      const event = await cancelled;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.reason).to.equal('Feeling unwell');
      expect(event.detail.booking).to.include({id: 'bk_1001', status: 'cancelled', cancellationReason: 'Feeling unwell'});
      const request = lastRequest('cancelBooking');
      expect(request.path).to.equal('/v6/customer-portal/bookings/bk_1001/cancel');
      expect(request.body).to.deep.equal({reason: 'Feeling unwell'});
      expect(request.headers.authorization).to.match(/^Bearer /);

      await page.settled();
      expect(page.step).to.equal('detail');
      expect(page.banner()).to.contain('Your booking has been cancelled.');
      expect(page.summary().Status).to.equal('Cancelled');
      expect(page.text).not.to.contain('Reschedule');

      await page.click('All my bookings');
      await page.listLoaded();
      expect(page.ids()).not.to.include('bk_1001');
      await page.showTab('Past');
      expect(page.cards().find((card) => card.id === 'bk_1001')?.status).to.equal('Cancelled');
    });

    it('cancels without a reason when none is given', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1006');
      await page.toCancel();
      const cancelled = oneEvent(page.element, 'fav-booking-cancelled');
      await page.click('Yes, cancel booking');
      expect((await cancelled).detail).not.to.have.property('reason');
      expect(lastRequest('cancelBooking').body).to.deep.equal({});
    });

    it('lets the page stop a cancellation in fav-before-booking-cancel', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1006');
      await page.toCancel();
      await page.type('reason', 'Travelling');
      const before = oneEvent(page.element, 'fav-before-booking-cancel');
      page.element.addEventListener('fav-before-booking-cancel', (event) => event.preventDefault(), {once: true});
      await page.click('Yes, cancel booking');
      const event = await before;
      expect(event.cancelable).to.equal(true);
      expect(event.detail.booking.id).to.equal('bk_1006');
      expect(event.detail.reason).to.equal('Travelling');
      expect(requestsFor('cancelBooking')).to.have.length(0);
      expect(page.banner()).to.contain('This change cannot be made here.');
      expect(page.step).to.equal('cancel');
    });

    it('says why a booking inside the cutoff can no longer be cancelled online', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1002');
      await page.toCancel();
      const failure = oneEvent(page.element, 'fav-error');
      await page.click('Yes, cancel booking');
      expect((await failure).detail).to.include({operation: 'cancelBooking', status: 409, code: 'CANCELLATION_NOT_ALLOWED'});
      await page.settled();
      expect(page.step).to.equal('detail');
      expect(page.banner()).to.contain('can no longer be changed online: changes close 24 hours before the start');
      expect(page.summary().Status).to.equal('Confirmed');
      expect(page.text).not.to.contain('Cancel booking');
      expect(page.text).not.to.contain('Reschedule');
      // Still said when the member comes back to it.
      await page.click('All my bookings');
      await page.listLoaded();
      await page.open('bk_1002');
      expect(page.banner()).to.contain('changes close 24 hours before the start');
      expect(page.text).not.to.contain('Cancel booking');
    });

    it('keeps the reason after a server error and cancels on "Try again"', async () => {
      mockControl.fail('cancelBooking', {status: 503});
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toCancel();
      await page.type('reason', 'Travelling');
      await page.click('Yes, cancel booking');
      await page.settled();
      expect(page.banner()).to.contain('having trouble');
      expect(page.input('reason').value).to.equal('Travelling');
      await page.click('Try again');
      await page.settled();
      expect(page.banner()).to.contain('Your booking has been cancelled.');
      expect(requestsFor('cancelBooking')).to.have.length(2);
      expect(lastRequest('cancelBooking').body).to.deep.equal({reason: 'Travelling'});
    });

    it('sends one request for a double click', async () => {
      mockControl.setLatency({cancelBooking: 200});
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toCancel();
      const button = page.button('Yes, cancel booking');
      button.click();
      button.click();
      await page.element.updateComplete;
      page.button('Yes, cancel booking').click();
      await page.settled();
      expect(requestsFor('cancelBooking')).to.have.length(1);
      expect(page.banner()).to.contain('Your booking has been cancelled.');
    });
  });

  describe('reschedule', () => {
    it('moves a booking to a new day and time with the same staff, and tells the page', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      const before = page.flow.detail!;
      await page.toReschedule();
      expect(page.heading).to.equal('Choose a new time');
      expect(page.root.querySelector('[part~="current-time"]')!.textContent).to.match(/Now booked for \w+day, \w+ \d+, \d{4}, 10:00\sAM–11:00\sAM/);
      // The booking's day is open first, with Wong's other times (not the booked one).
      expect(page.changes.date).to.equal(before.bookingDate);
      expect(page.slotButtons().map((b) => b.dataset.time)).not.to.include('10:00');
      expect(lastRequest('listSlots').path).to.equal('/v6/customer-portal/services/svc_massage/slots');
      expect(lastRequest('listSlots').query).to.include({staffId: 'stf_wong'});

      const chosen = await pickOtherTime(page, before.bookingDate!);
      // The tenant's wall clock as offered, with its offset: never converted to the visitor's zone.
      expect(chosen.occurrence.occurrenceStart).to.equal(`${chosen.date}T${chosen.slot.startTime}:00+08:00`);
      expect(page.root.querySelector('[part~="new-time"]')?.textContent).to.contain('New time:');
      const moved = oneEvent(page.element, 'fav-booking-rescheduled');
      await page.click('Confirm new time');
      const event = await moved;

      const request = lastRequest('rescheduleBooking');
      expect(request.path).to.equal('/v6/customer-portal/bookings/bk_1001/reschedule');
      expect(request.body).to.deep.include({
        occurrenceStart: chosen.occurrence.occurrenceStart,
        occurrenceEnd: chosen.occurrence.occurrenceEnd,
        staffId: 'stf_wong',
      });
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.previous).to.deep.equal({start: before.occurrenceStart, end: before.occurrenceEnd});
      expect(event.detail.start).to.equal(chosen.occurrence.occurrenceStart);
      expect(event.detail.end).to.equal(chosen.occurrence.occurrenceEnd);
      expect(event.detail.booking).to.include({id: 'bk_1001', bookingDate: chosen.date, startTime: chosen.slot.startTime});

      await page.settled();
      expect(page.step).to.equal('detail');
      expect(page.banner()).to.contain('Your booking has been moved to');
      expect(page.summary().Date).to.equal(longDate(chosen.date));
      await page.click('All my bookings');
      await page.listLoaded();
      expect(page.cards().find((card) => card.id === 'bk_1001')!.when).to.contain(timeText(chosen.slot.startTime));
    });

    it('lets the page stop a move in fav-before-booking-reschedule', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      const before = page.flow.detail!;
      await page.toReschedule();
      const chosen = await pickOtherTime(page, before.bookingDate!);
      const asked = oneEvent(page.element, 'fav-before-booking-reschedule');
      page.element.addEventListener('fav-before-booking-reschedule', (event) => event.preventDefault(), {once: true});
      await page.click('Confirm new time');
      const event = await asked;
      expect(event.detail).to.deep.include({start: chosen.occurrence.occurrenceStart, end: chosen.occurrence.occurrenceEnd});
      expect(event.detail.previous!.start).to.equal(before.occurrenceStart);
      expect(requestsFor('rescheduleBooking')).to.have.length(0);
      expect(page.banner()).to.contain('This change cannot be made here.');
    });

    it('keeps the booked room when moving a room booking', async () => {
      const page = await MyBookingsPage.signedIn();
      // A sauna booking a week ahead (on a Monday, A_MONDAY_MORNING: the sauna is open), made for the
      // member elsewhere (another tab, say).
      const day = dateIn('Asia/Hong_Kong', Date.now() + 7 * 24 * 3600_000);
      const made = await mockPost(
        '/bookings/guest',
        {serviceId: 'svc_sauna', occurrenceStart: `${day}T15:00:00+08:00`, occurrenceEnd: `${day}T15:45:00+08:00`, resourceId: 'res_sauna_1', customerName: 'Chan Tai Man', customerPhone: '+85291234567'},
        {token: tokenOf(page), key: crypto.randomUUID()},
      );
      expect(made.status).to.equal(201);
      document.dispatchEvent(new CustomEvent('fav-booking-created', {detail: {booking: made.data}, bubbles: true, composed: true}));
      await waitUntil(() => page.ids().includes(String(made.data.id)), 'the list follows the new booking', {timeout: 8000});
      await page.open(String(made.data.id));
      await page.toReschedule();
      expect(lastRequest('listSlots').query).to.include({resourceId: 'res_sauna_1'});
      const chosen = await pickOtherTime(page, day);
      await page.click('Confirm new time');
      await page.settled();
      expect(lastRequest('rescheduleBooking').body).to.deep.include({occurrenceStart: chosen.occurrence.occurrenceStart, resourceId: 'res_sauna_1'});
      expect(page.summary().Room).to.equal('Sauna Room 1');
    });

    it('reloads the day’s times when the chosen time was taken meanwhile, keeping the day', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toReschedule();
      const chosen = await pickOtherTime(page, page.flow.detail!.bookingDate!);
      // Someone else books that very time with the same therapist.
      const taken = await mockPost(
        '/bookings/guest',
        {serviceId: 'svc_massage', staffId: 'stf_wong', ...chosen.occurrence, customerName: 'Amy Lau', customerPhone: '+85261234567'},
        {key: crypto.randomUUID()},
      );
      expect(taken.status).to.equal(201);
      const slotRequests = requestsFor('listSlots').length;
      await page.click('Confirm new time');
      await page.settled();
      await page.daySettled();
      expect(lastRequest('rescheduleBooking').body).to.deep.include({occurrenceStart: chosen.occurrence.occurrenceStart});
      const firstKey = lastRequest('rescheduleBooking').headers['idempotency-key'];
      expect(page.step).to.equal('reschedule');
      expect(page.banner()).to.contain('that time was just taken');
      expect(page.changes.date).to.equal(chosen.date);
      expect(requestsFor('listSlots').length).to.be.greaterThan(slotRequests);
      expect(lastRequest('listSlots').query).to.include({date: chosen.date});
      expect(page.slotButtons().map((b) => b.dataset.time)).not.to.include(chosen.slot.startTime);
      expect(page.button('Confirm new time').disabled).to.equal(true);

      await page.pickSlot(0);
      const moved = oneEvent(page.element, 'fav-booking-rescheduled');
      await page.click('Confirm new time');
      await moved;
      expect(lastRequest('rescheduleBooking').headers['idempotency-key']).not.to.equal(firstKey);
    });

    it('retries a dropped reschedule with the same Idempotency-Key', async () => {
      mockControl.fail('rescheduleBooking', {network: true});
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1006');
      await page.toReschedule();
      await pickOtherTime(page, page.flow.detail!.bookingDate!);
      const moved = oneEvent(page.element, 'fav-booking-rescheduled');
      await page.click('Confirm new time');
      await moved;
      const [first, second] = requestsFor('rescheduleBooking');
      expect(second, 'a retry').to.exist;
      expect(second!.headers['idempotency-key']).to.equal(first!.headers['idempotency-key']);
      expect(second!.body).to.deep.equal(first!.body);
    });

    it('says why a booking inside the cutoff can no longer be moved online', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1002');
      await page.toReschedule();
      await pickOtherTime(page, page.flow.detail!.bookingDate!);
      await page.click('Confirm new time');
      await page.settled();
      expect(lastRequest('rescheduleBooking').body).to.deep.include({resourceId: 'res_sauna_2'});
      expect(page.step).to.equal('detail');
      expect(page.banner()).to.contain('changes close 24 hours before the start');
    });

    it('sends one request for a double click', async () => {
      mockControl.setLatency({rescheduleBooking: 200});
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1006');
      await page.toReschedule();
      await pickOtherTime(page, page.flow.detail!.bookingDate!);
      const button = page.button('Confirm new time');
      button.click();
      button.click();
      await page.element.updateComplete;
      page.button('Confirm new time').click();
      await page.settled();
      expect(requestsFor('rescheduleBooking')).to.have.length(1);
      expect(page.banner()).to.contain('Your booking has been moved');
    });
  });

  describe('expired session', () => {
    it('asks the member to sign in again mid-flow, then returns to where they were with the reason kept', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toCancel();
      await page.type('reason', 'Running late');
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401});
      await page.click('Yes, cancel booking');
      const login = await loginBox(page);
      expect(page.banner()).to.contain('Your session has expired');
      expect(page.text).not.to.contain('Deep Tissue Massage');
      expect(lastRequest('cancelBooking').headers.authorization).to.match(/^Bearer /);

      await login.signInAsMember();
      await waitUntil(() => page.root.querySelector('fav-login') === null && page.heading === 'Cancel this booking?', 'back on the cancel step');
      expect(page.input('reason').value).to.equal('Running late');
      const cancelled = oneEvent(page.element, 'fav-booking-cancelled');
      await page.click('Yes, cancel booking');
      expect((await cancelled).detail.reason).to.equal('Running late');
      expect(lastRequest('cancelBooking').body).to.deep.equal({reason: 'Running late'});
    });

    it('keeps the chosen day on the reschedule step across a new sign-in', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      await page.toReschedule();
      const chosen = await pickOtherTime(page, page.flow.detail!.bookingDate!);
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401});
      await page.click('Confirm new time');
      const login = await loginBox(page);
      await login.signInAsMember();
      await waitUntil(() => page.heading === 'Choose a new time', 'back on the reschedule step');
      await page.daySettled();
      expect(page.changes.date).to.equal(chosen.date);
    });
  });

  describe('keyboard and accessibility', () => {
    it('switches lists, opens a booking and cancels it with the keyboard alone', async () => {
      const page = await MyBookingsPage.signedIn();
      page.tab('Upcoming').focus();
      await sendKeys({press: 'ArrowRight'});
      await page.listLoaded();
      expect(page.root.activeElement).to.equal(page.tab('Past'));
      expect(page.ids()).to.deep.equal(['bk_1005', 'bk_1004']);
      await sendKeys({press: 'ArrowLeft'});
      await page.listLoaded();
      expect(page.root.activeElement).to.equal(page.tab('Upcoming'));
      for (let i = 0; i < 3; i += 1) await sendKeys({press: 'Tab'});
      expect((page.root.activeElement as HTMLElement).dataset.id).to.equal('bk_1001');
      await sendKeys({press: 'Enter'});
      await page.detailLoaded();
      await waitUntil(() => page.root.activeElement?.matches('[part~="heading"]'), 'focus on the detail heading');
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement?.textContent?.trim()).to.equal('Add to calendar');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement?.textContent?.trim()).to.equal('Cancel booking');
      await sendKeys({press: 'Enter'});
      await waitUntil(() => page.step === 'cancel' && page.root.activeElement?.matches('[part~="heading"]'), 'focus on the cancel heading');
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement).to.equal(page.input('reason'));
      await sendKeys({type: 'Plans changed'});
      await sendKeys({press: 'Tab'});
      expect(page.root.activeElement?.textContent?.trim()).to.equal('Yes, cancel booking');
      await sendKeys({press: 'Enter'});
      await waitUntil(() => requestsFor('cancelBooking').length === 1, 'the cancel request');
      await page.settled();
      expect(lastRequest('cancelBooking').body).to.deep.equal({reason: 'Plans changed'});
      await waitUntil(() => page.root.activeElement?.matches('[part~="heading"]'), 'focus back on the detail heading');
    });

    it('reschedules with the keyboard alone: calendar arrows, a time, confirm', async () => {
      const page = await MyBookingsPage.signedIn();
      await page.open('bk_1001');
      const current = page.flow.detail!.bookingDate!;
      page.button('Reschedule').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => page.step === 'reschedule' && page.root.activeElement?.matches('[part~="heading"]'), 'focus on the reschedule heading');
      await page.daySettled();
      const days = (await page.availableDays()).filter((date) => date !== current);
      const target = days.find((date) => date > current) ?? days.at(-1);
      expect(target, 'another free day').to.be.a('string');
      // Tab into the grid: its one tabbable day is the booking's day.
      let guard = 0;
      while (!page.root.activeElement?.matches('[part~="calendar-day"]') && guard++ < 10) await sendKeys({press: 'Tab'});
      expect((page.root.activeElement as HTMLElement).dataset.date).to.equal(current);
      const steps = Math.round((Date.parse(target!) - Date.parse(current)) / 86_400_000);
      for (let i = 0; i < Math.abs(steps); i += 1) await sendKeys({press: steps > 0 ? 'ArrowRight' : 'ArrowLeft'});
      expect((page.root.activeElement as HTMLElement).dataset.date).to.equal(target);
      await sendKeys({press: 'Enter'});
      await page.daySettled();
      expect(page.changes.date).to.equal(target);
      guard = 0;
      while (!page.root.activeElement?.matches('[part~="slot-button"]') && guard++ < 10) await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await page.element.updateComplete;
      expect(page.changes.selectedSlot).to.exist;
      guard = 0;
      while (page.root.activeElement?.textContent?.trim() !== 'Confirm new time' && guard++ < 40) await sendKeys({press: 'Tab'});
      const moved = oneEvent(page.element, 'fav-booking-rescheduled');
      await sendKeys({press: 'Enter'});
      expect((await moved).detail.start.slice(0, 10)).to.equal(target);
    });

    it('passes axe signed out, in the list, the detail, the cancel step and the reschedule step', async () => {
      const page = await MyBookingsPage.mount();
      await expect(page.element).to.be.accessible();
      await page.click('Sign in');
      await loginBox(page);
      await expect(page.element).to.be.accessible();
      await signInMember(page.provider);
      await page.listLoaded();
      await expect(page.element).to.be.accessible();
      await page.showTab('Past');
      await expect(page.element).to.be.accessible();
      await page.showTab('Upcoming');
      await page.open('bk_1001');
      await expect(page.element).to.be.accessible();
      await page.toCancel();
      await expect(page.element).to.be.accessible();
      await page.click('Keep booking');
      await page.toReschedule();
      await expect(page.element).to.be.accessible();
      await pickOtherTime(page, page.flow.detail!.bookingDate!);
      await expect(page.element).to.be.accessible();
      await page.click('Confirm new time');
      await page.settled();
      await expect(page.element).to.be.accessible();
    });

    it('uses Traditional Chinese dates, names and requests with locale="zh-Hant"', async () => {
      const page = await MyBookingsPage.signedIn(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-my-bookings></fav-my-bookings></fav-provider>`);
      try {
        // The Chinese strings arrive as a module of their own; the list may be there first.
        await waitUntil(() => page.heading === '我的預約', 'the Chinese heading', {timeout: 8000});
        expect([...page.root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim())).to.deep.equal(['即將到來', '過往']);
        expect(lastRequest('listBookings').headers['accept-language']).to.equal('zh-Hant');
        const massage = page.cards().find((card) => card.id === 'bk_1001')!;
        expect(massage.service).to.equal('深層組織按摩');
        expect(massage.when).to.match(/12月|\d+月\d+日/);
        await page.open('bk_1001');
        expect(page.root.textContent).to.match(/\d{4}年\d+月\d+日/);
        expect(page.root.textContent).to.contain('王小明');
      } finally {
        const {applyLocale} = await import('../../../src/i18n/locale.js');
        await applyLocale('en');
      }
    });

    it('uses only theme tokens that exist', () => {
      const defined = new Set(tokens.map(([name]) => name.replace('--fav-', '--_fav-')));
      const sheets: CSSResult[] = [...myBookingsStyles, ...stepStyles];
      const used = new Set(sheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--_fav-[a-z0-9-]+)/g)].map((m) => m[1]!)));
      expect([...used].filter((name) => !defined.has(name))).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('fits a 360 px wide phone without horizontal scrolling, in every step', async () => {
      await setViewport({width: 360, height: 740});
      const page = await MyBookingsPage.mount();
      expect(page.fits(360), 'signed out').to.equal(true);
      await signInMember(page.provider);
      await page.listLoaded();
      expect(page.fits(360), 'list').to.equal(true);
      await page.open('bk_1001');
      expect(page.fits(360), 'detail').to.equal(true);
      await page.toCancel();
      expect(page.fits(360), 'cancel').to.equal(true);
      await page.click('Keep booking');
      await page.toReschedule();
      await pickOtherTime(page, page.flow.detail!.bookingDate!);
      expect(page.fits(360), 'reschedule').to.equal(true);
    });
  });
});
