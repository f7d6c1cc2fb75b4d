// Promotion codes over the network: the built dist/fav-widgets.js on a plain page with a strict
// Content-Security-Policy, against the contract server on another origin. A refused code (422
// INVALID_PROMOTION_CODE) shows beside its field with focus and everything else kept; WELCOME10 goes
// with the order, the booking or the registration, whose discount and new total show, and the
// server received each code.
import {expect, waitUntil} from '@open-wc/testing';
import type {FavBooking} from '../../src/widgets/booking/fav-booking.js';
import type {FavEvents} from '../../src/widgets/events/fav-events.js';
import type {FavShopCheckout} from '../../src/widgets/shop-checkout/fav-shop-checkout.js';
import {MOCK_SHOP_IDS} from '../../src/mock/index.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {networkPages, serverRequests, SLOW} from './network-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('promotion codes over the network under a strict Content-Security-Policy', function () {
  this.timeout(60000);
  const pages = networkPages();

  it('an unknown code is refused beside its field with the cart kept; WELCOME10 is applied to the order', async () => {
    const page = await pages.open('/test/pages/csp-shop-checkout.html', ['fav-order-created']);
    const shop = new ShopPage(await page.element<FavShopCheckout>('fav-shop-checkout'));
    await shop.waitFor('catalogue', SLOW);
    await shop.openProduct('Hydrating Face Serum');
    await shop.add(2);
    await shop.openCart();
    await shop.toCheckout();
    await shop.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await shop.choose('payment', 'pm-bank');
    await shop.fillGuest();
    await shop.toReview();

    await shop.applyPromotion('NOPE');
    await shop.click('Place order');
    await shop.settled();
    const refused = await serverRequests('createOrder');
    expect(refused).to.have.length(1);
    expect(refused[0]!.body.promotionCode).to.equal('NOPE');
    expect(shop.step).to.equal('review');
    expect(shop.errorOf('promotionCode')).to.contain('This promotion code is not valid or has expired.');
    expect(shop.input('promotionCode').value).to.equal('NOPE');
    expect(shop.focused()).to.equal('promotionCode');
    expect(shop.badge()).to.equal('2');
    expect(shop.banner()).to.equal('');

    await shop.type('promotionCode', 'WELCOME10');
    await shop.click('Apply');
    await shop.click('Place order');
    await shop.waitFor('placed', SLOW);
    const orders = await serverRequests('createOrder');
    expect(orders).to.have.length(2);
    expect(orders[1]!.body.promotionCode).to.equal('WELCOME10');
    expect(orders[1]!.headers['idempotency-key']).to.match(UUID).and.not.equal(orders[0]!.headers['idempotency-key']);
    const order = (await page.event('fav-order-created')).detail;
    expect(order.totals).to.include({subtotal: '640.00', discount: '64.00', total: '576.00'});
    expect(shop.summary()).to.deep.include({'Discount (WELCOME10)': '−HK$64.00', Total: 'HK$576.00'});
    expect(shop.badge()).to.equal('0');
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-booking: an unknown code sends the visitor back to the details with it marked; WELCOME10 is on the confirmation', async () => {
    const page = await pages.open('/test/pages/csp-booking.html', ['fav-booking-created']);
    const booking = new BookingPage(await page.element<FavBooking>('fav-booking'));
    await booking.waitFor('services', SLOW);
    await booking.openService('Deep Tissue Massage');
    await booking.choose('Wong Siu Ming');
    await booking.toTime();
    await booking.pickSlot(0);
    await booking.toDetails();
    await booking.fillGuest();
    await booking.applyPromotion('NOPE');
    await booking.toReview();
    await booking.click('Confirm booking');
    await booking.waitFor('details', SLOW);
    const refused = await serverRequests('createGuestBooking');
    expect(refused).to.have.length(1);
    expect(refused[0]!.body.promotionCode).to.equal('NOPE');
    expect(booking.errorOf('promotionCode')).to.contain('This promotion code is not valid or has expired.');
    await waitUntil(() => booking.focused() === 'promotionCode', 'focus on the code field');
    expect(booking.input('name').value).to.equal('Amy Lau');

    await booking.type('promotionCode', 'WELCOME10');
    await booking.click('Apply');
    await booking.toReview();
    await booking.click('Confirm booking');
    await booking.waitFor('done', SLOW);
    const booked = await serverRequests('createGuestBooking');
    expect(booked).to.have.length(2);
    expect(booked[1]!.body.promotionCode).to.equal('WELCOME10');
    expect(booking.summary()).to.deep.include({Price: 'HK$480.00', 'Promotion code': 'WELCOME10', Discount: '−HK$48.00', Total: 'HK$432.00'});
    expect((await page.event('fav-booking-created')).detail.booking.id).to.equal(booking.summary().Reference);
    expect(await page.violations()).to.equal('[]');
  });

  it('fav-events: WELCOME10 goes with a paid registration, and the payment asks for the new total', async () => {
    const page = await pages.open('/test/pages/csp-events.html', ['fav-payment-started']);
    page.doc.addEventListener('fav-payment-started', (event) => event.preventDefault());
    const events = new EventsPage(await page.element<FavEvents>('fav-events'));
    await events.waitFor('list', SLOW);
    await events.openEvent('Full Moon Sound Bath');
    await events.toRegister();
    await events.fill({quantity: 2});
    await events.applyPromotion('WELCOME10');
    await events.submit();
    await events.waitFor('payment', SLOW);
    expect((await serverRequests('registerForEvent'))[0]!.body).to.deep.include({quantity: 2, promotionCode: 'WELCOME10'});
    expect(events.summary()).to.deep.include({Tickets: '2', 'Promotion code': 'WELCOME10', Discount: '−HK$76.00', Total: 'HK$684.00'});
    await events.click('Pay HK$684.00');
    expect((await page.event('fav-payment-started')).detail).to.deep.include({amount: '684.00', currency: 'HKD'});
    expect(await page.violations()).to.equal('[]');
  });
});
