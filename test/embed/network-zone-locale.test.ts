// Zone names and a language switch over the network: the built dist/fav-widgets.js on a plain page
// with a strict Content-Security-Policy, against the contract server on another origin.
import {expect, waitUntil} from '@open-wc/testing';
import type {FavBooking} from '../../src/widgets/booking/fav-booking.js';
import type {FavEvents} from '../../src/widgets/events/fav-events.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {networkPages, serverRequests, SLOW} from './network-page.js';

describe('zone names and a language switch over the network under a strict Content-Security-Policy', function () {
  this.timeout(60000);
  const pages = networkPages();

  it('fav-events: the provider’s time-zone names the venue’s zone instead of its offset', async () => {
    const page = await pages.open('/test/pages/csp-events-zoned.html');
    const events = new EventsPage(await page.element<FavEvents>('fav-events'));
    await events.waitFor('detail', SLOW);
    const session = events.root.querySelector('[part~="session"]')!.textContent ?? '';
    expect(session.replace(/\s+/g, ' ')).to.match(/7:30\sPM–9:00\sPM/);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (visitorZone !== 'Asia/Hong_Kong') expect(events.text).to.match(/Times are shown in Hong Kong [^.]*Time\./);
    expect(events.text).to.not.contain('GMT');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-booking: a new locale keeps the details step and what was typed; the service comes again in Chinese', async () => {
    const page = await pages.open('/test/pages/csp-booking.html');
    const booking = new BookingPage(await page.element<FavBooking>('fav-booking'));
    await booking.waitFor('services', SLOW);
    await booking.openService('Deep Tissue Massage');
    await booking.choose('Wong Siu Ming');
    await booking.toTime();
    await booking.pickSlot(0);
    const slotKey = booking.flow.slotKey;
    await booking.toDetails();
    await booking.type('name', 'Amy Lau');
    await booking.type('phone', '6123 4567');

    page.doc.querySelector('fav-provider')!.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => booking.heading === '你的資料', 'the details step in Chinese', {timeout: SLOW});
    await waitUntil(async () => (await serverRequests('getService')).some((request) => request.headers['accept-language'] === 'zh-Hant'), 'the service read again in Chinese', {timeout: SLOW});
    await waitUntil(() => booking.flow.service?.name === '深層組織按摩', 'the service in Chinese', {timeout: SLOW});
    expect(booking.step).to.equal('details');
    expect(booking.flow.slotKey).to.equal(slotKey);
    expect(booking.input('name').value).to.equal('Amy Lau');
    expect(booking.input('phone').value).to.equal('6123 4567');
    expect(await serverRequests('createGuestBooking')).to.have.length(0);
    expect(await page.violations()).to.equal('[]');
  });
});
