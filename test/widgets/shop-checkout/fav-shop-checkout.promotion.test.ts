/**
 * `<fav-shop-checkout>`: the promotion code on the review. Applied, it goes with the order (D8) and the
 * order's discount and new total show before the customer leaves for the hosted payment; refused
 * (422 `INVALID_PROMOTION_CODE`), its message shows beside the field with focus, and the cart and the
 * details stay; `promotion-code` and `?promo=` fill it in; removed, none is sent.
 */
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../support/commands.js';
import '../../../src/entries/shop-checkout.js';
import {MOCK_SHOP_IDS} from '../../../src/mock/index.js';
import {resetCartStores} from '../../../src/widgets/shop-checkout/cart-store.js';
import {paymentPolling} from '../../../src/widgets/shared/poll.js';
import {lastRequest, requestsFor, resetPage} from '../../support/mock.js';
import {ShopPage} from './shop-page.js';

const startUrl = location.href;

/** A guest with one serum (HK$320) in the cart, picking it up, paying with `payment`, on the review. */
const serumToReview = (page: ShopPage, payment = 'pm-card') => page.serumToReview(payment);

const withAttribute = (code: string) =>
  html`<fav-provider mock company-id="demo"><fav-shop-checkout promotion-code=${code}></fav-shop-checkout></fav-provider>`;

describe('<fav-shop-checkout> promotion code', () => {
  beforeEach(async () => {
    resetPage();
    resetCartStores();
    paymentPolling.delays = [0, 50, 100, 200];
    history.replaceState(null, '', startUrl);
    await setViewport({width: 1000, height: 900});
  });

  afterEach(() => history.replaceState(null, '', startUrl));

  it('WELCOME10 goes with the order; the discount and the new total show before the customer pays, and the payment starts on their press', async () => {
    const page = await ShopPage.mount();
    await serumToReview(page);
    expect(page.appliedPromotion()).to.equal('');
    await page.click('Have a promotion code?');
    await waitUntil(() => page.focused() === 'promotionCode', 'focus in the code field');
    await page.type('promotionCode', 'WELCOME10');
    await page.click('Apply');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await waitUntil(() => page.focused() === 'Remove', 'focus on "Remove"');

    const started: CustomEvent<{url: string; orderId: string}>[] = [];
    page.element.addEventListener('fav-order-payment-started', (event) => {
      event.preventDefault();
      started.push(event as CustomEvent);
    });
    const created = oneEvent(page.element, 'fav-order-created');
    await page.click('Place order');
    const order = (await created).detail;
    await page.waitFor('placed');

    expect((lastRequest('createOrder').body as {promotionCode?: string}).promotionCode).to.equal('WELCOME10');
    expect(order.totals).to.include({subtotal: '320.00', discount: '32.00', total: '288.00'});
    expect(page.banner()).to.contain('Your promotion code is applied. Check the new total, then go to payment.');
    expect(page.summary()).to.deep.include({Subtotal: 'HK$320.00', 'Discount (WELCOME10)': '−HK$32.00', Total: 'HK$288.00'});
    expect(started, 'no payment before the customer saw the new total').to.have.length(0);

    await page.click('Pay HK$288.00');
    expect(started).to.have.length(1);
    expect(started[0]!.detail.url).to.contain('fav_mock_payment=success');

    // Back from the payment page, the receipt still names the code.
    history.replaceState(null, '', started[0]!.detail.url);
    page.element.closest('fav-provider')!.remove();
    const back = await ShopPage.mount(undefined, 'payment');
    await waitUntil(() => back.checkout?.paymentView === 'completed', 'the payment completed');
    await back.element.updateComplete;
    expect(back.summary()).to.deep.include({'Discount (WELCOME10)': '−HK$32.00', Total: 'HK$288.00'});
  });

  it('an unknown code: its message beside the field, focus on it, the cart and the details kept; cancelled, the order goes without one', async () => {
    const page = await ShopPage.mount();
    await serumToReview(page, 'pm-bank');
    await page.click('Have a promotion code?');
    // Typed, not applied: "Place order" sends it all the same.
    await page.type('promotionCode', 'NOPE');
    await page.click('Place order');
    await page.settled();

    expect(requestsFor('createOrder')).to.have.length(1);
    expect((lastRequest('createOrder').body as {promotionCode?: string}).promotionCode).to.equal('NOPE');
    expect(page.step).to.equal('review');
    expect(page.errorOf('promotionCode')).to.contain('This promotion code is not valid or has expired.');
    expect(page.input('promotionCode').getAttribute('aria-invalid')).to.equal('true');
    expect(page.input('promotionCode').value).to.equal('NOPE');
    await waitUntil(() => page.focused() === 'promotionCode', 'focus on the code field');
    expect(page.banner(), 'no error banner: the message is beside the field').to.equal('');
    expect(page.flow.lines.map((line) => [line.name, line.quantity])).to.deep.equal([['Hydrating Face Serum', 1]]);
    expect(page.badge()).to.equal('1');
    expect(page.checkout?.details).to.include({name: 'Amy Lau', email: 'amy@example.com'});
    expect(page.summary()).to.deep.include({Name: 'Amy Lau', Email: 'amy@example.com', Payment: 'Bank transfer'});
    await expect(page.element).to.be.accessible();

    await page.click('Cancel');
    await waitUntil(() => page.focused() === 'Have a promotion code?', 'focus on "Have a promotion code?"');
    await page.click('Place order');
    await page.waitFor('placed');
    expect(requestsFor('createOrder')).to.have.length(2);
    const second = lastRequest('createOrder');
    expect(second.body).to.not.have.property('promotionCode');
    expect(second.headers['idempotency-key'], 'another request, another key').to.not.equal(requestsFor('createOrder')[0]!.headers['idempotency-key']);
    expect(page.summary()).to.deep.include({Total: 'HK$320.00'});
  });

  it('the promotion-code attribute fills it in; removed, the order goes without one', async () => {
    const page = await ShopPage.mount(withAttribute('WELCOME10'));
    await serumToReview(page, 'pm-bank');
    expect(page.appliedPromotion()).to.equal('WELCOME10');
    await page.click('Remove');
    expect(page.appliedPromotion()).to.equal('');
    await waitUntil(() => page.focused() === 'Have a promotion code?', 'focus on "Have a promotion code?"');
    await page.click('Place order');
    await page.waitFor('placed');
    expect(lastRequest('createOrder').body).to.not.have.property('promotionCode');
  });

  it('?promo= fills it in over the attribute, and the order carries it (bank transfer: the discount shows with the instructions)', async () => {
    history.replaceState(null, '', `${location.pathname}?promo=welcome10`);
    const page = await ShopPage.mount(withAttribute('SPRING'));
    await serumToReview(page, 'pm-bank');
    expect(page.appliedPromotion()).to.equal('welcome10');
    await page.click('Place order');
    await page.waitFor('placed');
    expect((lastRequest('createOrder').body as {promotionCode?: string}).promotionCode).to.equal('welcome10');
    expect(page.text).to.contain('Your order is waiting for payment.');
    expect(page.summary()).to.deep.include({'Discount (welcome10)': '−HK$32.00', Total: 'HK$288.00'});
  });

  it('with no code, a hosted payment still starts at once', async () => {
    const page = await ShopPage.mount();
    await serumToReview(page);
    page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
    const started = oneEvent(page.element, 'fav-order-payment-started');
    await page.click('Place order');
    expect((await started).detail.url).to.contain('fav_mock_payment=success');
    expect(lastRequest('createOrder').body).to.not.have.property('promotionCode');
  });
});
