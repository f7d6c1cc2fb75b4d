import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/booking.js';
import {createGuestBooking} from '../../../src/api/bookings.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {BookingPage} from './booking-page.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {tabTo} from '../../support/keyboard.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {consoleErrorsWhenNextCallThrows} from '../../support/unexpected.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** From the list to the review as a guest, keeping what the test needs to check. */
async function guestToReview(page: BookingPage, service = 'Deep Tissue Massage') {
  await page.openService(service);
  if (service === 'Deep Tissue Massage') await page.choose('Wong Siu Ming');
  await page.toTime();
  const slot = page.flow.availability.bookable(page.flow.date!)[0]!;
  await page.pickSlot(0);
  await page.toDetails();
  await page.fillGuest();
  await page.toReview();
  return slot;
}

describe('<fav-booking>', () => {
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    await setViewport({width: 1000, height: 900});
  });

  describe('as a guest', () => {
    it('books from the service list to the confirmation and tells the page', async () => {
      const page = await BookingPage.mount();
      expect(page.heading).to.equal('Book an appointment');
      expect(page.serviceNames()).to.include.members(['Deep Tissue Massage', 'Private Sauna Room', 'Free Wellness Consultation']);
      const slot = await guestToReview(page);

      expect(page.summary()).to.deep.include({Service: 'Deep Tissue Massage', With: 'Wong Siu Ming', Name: 'Amy Lau', 'Mobile number': '+85261234567', Price: 'HK$480.00'});
      const before = oneEvent(page.element, 'fav-before-booking');
      const created = oneEvent(page.element, 'fav-booking-created');
      await page.click('Confirm booking');
      const beforeEvent = await before;
      const event = await created;
      await page.waitFor('done');

      const request = lastRequest('createGuestBooking');
      expect(request.body).to.deep.equal({
        serviceId: 'svc_massage',
        occurrenceStart: slot.occurrence.occurrenceStart,
        occurrenceEnd: slot.occurrence.occurrenceEnd,
        customerName: 'Amy Lau',
        customerPhone: '+85261234567',
        staffId: 'stf_wong',
        scheduleId: String(slot.slot.scheduleId),
      });
      expect(slot.occurrence.occurrenceStart).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(request.headers).to.not.have.property('authorization');

      expect(beforeEvent.cancelable).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.include({start: slot.occurrence.occurrenceStart, end: slot.occurrence.occurrenceEnd});
      expect(event.detail.service).to.deep.equal({id: 'svc_massage', name: 'Deep Tissue Massage'});
      expect(event.detail.staff).to.deep.equal({id: 'stf_wong', name: 'Wong Siu Ming'});
      expect(event.detail.price).to.deep.equal({amount: '480.00', currency: 'HKD'});
      expect(event.detail.customer).to.deep.equal({kind: 'guest', name: 'Amy Lau', phone: '+85261234567'});
      expect(event.detail.booking.id).to.match(/^bk_/);

      expect(page.heading).to.equal('Booking confirmed');
      expect(page.summary().Reference).to.equal(event.detail.booking.id);
      const ics = page.root.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
      expect(ics.getAttribute('download')).to.equal(`booking-${event.detail.booking.id}.ics`);
      const file = decodeURIComponent(ics.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
      expect(file).to.contain('BEGIN:VEVENT').and.contain('SUMMARY:Deep Tissue Massage');
      const startUtc = new Date(slot.occurrence.occurrenceStart).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      expect(file).to.contain(`DTSTART:${startUtc}`);
    });

    it('takes the booked time off the calendar, and the next visitor cannot book it', async () => {
      const page = await BookingPage.mount();
      const slot = await guestToReview(page);
      await page.click('Confirm booking');
      await page.waitFor('done');
      await page.click('Book another time');
      await page.waitFor('time');
      await page.daySettled();
      const times = page.slotButtons().map((button) => button.dataset.time);
      expect(times).to.not.include(slot.slot.startTime);
    });

    it('checks the details before sending: name, a valid phone, a valid email', async () => {
      const page = await BookingPage.mount();
      await page.openService('Free Wellness Consultation');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.type('phone', '123');
      await page.type('email', 'amy@');
      await page.submit();
      await page.element.updateComplete;
      expect(page.step).to.equal('details');
      expect(page.errorOf('name')).to.contain('Please fill this in.');
      expect(page.errorOf('phone')).to.contain('Enter a valid mobile number.');
      expect(page.errorOf('email')).to.contain('Enter a valid email address.');
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'name', 'focus on the first field with a problem');
      expect(requestsFor('createGuestBooking')).to.have.length(0);
      // What was typed stays.
      expect(page.input('phone').value).to.equal('123');
    });

    it('sends add-ons and notes, and shows the price with them', async () => {
      const page = await BookingPage.mount();
      await page.openService('Deep Tissue Massage');
      await page.choose('Cheung Mei Ling');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.fillGuest();
      page.input('addon').click();
      await page.type('notes', 'Please use light pressure.');
      await page.toReview();
      expect(page.summary().Price).to.equal('HK$560.00');
      expect(page.summary().Notes).to.equal('Please use light pressure.');
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').body).to.deep.include({addonIds: ['add_hot_stone'], notes: 'Please use light pressure.', staffId: 'stf_cheung'});
    });

    it('says a booking that needs confirmation was requested', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_facial"></fav-booking></fav-provider>`, 'service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.fillGuest();
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(page.heading).to.equal('Booking requested');
      expect(page.banner()).to.contain('will confirm it soon');
    });
  });

  describe('as a member', () => {
    it('prefills the member, books for them with their token, and reports kind member', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`);
      await signInMember(provider);
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.input('name').value).to.equal('Chan Tai Man');
      expect(page.input('phone').value).to.equal('91234567');
      expect(page.input('email').value).to.equal('taiman@example.com');
      expect(page.text).to.contain('Booking as Chan Tai Man, signed in.');
      await page.toReview();
      const created = oneEvent(page.element, 'fav-booking-created');
      await page.click('Confirm booking');
      const event = await created;
      const request = lastRequest('createGuestBooking');
      expect(request.headers.authorization).to.equal(`Bearer ${provider.environment.session!.getAccessToken()}`);
      expect(request.body).to.deep.include({customerName: 'Chan Tai Man', customerPhone: '+85291234567', customerEmail: 'taiman@example.com'});
      expect(event.detail.customer).to.deep.include({kind: 'member', memberUuid: 'mem-demo-chan'});
      expect(lastRequest('listSlots').headers.authorization).to.equal(`Bearer ${provider.environment.session!.getAccessToken()}`);
    });

    it('keeps the booking when the session expires mid-flow: continue as a guest', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`);
      await signInMember(provider);
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      const slot = page.flow.availability.bookable(page.flow.date!)[0]!;
      await page.pickSlot(0);
      await page.toDetails();
      await page.toReview();

      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401, code: 'UNAUTHORIZED'});
      await page.click('Confirm booking');
      await page.settled();
      await waitUntil(() => page.banner().includes('Your session has expired'), 'the expired-session message');
      expect(page.step).to.equal('review');
      expect(page.button('Continue as guest')).to.exist;
      expect(page.button('Sign in again')).to.exist;

      await page.click('Continue as guest');
      await page.waitFor('details');
      expect(page.input('name').value).to.equal('Chan Tai Man');
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      const request = lastRequest('createGuestBooking');
      expect(request.headers).to.not.have.property('authorization');
      expect(request.body).to.deep.include({occurrenceStart: slot.occurrence.occurrenceStart, customerName: 'Chan Tai Man'});
    });

    it('lets the member sign in again in place after the session expired, and books for them', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`);
      await signInMember(provider);
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.toReview();
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401, code: 'UNAUTHORIZED'});
      await page.click('Confirm booking');
      await waitUntil(() => page.banner().includes('Your session has expired'), 'the expired-session message');
      await page.click('Sign in again');
      await waitUntil(() => page.root.querySelector('fav-login')?.shadowRoot?.querySelector('input[name="identifier"]'), 'the sign-in box', {timeout: 8000});
      await signInMember(provider);
      await page.waitFor('details');
      expect(page.text).to.contain('Booking as Chan Tai Man, signed in.');
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').headers.authorization).to.equal(`Bearer ${provider.environment.session!.getAccessToken()}`);
    });

    it('asks a guest to sign in for a members-only service, then goes on as the member', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_physio"></fav-booking></fav-provider>`, 'service');
      expect(page.banner()).to.contain('Members only');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.banner()).to.contain('Please sign in to book this service.');
      await waitUntil(() => page.root.querySelector('fav-login')?.shadowRoot?.querySelector('input[name="identifier"]'), 'the sign-in box', {timeout: 8000});
      const provider = page.element.closest('fav-provider') as FavProvider;
      await signInMember(provider);
      await waitUntil(() => page.root.querySelector('input[name="name"]'), 'the details form after signing in');
      expect(page.input('name').value).to.equal('Chan Tai Man');
    });
  });

  describe('prefill (docs/guides/prefill.md)', () => {
    const pageUrl = location.href;
    afterEach(() => history.replaceState(null, '', pageUrl));

    it('fills the details from the attribute and the allow-listed URL parameters, and books with them', async () => {
      history.replaceState(null, '', `${location.pathname}?notes=Window+seat+please&name=Not+Listed`);
      const page = await BookingPage.mount(
        html`<fav-provider mock company-id="demo"
          ><fav-booking service-id="svc_consult" prefill='{"name": "Attribute Name", "phone": "6123 4567", "notes": "From the attribute"}' prefill-params="notes"></fav-booking
        ></fav-provider>`,
        'service',
      );
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.input('name').value).to.equal('Attribute Name');
      expect(page.input('phone').value).to.equal('6123 4567');
      expect(page.input('email').value).to.equal('');
      expect(page.input('notes').value).to.equal('Window seat please');
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').body).to.deep.include({customerName: 'Attribute Name', customerPhone: '+85261234567', notes: 'Window seat please'});
    });

    it('keeps what the visitor typed when the member signs in on the details step, and fills the rest', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`);
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.type('name', 'Typed Name');
      await signInMember(provider);
      await waitUntil(() => page.input('email').value === 'taiman@example.com', 'the member’s email');
      expect(page.input('name').value).to.equal('Typed Name');
      expect(page.input('phone').value).to.equal('91234567');
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').body).to.deep.include({customerName: 'Typed Name', customerPhone: '+85291234567', customerEmail: 'taiman@example.com'});
    });

    it('leaves a prefilled field the visitor emptied empty when the member signs in later', async () => {
      const provider = await fixture<FavProvider>(
        html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult" prefill='{"email": "attribute@example.com"}'></fav-booking></fav-provider>`,
      );
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.input('email').value).to.equal('attribute@example.com');
      await page.type('email', '');
      await signInMember(provider);
      await waitUntil(() => page.input('name').value === 'Chan Tai Man', 'the member’s name');
      expect(page.input('email').value).to.equal('');
    });

    it('fills the untouched details when the page sets the prefill property while the form shows', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`, 'service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      await page.type('name', 'Typed Name');
      page.element.prefill = {name: 'Late Name', email: 'late@example.com'};
      await waitUntil(() => page.input('email').value === 'late@example.com', 'the late prefill');
      expect(page.input('name').value).to.equal('Typed Name');
    });

    it('leaves the member out with no-prefill', async () => {
      const provider = await fixture<FavProvider>(
        html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult" no-prefill .prefill=${{notes: 'From the property'}}></fav-booking></fav-provider>`,
      );
      await signInMember(provider);
      const page = new BookingPage(provider.querySelector('fav-booking')!);
      await page.waitFor('service');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.text).to.contain('Booking as Chan Tai Man, signed in.');
      expect(page.input('name').value).to.equal('');
      expect(page.input('notes').value).to.equal('From the property');
    });
  });

  describe('choosing', () => {
    it('reads a page size that is not a whole number from 1 to 100 as the default, or as 100 above it', async () => {
      for (const [attribute, limit] of [['-5', '10'], ['0', '10'], ['lots', '10'], ['2.7', '2'], ['500', '100']]) {
        await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking page-size=${attribute}></fav-booking></fav-provider>`);
        expect(lastRequest('listServices').query, `page-size="${attribute}"`).to.deep.include({limit});
      }
    });

    it('searches and pages the services', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking page-size="2"></fav-booking></fav-provider>`);
      expect(page.serviceNames()).to.have.length(2);
      expect(lastRequest('listServices').query).to.deep.include({page: '1', limit: '2'});
      expect(page.text).to.contain('Page 1 of 3');
      await page.click('Next');
      await page.settled();
      expect(lastRequest('listServices').query).to.deep.include({page: '2'});
      expect(page.text).to.contain('Page 2 of 3');

      await page.type('search', 'sauna');
      await page.submit();
      await page.settled();
      expect(lastRequest('listServices').query).to.deep.include({search: 'sauna', page: '1'});
      expect(page.serviceNames()).to.deep.equal(['Private Sauna Room']);

      await page.type('search', 'zzz');
      await page.submit();
      await page.settled();
      expect(page.text).to.contain('No services match “zzz”.');
    });

    it('hides the search box with hide-search', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking hide-search></fav-booking></fav-provider>`);
      expect(page.root.querySelector('[part~="search"]')).to.equal(null);
      page.element.hideSearch = false;
      await page.element.updateComplete;
      expect(page.root.querySelector('[part~="search"]')).to.exist;
    });

    it('requires a staff member when the service does, and a room when it needs one', async () => {
      const page = await BookingPage.mount();
      await page.openService('Deep Tissue Massage');
      expect(page.text).to.not.contain('Any available');
      await page.click('Choose a time');
      expect(page.step).to.equal('service');
      expect(page.text).to.contain('Please choose who you would like.');
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'staff', 'focus on the staff choice');
      await page.click('All services');
      await page.waitFor('services');
      await page.openService('Private Sauna Room');
      await page.choose('Sauna Room 2');
      await page.toTime();
      expect(lastRequest('listSlots').query).to.deep.include({resourceId: 'res_sauna_2'});
    });

    it('starts at service-id with staff-id and date preselected, and follows attribute changes', async () => {
      const page = await BookingPage.mount();
      const firstAvailable = async () => {
        await page.openService('Deep Tissue Massage');
        await page.choose('Wong Siu Ming');
        await page.toTime();
        return page.flow.date!;
      };
      const day = await firstAvailable();
      resetPage();
      pinClock(A_MONDAY_MORNING);
      // A later day in the window, not a Sunday (closed).
      let date = page.flow.window().min;
      for (let i = 3; i < 10; i++) {
        const candidate = new Date(Date.parse(`${day}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
        if (new Date(`${candidate}T00:00:00Z`).getUTCDay() !== 0) {
          date = candidate;
          break;
        }
      }
      const preset = await BookingPage.mount(
        html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_massage" staff-id="stf_cheung" date=${date}></fav-booking></fav-provider>`,
        'service',
      );
      expect(preset.heading).to.equal('Deep Tissue Massage');
      expect(preset.input('staff').closest('fieldset')!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('stf_cheung');
      await preset.toTime();
      expect(preset.flow.date).to.equal(date);
      expect(preset.day(date).getAttribute('aria-selected')).to.equal('true');
      expect(lastRequest('listSlots').query).to.deep.include({staffId: 'stf_cheung'});

      preset.element.serviceId = 'svc_sauna';
      await preset.waitFor('service');
      expect(preset.heading).to.equal('Private Sauna Room');
    });

    it('follows a date attribute set while the calendar shows', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_sauna" resource-id="res_sauna_1"></fav-booking></fav-provider>`, 'service');
      await page.toTime();
      const later = new Date(Date.parse(`${page.flow.date}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
      page.element.date = later;
      await page.element.updateComplete;
      await page.daySettled();
      expect(page.flow.date).to.equal(later);
      expect(page.day(later).getAttribute('aria-selected')).to.equal('true');
      expect(requestsFor('listSlots').some((r) => r.query.date === later && r.query.resourceId === 'res_sauna_1')).to.equal(true);
    });

    it('says so for an unknown service-id and offers the list', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_nope"></fav-booking></fav-provider>`, 'unavailable');
      expect(page.banner()).to.contain('This service is not available for booking.');
      await page.click('See all services');
      await page.waitFor('services');
    });
  });

  describe('the calendar and times', () => {
    it('disables days with nothing free, picks the first free day and groups the times', async () => {
      const page = await BookingPage.mount();
      await page.openService('Deep Tissue Massage');
      await page.choose('Wong Siu Ming');
      await page.toTime();
      await waitUntil(() => page.days().every((day) => !day.classList.contains('loading')), 'every day checked', {timeout: 8000});
      const {min, max} = page.flow.window();
      const inWindow = page.days().filter((day) => day.dataset.date! >= min && day.dataset.date! <= max);
      const sundays = inWindow.filter((day) => new Date(`${day.dataset.date}T00:00:00Z`).getUTCDay() === 0);
      expect(sundays.length).to.be.greaterThan(0);
      for (const sunday of sundays) {
        expect(sunday.getAttribute('aria-disabled')).to.equal('true');
        expect(sunday.getAttribute('aria-label')).to.contain('no times available');
      }
      const firstFree = inWindow.find((day) => day.getAttribute('aria-disabled') === 'false')!;
      expect(page.flow.date).to.equal(firstFree.dataset.date);
      expect(firstFree.getAttribute('aria-selected')).to.equal('true');
      // Days before today and past the booking window cannot be picked.
      const before = page.days().find((day) => day.dataset.date! < min);
      if (before) expect(before.getAttribute('aria-disabled')).to.equal('true');

      const groups = [...page.root.querySelectorAll('[part~="slot-group-heading"]')].map(text);
      expect(groups.length).to.be.greaterThan(0);
      for (const group of groups) expect(['Morning', 'Afternoon', 'Evening']).to.include(group);
      const times = page.slotButtons().map((b) => b.dataset.time!);
      expect(times).to.deep.equal([...times].sort());
      // The tenant's zone is named because this browser runs in another one.
      if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Hong_Kong') {
        expect(text(page.root.querySelector('[part~="timezone"]')!)).to.match(/^Times are shown in .*Hong Kong/);
      }

      // A disabled day does nothing when clicked.
      const sunday = sundays[0]!;
      sunday.click();
      await page.element.updateComplete;
      expect(page.flow.date).to.equal(firstFree.dataset.date);
    });

    it('moves through days with the arrow keys and picks one with Enter', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_sauna"></fav-booking></fav-provider>`, 'service');
      await page.choose('Sauna Room 1');
      await page.toTime();
      const start = page.flow.date!;
      page.day(start).focus();
      await sendKeys({press: 'ArrowRight'});
      await page.element.updateComplete;
      const next = new Date(Date.parse(`${start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      await waitUntil(() => page.root.activeElement?.getAttribute('data-date') === next, 'focus on the next day');
      await waitUntil(() => page.day(next).getAttribute('aria-disabled') === 'false', 'the next day has times');
      await sendKeys({press: 'Enter'});
      await page.daySettled();
      expect(page.flow.date).to.equal(next);
      expect(lastRequest('listSlots').query.date).to.be.a('string');
      await sendKeys({press: 'ArrowDown'});
      await page.element.updateComplete;
      const week = new Date(Date.parse(`${next}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      expect(page.root.activeElement?.getAttribute('data-date')).to.equal(week);
    });

    it('reloads the day and keeps the details when the time was taken meanwhile (409)', async () => {
      const page = await BookingPage.mount();
      const slot = await guestToReview(page);
      // Someone else books the same time first.
      await createGuestBooking(page.element.client!, {
        serviceId: 'svc_massage',
        ...slot.occurrence,
        staffId: 'stf_wong',
        customerName: 'Someone Else',
        customerPhone: '+85260000000',
      });
      await page.click('Confirm booking');
      await page.waitFor('time');
      await page.daySettled();
      expect(page.banner()).to.contain('that time was just taken');
      expect(page.slotButtons().map((b) => b.dataset.time)).to.not.include(slot.slot.startTime);
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.input('name').value).to.equal('Amy Lau');
      expect(page.input('phone').value).to.equal('61234567');
    });
  });

  describe('failures', () => {
    it('books once on a double click', async () => {
      mockControl.setLatency({createGuestBooking: 300});
      const page = await BookingPage.mount();
      await guestToReview(page);
      const confirm = page.button('Confirm booking');
      confirm.click();
      confirm.click();
      await page.element.updateComplete;
      page.button('Confirm booking').click();
      await page.waitFor('done');
      expect(requestsFor('createGuestBooking')).to.have.length(1);
    });

    it('says what went wrong on a 5xx and books with the same Idempotency-Key on "Try again"', async () => {
      const page = await BookingPage.mount();
      await guestToReview(page);
      mockControl.fail('createGuestBooking', {status: 503, times: 3});
      await page.click('Confirm booking');
      await page.settled();
      expect(page.step).to.equal('review');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      const key = lastRequest('createGuestBooking').headers['idempotency-key'];
      await page.click('Try again');
      await page.waitFor('done');
      const keys = requestsFor('createGuestBooking').map((r) => r.headers['idempotency-key']);
      expect(new Set(keys)).to.deep.equal(new Set([key]));
    });

    it('says the details were not accepted on a 4xx, without "Try again", keeping everything', async () => {
      const page = await BookingPage.mount();
      await guestToReview(page);
      mockControl.fail('createGuestBooking', {status: 422, code: 'BOOKING_COOLDOWN_ACTIVE', message: 'Too soon'});
      await page.click('Confirm booking');
      await page.settled();
      expect(page.step).to.equal('review');
      expect(page.banner()).to.contain('Some details were not accepted.');
      expect(page.buttons().map((b) => b.textContent!.trim())).to.not.include('Try again');
      expect(page.summary().Name).to.equal('Amy Lau');
      await page.click('Back');
      await page.waitFor('details');
      expect(page.input('name').value).to.equal('Amy Lau');
    });

    it('does not pass off a programming error as a network failure: a calm message, the console says what broke', async () => {
      const page = await BookingPage.mount();
      await guestToReview(page);
      const failures: CustomEvent[] = [];
      page.element.addEventListener('fav-error', (event) => failures.push(event as CustomEvent));
      const logged = await consoleErrorsWhenNextCallThrows(page.element.client!, 'createGuestBooking', 'not an Error', async () => {
        await page.click('Confirm booking');
        await page.settled();
      });
      expect(page.step).to.equal('review');
      expect(page.banner()).to.contain('Something went wrong').and.not.contain('reach the server');
      expect(logged).to.include('not an Error');
      expect(failures.map((event) => event.detail.kind)).to.deep.equal(['client']);
      expect(page.summary().Name).to.equal('Amy Lau');
    });

    it('offers "Try again" when the service list fails, and when it is unreadable', async () => {
      mockControl.fail('listServices', {status: 500});
      const page = await BookingPage.mount(undefined, 'unavailable');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      mockControl.fail('listServices', {malformed: true});
      await page.click('Try again');
      await waitUntil(() => page.banner().includes('could not read'), 'the unreadable-answer message');
      expect(page.step).to.equal('unavailable');
      await page.click('Try again');
      await page.waitFor('services');
      expect(page.serviceNames().length).to.be.greaterThan(0);
      expect(requestsFor('listServices')).to.have.length(3);
    });

    it('stays on the month whose days failed to load, with the failure and "Try again": a network error is not "nothing free"', async () => {
      // A Monday: the 30-day window runs from 21 December into January.
      pinClock('2026-12-21T10:00:00+08:00');
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`, 'service');
      mockControl.fail('listSlots', {network: true, times: Infinity});
      await page.click('Choose a time');
      await page.waitFor('time');
      await waitUntil(() => page.banner().includes('could not reach the server'), 'the network message', {timeout: 15000});
      expect(page.calendarTitle()).to.equal('December 2026');
      expect(page.flow.date).to.equal('2026-12-21');
      expect(page.day('2026-12-21').getAttribute('aria-selected')).to.equal('true');
      expect(requestsFor('listSlots').every((r) => r.query.date! < '2027-01-01'), 'nothing asked of January').to.equal(true);
      mockControl.clearFailures();
      await page.click('Try again');
      await page.daySettled();
      expect(page.banner()).to.not.contain('could not reach the server');
      expect(page.slotButtons().length).to.be.greaterThan(0);
      expect(page.calendarTitle()).to.equal('December 2026');
    });

    it('shows the next month when every day of this one answered with nothing free, and books into the new year', async () => {
      // The last evening of the year in Hong Kong: nothing left on 31 December.
      pinClock('2026-12-31T20:30:00+08:00');
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`, 'service');
      await page.toTime();
      expect(page.calendarTitle()).to.equal('January 2027');
      expect(page.flow.window()).to.deep.equal({min: '2026-12-31', max: '2027-01-30'});
      expect(page.flow.date! > '2026-12-31').to.equal(true);
      const slot = await page.pickSlot(0);
      expect(slot.getAttribute('aria-pressed')).to.equal('true');
      await page.toDetails();
      await page.fillGuest();
      await page.toReview();
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect((lastRequest('createGuestBooking').body as {occurrenceStart: string}).occurrenceStart).to.match(/^2027-01-\d{2}T\d{2}:\d{2}:00\+08:00$/);
    });

    it('shows a loading state while a slow service list arrives', async () => {
      mockControl.setLatency({listServices: 400});
      const root = await fixture<HTMLElement>(html`<fav-provider mock company-id="demo"><fav-booking></fav-booking></fav-provider>`);
      const element = root.querySelector('fav-booking')!;
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="skeleton"]'), 'a skeleton');
      expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await new BookingPage(element).waitFor('services');
    });

    it('lets the page enrich the booking in fav-before-booking, or stop it', async () => {
      const page = await BookingPage.mount();
      await guestToReview(page);
      const veto = (event: Event) => event.preventDefault();
      page.element.addEventListener('fav-before-booking', veto, {once: true});
      await page.click('Confirm booking');
      expect(requestsFor('createGuestBooking')).to.have.length(0);
      expect(page.banner()).to.contain('cannot be made here');

      page.element.addEventListener(
        'fav-before-booking',
        (event) => {
          event.detail.input.notes = 'Booked from the spring campaign page';
        },
        {once: true},
      );
      await page.click('Confirm booking');
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').body).to.deep.include({notes: 'Booked from the spring campaign page'});
    });
  });

  describe('for everyone', () => {
    it('can be finished with the keyboard alone', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo"><fav-booking hide-search></fav-booking></fav-provider>`);
      const isButton = (label: string) => (element: Element) => element.localName === 'button' && text(element) === label;
      await tabTo(isButton('Free Wellness Consultation'), 'the consultation');
      await sendKeys({press: 'Enter'});
      await page.waitFor('service');
      await tabTo(isButton('Choose a time'), 'Choose a time');
      await sendKeys({press: 'Enter'});
      await page.waitFor('time');
      await page.daySettled();
      await tabTo((element) => element.getAttribute('part')?.split(' ').includes('slot-button') ?? false, 'a time');
      await sendKeys({press: 'Enter'});
      await page.element.updateComplete;
      await tabTo(isButton('Continue'), 'Continue');
      await sendKeys({press: 'Enter'});
      await page.waitFor('details');
      await tabTo((element) => element.getAttribute('name') === 'name', 'the name field');
      await sendKeys({type: 'Amy Lau'});
      await sendKeys({press: 'Tab'});
      await sendKeys({type: '61234567'});
      await sendKeys({press: 'Enter'});
      await page.waitFor('review');
      await tabTo(isButton('Confirm booking'), 'Confirm booking');
      await sendKeys({press: 'Enter'});
      await page.waitFor('done');
      expect(lastRequest('createGuestBooking').body).to.deep.include({customerName: 'Amy Lau', customerPhone: '+85261234567', serviceId: 'svc_consult'});
    });

    it('moves focus to each step heading once the visitor is using the widget', async () => {
      const page = await BookingPage.mount();
      page.button('Deep Tissue Massage').focus();
      await page.click('Deep Tissue Massage');
      await page.waitFor('service');
      await waitUntil(() => page.root.activeElement?.getAttribute('part')?.includes('heading'), 'focus on the heading');
      expect(page.root.activeElement!.textContent).to.equal('Deep Tissue Massage');
    });

    it('passes axe in every step', async () => {
      const page = await BookingPage.mount();
      await expect(page.element).to.be.accessible();
      await page.openService('Deep Tissue Massage');
      await expect(page.element).to.be.accessible();
      await page.choose('Wong Siu Ming');
      await page.toTime();
      await page.pickSlot(0);
      await expect(page.element).to.be.accessible();
      await page.toDetails();
      await expect(page.element).to.be.accessible();
      await page.submit();
      await expect(page.element).to.be.accessible();
      await page.fillGuest();
      await page.toReview();
      await expect(page.element).to.be.accessible();
      await page.click('Confirm booking');
      await page.waitFor('done');
      await expect(page.element).to.be.accessible();
    });

    it('speaks Traditional Chinese with Chinese dates, times and money', async () => {
      const page = await BookingPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-booking service-id="svc_consult"></fav-booking></fav-provider>`, 'service');
      expect(page.heading).to.equal('免費健康諮詢');
      expect(text(page.button(/時間/))).to.equal('選擇時間');
      await page.toTime('選擇時間');
      expect(page.heading).to.equal('選擇時間');
      expect(text(page.root.querySelector('.calendar-title')!)).to.match(/^\d{4}年\d{1,2}月$/);
      const times = page.slotButtons().map(text);
      expect(times[0]).to.match(/^(上午|下午)\d{1,2}:\d{2}$/);
      await page.pickSlot(0);
      await page.click('繼續');
      await page.waitFor('details');
      expect(page.heading).to.equal('你的資料');
      await page.fillGuest('陳小明', '61234567');
      await page.toReview();
      expect(Object.keys(page.summary())).to.include.members(['服務', '日期', '時間', '價錢']);
      expect(page.summary()['價錢']).to.equal('免費');
      expect(page.summary()['日期']).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
    });

    it('fits a 360 px screen without scrolling sideways', async () => {
      await setViewport({width: 360, height: 740});
      const page = await BookingPage.mount();
      const noOverflow = () => expect(page.element.scrollWidth, 'widget width').to.be.at.most(page.element.clientWidth + 1);
      noOverflow();
      await page.openService('Deep Tissue Massage');
      noOverflow();
      await page.choose('Wong Siu Ming');
      await page.toTime();
      noOverflow();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await page.pickSlot(0);
      await page.toDetails();
      noOverflow();
      await page.fillGuest();
      await page.toReview();
      noOverflow();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });

    it('works without a provider, with its own attributes', async () => {
      const page = await BookingPage.mount(html`<fav-booking mock company-id="demo-taipei" service-id="svc_tpe_walk"></fav-booking>`, 'service');
      expect(page.heading).to.equal('Tea Garden Walk');
      await page.toTime();
      await page.pickSlot(0);
      await page.toDetails();
      expect(page.root.querySelector('[part~="prefix"]')!.textContent).to.contain('+886');
    });
  });
});
