// The shop's promotion code over the network: the built dist/fav-widgets.js on a plain page with a
// strict Content-Security-Policy, against the contract server on another origin. A refused code
// (422 INVALID_PROMOTION_CODE) shows beside its field with focus and the cart kept; WELCOME10 goes
// with the order, whose discount and new total show, and the server received each code.
import {expect} from '@open-wc/testing';
import type {FavShopCheckout} from '../../src/widgets/shop-checkout/fav-shop-checkout.js';
import {MOCK_SHOP_IDS} from '../../src/mock/index.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {NetworkPage, resetServer, serverRequests, SLOW} from './network-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('the shop promotion code over the network under a strict Content-Security-Policy', function () {
  this.timeout(60000);
  let page: NetworkPage | undefined;

  beforeEach(async () => {
    await resetServer();
    localStorage.clear();
    sessionStorage.clear();
  });

  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  it('an unknown code is refused beside its field with the cart kept; WELCOME10 is applied to the order', async () => {
    page = await NetworkPage.open('/test/pages/csp-shop-checkout.html', ['fav-order-created']);
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
});
