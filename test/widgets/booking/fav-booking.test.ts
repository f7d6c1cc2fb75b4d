import {expect, html, oneEvent} from '@open-wc/testing';
import '../../../src/entries/booking.js';
import {BookingPage} from './booking-page.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';

describe('<fav-booking>', () => {
  beforeEach(() => {
    resetPage();
  });

  it('books a massage as a guest from the service list to the confirmation', async () => {
    const page = await BookingPage.mount();
    expect(page.heading).to.equal('Book an appointment');
    expect(page.serviceNames()).to.include('Deep Tissue Massage');
    await page.openService('Deep Tissue Massage');
    await page.choose('Wong Siu Ming');
    await page.toTime();
    const slot = await page.pickSlot(0);
    await page.toDetails();
    await page.fillGuest();
    await page.toReview();
    const created = oneEvent(page.element, 'fav-booking-created');
    await page.click('Confirm booking');
    const event = await created;
    await page.waitFor('done');
    const request = lastRequest('createGuestBooking');
    expect(request.body).to.deep.include({serviceId: 'svc_massage', customerName: 'Amy Lau', customerPhone: '+85261234567', staffId: 'stf_wong'});
    expect(event.detail.customer.kind).to.equal('guest');
    expect(page.heading).to.equal('Booking confirmed');
    expect(slot.dataset.time).to.be.a('string');
    console.log(JSON.stringify(request.body), page.text.slice(0, 400));
  });
});
