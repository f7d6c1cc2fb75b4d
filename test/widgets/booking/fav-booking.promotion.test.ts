/**
 * `<fav-booking>`: the promotion code on the details step of a service with a price. Applied, it goes
 * with the booking (A6) and the confirmation shows its discount and the total; refused (422
 * `INVALID_PROMOTION_CODE`), the visitor is back on the details with the message beside the field and
 * focus on it, everything typed kept; `promotion-code` and `?promo=` fill it in; removed, none is sent.
 */
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../support/commands.js';
import '../../../src/entries/booking.js';
import {BookingPage} from './booking-page.js';
import {lastRequest, requestsFor, resetPage} from '../../support/mock.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

const startUrl = location.href;

/** The massage (HK$480) with Wong Siu Ming, the first free time, on the details step. */
async function massageDetails(page: BookingPage): Promise<void> {
  await page.openService('Deep Tissue Massage');
  await page.choose('Wong Siu Ming');
  await page.toTime();
  await page.pickSlot(0);
  await page.toDetails();
}

const withAttribute = (code: string) => html`<fav-provider mock company-id="demo"><fav-booking promotion-code=${code}></fav-booking></fav-provider>`;

describe('<fav-booking> promotion code', () => {
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    history.replaceState(null, '', startUrl);
    await setViewport({width: 1000, height: 900});
  });

  afterEach(() => history.replaceState(null, '', startUrl));

  it('WELCOME10 goes with the booking; the review names it and the confirmation shows the discount and the total', async () => {
    const page = await BookingPage.mount();
    await massageDetails(page);
    await page.fillGuest();
    await page.applyPromotion('WELCOME10');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.toReview();
    expect(page.summary()).to.deep.include({Price: 'HK$480.00', 'Promotion code': 'WELCOME10'});

    const before = oneEvent(page.element, 'fav-before-booking');
    await page.click('Confirm booking');
    expect((await before).detail.input.promotionCode).to.equal('WELCOME10');
    await page.waitFor('done');
    expect((lastRequest('createGuestBooking').body as {promotionCode?: string}).promotionCode).to.equal('WELCOME10');
    expect(page.summary()).to.deep.include({Price: 'HK$480.00', 'Promotion code': 'WELCOME10', Discount: '−HK$48.00', Total: 'HK$432.00'});
  });

  it('an unknown code: back on the details with the message beside the field and focus on it, everything typed kept; cancelled, it books without one', async () => {
    const page = await BookingPage.mount();
    await massageDetails(page);
    await page.fillGuest('Amy Lau', '6123 4567', 'amy@example.com');
    await page.type('notes', 'Quiet room, please');
    await page.applyPromotion('NOPE');
    await page.toReview();
    await page.click('Confirm booking');
    await page.waitFor('details');

    expect(requestsFor('createGuestBooking')).to.have.length(1);
    expect((lastRequest('createGuestBooking').body as {promotionCode?: string}).promotionCode).to.equal('NOPE');
    expect(page.errorOf('promotionCode')).to.contain('This promotion code is not valid or has expired.');
    expect(page.input('promotionCode').value).to.equal('NOPE');
    await waitUntil(() => page.focused() === 'promotionCode', 'focus on the code field');
    expect(page.banner()).to.equal('');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('phone').value, 'the number as checked, after the dialling code').to.equal('61234567');
    expect(page.input('email').value).to.equal('amy@example.com');
    expect(page.input('notes').value).to.equal('Quiet room, please');
    expect(page.flow.slotKey, 'the time stays chosen').to.be.a('string');
    await expect(page.element).to.be.accessible();

    await page.click('Cancel');
    await page.toReview();
    expect(page.summary()).to.not.have.property('Promotion code');
    await page.click('Confirm booking');
    await page.waitFor('done');
    expect(lastRequest('createGuestBooking').body).to.not.have.property('promotionCode');
    expect(page.summary()).to.deep.include({Price: 'HK$480.00', Name: 'Amy Lau'});
    expect(page.summary()).to.not.have.property('Discount');
  });

  it('the promotion-code attribute fills it in; removed, the booking goes without one', async () => {
    const page = await BookingPage.mount(withAttribute('WELCOME10'));
    await massageDetails(page);
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.click('Remove');
    await waitUntil(() => page.focused() === 'Have a promotion code?', 'focus on "Have a promotion code?"');
    await page.fillGuest();
    await page.toReview();
    await page.click('Confirm booking');
    await page.waitFor('done');
    expect(lastRequest('createGuestBooking').body).to.not.have.property('promotionCode');
  });

  it('?promo= fills it in over the attribute and the booking carries it; a free service offers no code and sends none', async () => {
    history.replaceState(null, '', `${location.pathname}?promo=WELCOME10`);
    const page = await BookingPage.mount(withAttribute('SPRING'));
    await massageDetails(page);
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.fillGuest();
    await page.toReview();
    await page.click('Confirm booking');
    await page.waitFor('done');
    expect((lastRequest('createGuestBooking').body as {promotionCode?: string}).promotionCode).to.equal('WELCOME10');

    await page.click('Book another time');
    await page.waitFor('time');
    await page.click('Back');
    await page.waitFor('service');
    await page.click('All services');
    await page.waitFor('services');
    await page.openService('Free Wellness Consultation');
    await page.toTime();
    await page.pickSlot(0);
    await page.toDetails();
    expect(page.root.querySelector('[part~="promotion"]'), 'no promotion code for a free service').to.equal(null);
    await page.toReview();
    await page.click('Confirm booking');
    await page.waitFor('done');
    expect(lastRequest('createGuestBooking').body).to.not.have.property('promotionCode');
  });
});
