/**
 * `<fav-shop-checkout>`: keyboard-only purchase, axe in the remaining views, a product gone at order
 * time, a payment still pending when polling ends, zh-Hant and 360 px on checkout and review.
 */
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/shop-checkout.js';
import {MOCK_SHOP_IDS} from '../../../src/mock/index.js';
import {resetCartStores} from '../../../src/widgets/shop-checkout/cart-store.js';
import {paymentPolling} from '../../../src/widgets/shared/poll.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {deepActive, tabTo} from '../../support/keyboard.js';
import {squash} from '../../support/widget-page.js';
import {returnFromHostedPayment, ShopPage} from './shop-page.js';
import {consoleErrorsWhenNextCallThrows} from '../../support/unexpected.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const P = MOCK_SHOP_IDS.products;
const startUrl = location.href;

async function shiftTab() {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

const isButton = (label: string) => (element: Element) => element.localName === 'button' && squash(element.textContent) === label;
const isNamed = (name: string) => (element: Element) => element.getAttribute('name') === name;
const isRadio = (name: string, value: string | number) => (element: Element) =>
  element.localName === 'input' && element.getAttribute('name') === name && (element as HTMLInputElement).value === String(value);

/** D10 answering this payment status for every read. */
function paymentStatusIs(paymentStatus: string, orderStatus = 'pending') {
  return () =>
    mockControl.fail('getOrderPaymentStatus', {
      status: 200,
      body: {success: true, data: {orderId: 'ignored-by-the-widget', orderStatus, paymentStatus, paidAt: null}},
      times: Infinity,
    });
}

const toReview = (page: ShopPage, payment = 'pm-cash') => page.pickUpToReview(payment);

describe('<fav-shop-checkout> flows', () => {
  beforeEach(async () => {
    resetPage();
    resetCartStores();
    paymentPolling.delays = [0, 50, 100, 200];
    history.replaceState(null, '', startUrl);
    await setViewport({width: 1000, height: 900});
  });

  afterEach(() => {
    history.replaceState(null, '', startUrl);
  });

  it('keyboard only: a whole guest purchase with bank transfer', async () => {
    const page = await ShopPage.mount();
    const created = oneEvent(page.element, 'fav-order-created');

    // Catalogue → product.
    await tabTo(isButton('Hydrating Face Serum'), 'the serum');
    await sendKeys({press: 'Enter'});
    await page.waitFor('product');
    expect(deepActive()?.getAttribute('part')).to.contain('heading');

    // Quantity 2 with the arrow key, then Enter submits the form (adds to the cart).
    await tabTo(isNamed('quantity'), 'the quantity');
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'Enter'});
    await page.element.updateComplete;
    expect(page.badge()).to.equal('2');

    // "View cart" with Space.
    await tabTo(isButton('View cart'), 'View cart');
    await sendKeys({press: 'Space'});
    await page.waitFor('cart');
    expect(page.lineTexts()[0]).to.contain('Hydrating Face Serum');

    await tabTo(isButton('Check out'), 'Check out');
    await sendKeys({press: 'Enter'});
    await page.waitFor('checkout');

    // Tab into the name field, then Shift+Tab back into the radio groups and choose with arrows.
    await tabTo(isNamed('name'), 'the name field');
    await shiftTab();
    expect(isRadio('payment', 'pm-card')(deepActive()!), 'Shift+Tab lands on the checked payment').to.equal(true);
    await sendKeys({press: 'ArrowDown'});
    await page.element.updateComplete;
    expect(isRadio('payment', 'pm-bank')(deepActive()!)).to.equal(true);
    expect(page.checkout?.paymentId).to.equal('pm-bank');
    await shiftTab();
    expect(isRadio('shipping', MOCK_SHOP_IDS.shipping.standard)(deepActive()!), 'then on the checked delivery').to.equal(true);
    await sendKeys({press: 'ArrowDown'});
    await page.element.updateComplete;
    expect(page.checkout?.shippingId).to.equal(String(MOCK_SHOP_IDS.shipping.pickup));
    // Pick-up needs no address.
    expect(page.root.querySelector('[name="addressLine1"]')).to.equal(null);

    await tabTo(isNamed('name'), 'the name field again');
    await sendKeys({type: 'Amy Lau'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'amy@example.com'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '6123 4567'});
    await sendKeys({press: 'Enter'});
    await page.waitFor('review');
    expect(deepActive()?.getAttribute('part')).to.contain('heading');
    expect(page.text).to.contain('Bank transfer').and.contain('amy@example.com').and.contain('HK$640.00');

    await tabTo(isButton('Place order'), 'Place order');
    await sendKeys({press: 'Enter'});
    await page.waitFor('placed');

    expect(requestsFor('createOrder')).to.have.length(1);
    const request = lastRequest('createOrder');
    expect(request.headers['idempotency-key']).to.match(UUID);
    const body = request.body as any;
    expect(body.items).to.deep.equal([{productId: P.onSale, quantity: 2}]);
    expect(body.customer).to.include({firstName: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567'});
    expect(body).to.include({shippingMethodId: MOCK_SHOP_IDS.shipping.pickup, paymentMethodId: 'pm-bank'});
    expect(body).to.not.have.property('shippingAddress');
    expect((await created).detail.totals).to.include({total: '640.00'});

    expect(page.heading).to.equal('Thank you for your order');
    expect(deepActive()?.getAttribute('part'), 'focus on the new step').to.contain('heading');
    expect(squash(page.root.querySelector('[part~="instructions"]')?.textContent)).to.contain('HSBC');
    expect(page.banner()).to.contain('waiting for payment');
    expect(page.badge()).to.equal('0');

    // After the order, "Continue shopping" goes to the catalogue (issue 15), not back to the product the cart was opened from.
    await tabTo(isButton('Continue shopping'), 'Continue shopping');
    await sendKeys({press: 'Enter'});
    await page.waitFor('catalogue');
    expect(page.heading).to.equal('Shop');
    expect(deepActive()?.getAttribute('part')).to.contain('heading');
  });

  describe('axe', () => {
    it('the orders sign-in prompt', async () => {
      const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout view="orders"></fav-shop-checkout></fav-provider>`, 'orders');
      const login = () => page.root.querySelector('fav-login');
      await waitUntil(() => login()?.shadowRoot?.querySelector('input, button'), 'the sign-in box', {timeout: 8000});
      expect(page.heading).to.equal('My orders');
      expect(page.banner()).to.contain('Sign in to see your orders');
      expect(requestsFor('listOrders')).to.have.length(0);
      await expect(page.element).to.be.accessible();
    });

    it('payment still pending', async () => {
      const {back} = await returnFromHostedPayment('pm-card', paymentStatusIs('pending'));
      await waitUntil(() => back.checkout?.paymentView === 'pending', 'pending', {timeout: 5000});
      await back.element.updateComplete;
      await expect(back.element).to.be.accessible();
    });

    it('payment refunded', async () => {
      const status = new Promise<CustomEvent>((resolve) => document.addEventListener('fav-payment-status', (e) => resolve(e as CustomEvent), {once: true}));
      const {back, orderId} = await returnFromHostedPayment('pm-card', paymentStatusIs('refunded', 'refunded'));
      expect((await status).detail).to.include({orderId, status: 'refunded', orderStatus: 'refunded'});
      await back.element.updateComplete;
      expect(back.heading).to.equal('Payment refunded');
      expect(back.banner()).to.contain('refunded');
      await expect(back.element).to.be.accessible();
    });

    it('payment failed (voided)', async () => {
      const {back} = await returnFromHostedPayment('pm-card', paymentStatusIs('voided', 'cancelled'));
      await waitUntil(() => back.checkout?.paymentView === 'failed', 'failed', {timeout: 5000});
      await back.element.updateComplete;
      expect(back.heading).to.equal('Payment not completed');
      expect(back.button('Try again')).to.exist;
      await expect(back.element).to.be.accessible();
    });

    it('the review with a price change', async () => {
      const page = await ShopPage.mount();
      await page.openProduct('Hydrating Face Serum');
      await page.add(1);
      await page.openCart();
      const cart = page.flow.cart!;
      cart.patch(new Map([[cart.lines[0]!.key, {price: '300.00', discountPrice: null}]]));
      await toReview(page);
      expect(page.flow.notice).to.equal('price-changed');
      expect(page.text).to.contain('The price has changed.');
      await expect(page.element).to.be.accessible();
    });
  });

  describe('a product gone at order time', () => {
    async function twoLinesToReview(): Promise<ShopPage> {
      const page = await ShopPage.mount();
      await page.openProduct('Hydrating Face Serum');
      await page.add(2);
      await page.click('All products');
      await page.waitFor('catalogue');
      await page.openProduct('Calming Face Mask (5 pack)');
      await page.add(1);
      await page.openCart();
      await toReview(page, 'pm-bank');
      return page;
    }

    for (const status of [400, 404]) {
      it(`D8 ${status} with details.fields['items.1.productId']: that line is flagged, nothing else lost`, async () => {
        const page = await twoLinesToReview();
        const cartChanged: CustomEvent[] = [];
        page.element.addEventListener('fav-cart-changed', (e) => cartChanged.push(e as CustomEvent));
        mockControl.fail('createOrder', {
          status,
          body: {success: false, error: {code: status === 400 ? 'VALIDATION_ERROR' : 'NOT_FOUND', message: 'Unknown product', details: {fields: {'items.1.productId': 'Unknown product'}}}},
        });
        await page.click('Place order');
        await page.waitFor('cart');
        const firstKey = lastRequest('createOrder').headers['idempotency-key'];

        expect(page.flags()).to.deep.equal(['', '⚠ No longer available: please remove it.']);
        expect(page.banner()).to.contain('Please check the marked items');
        expect(page.button('Check out').disabled).to.equal(true);
        expect(page.badge()).to.equal('3');
        expect(page.checkout?.details).to.include({name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567'});
        expect(page.checkout?.shippingId).to.equal(String(MOCK_SHOP_IDS.shipping.pickup));
        expect(page.checkout?.paymentId).to.equal('pm-bank');
        // The host page hears that a line changed, as for a 409.
        expect(cartChanged.at(-1)?.detail.lines.map((l: {flag?: string}) => l.flag ?? '')).to.deep.equal(['', 'gone']);

        const removeMask = () => [...page.root.querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')].find((b) => b.getAttribute('aria-label') === 'Remove Calming Face Mask (5 pack)');
        removeMask()!.click();
        await page.element.updateComplete;
        expect(removeMask(), 'the gone line was removed').to.equal(undefined);
        expect(page.badge()).to.equal('2');
        expect(page.button('Check out').disabled).to.equal(false);
        await page.toCheckout();
        expect(page.input('name').value).to.equal('Amy Lau');
        expect(page.input('email').value).to.equal('amy@example.com');
        await page.toReview();
        await page.click('Place order');
        await page.waitFor('placed');
        const request = lastRequest('createOrder');
        expect((request.body as any).items).to.deep.equal([{productId: P.onSale, quantity: 2}]);
        expect(request.headers['idempotency-key']).to.match(UUID).and.not.equal(firstKey);
      });
    }

    it('a real product withdrawn between the review and the order (the mock answers 400)', async () => {
      mockControl.setCatalogueSize(30);
      const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout product="catalogue-item-3"></fav-shop-checkout></fav-provider>`, 'product');
      await page.add(1);
      await page.openCart();
      await toReview(page);
      mockControl.setCatalogueSize(0);
      await page.click('Place order');
      await page.waitFor('cart');
      const response = mockControl.requests.filter((r) => r.operation === 'createOrder');
      expect(response).to.have.length(1);
      expect(page.flags()).to.deep.equal(['⚠ No longer available: please remove it.']);
      expect(page.checkout?.details.name).to.equal('Amy Lau');
      expect(page.badge()).to.equal('1');
    });
  });

  describe('payment still pending when polling ends', () => {
    it('shows "checking", then "pending" with "Check again", which polls once more', async () => {
      paymentPolling.delays = [0, 150, 150];
      const statuses: CustomEvent[] = [];
      document.addEventListener('fav-payment-status', (e) => statuses.push(e as CustomEvent));
      const {back, orderId} = await returnFromHostedPayment('pm-card', paymentStatusIs('pending'));

      // The first rounds: a visible "checking" state, no final answer yet.
      await waitUntil(() => requestsFor('getOrderPaymentStatus').length >= 1, 'the first read');
      await back.element.updateComplete;
      expect(back.checkout?.paymentView).to.equal('checking');
      expect(back.heading).to.equal('Checking your payment');
      expect(back.text).to.contain('Checking the payment status');
      expect(back.buttons().map((b) => squash(b.textContent))).to.not.include('Check again');

      await waitUntil(() => back.checkout?.paymentView === 'pending', 'pending', {timeout: 5000});
      await back.element.updateComplete;
      expect(requestsFor('getOrderPaymentStatus')).to.have.length(3);
      expect(back.heading).to.equal('Payment not confirmed yet');
      expect(back.banner()).to.contain('still being processed');
      expect(statuses.map((e) => e.detail)).to.deep.equal([{orderId, status: 'pending', orderStatus: 'pending'}]);
      // Still pending: a reload would check again.
      expect(Object.keys(sessionStorage).some((k) => k.startsWith('fav-widgets:shop-order:'))).to.equal(true);

      await back.click('Check again');
      expect(back.checkout?.paymentView).to.equal('checking');
      await waitUntil(() => back.checkout?.paymentView === 'pending', 'pending again', {timeout: 5000});
      expect(requestsFor('getOrderPaymentStatus').length).to.be.greaterThan(3);

      // The payment went through meanwhile.
      mockControl.clearFailures();
      await back.element.updateComplete;
      await back.click('Check again');
      await waitUntil(() => back.checkout?.paymentView === 'completed', 'completed', {timeout: 5000});
      await back.element.updateComplete;
      expect(back.heading).to.equal('Payment received');
      expect(statuses.at(-1)!.detail).to.include({orderId, status: 'completed'});
      expect(Object.keys(sessionStorage).some((k) => k.startsWith('fav-widgets:shop-order:'))).to.equal(false);
    });
  });

  describe('two widgets on one page', () => {
    it('each checks the payment to the end: one does not stop the other', async () => {
      paymentPolling.delays = [0, 50, 100];
      const page = await ShopPage.mount();
      await page.openProduct('Hydrating Face Serum');
      await page.add(1);
      await page.openCart();
      await toReview(page, 'pm-card');
      page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
      const leaving = oneEvent(page.element, 'fav-order-payment-started');
      await page.click('Place order');
      history.replaceState(null, '', (await leaving).detail.url);
      page.element.closest('fav-provider')!.remove();
      paymentStatusIs('pending')();

      const two = html`<fav-provider mock company-id="demo"><fav-shop-checkout></fav-shop-checkout><fav-shop-checkout></fav-shop-checkout></fav-provider>`;
      const first = await ShopPage.mount(two, 'payment');
      const second = new ShopPage(first.element.parentElement!.querySelectorAll('fav-shop-checkout')[1]!);
      await second.waitFor('payment');
      await waitUntil(() => first.checkout?.paymentView === 'pending' && second.checkout?.paymentView === 'pending', 'both gave up waiting', {timeout: 5000});
      await first.element.updateComplete;
      expect(first.heading).to.equal('Payment not confirmed yet');
      expect(second.heading).to.equal('Payment not confirmed yet');
    });
  });

  describe('something thrown that is not an API failure', () => {
    it('is not passed off as a network failure: a calm message, the console says what broke', async () => {
      const page = await ShopPage.mount();
      await page.openProduct('Hydrating Face Serum');
      await page.add(1);
      await page.openCart();
      await toReview(page);
      const logged = await consoleErrorsWhenNextCallThrows(page.element.client!, 'createOrder', 'not an Error', async () => {
        await page.click('Place order');
        await page.settled();
      });
      expect(page.step).to.equal('review');
      expect(page.banner()).to.contain('Something went wrong').and.not.contain('reach the server');
      expect(logged).to.include('not an Error');
      expect(page.badge()).to.equal('1');
    });
  });

  describe('zh-Hant at 360 px', () => {
    const zh = html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-shop-checkout product="hydrating-face-serum"></fav-shop-checkout></fav-provider>`;
    const fits = (page: ShopPage) => {
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(360);
      const base = page.root.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth, 'widget content width').to.be.at.most(base.clientWidth);
    };

    it('checkout and review in Chinese, HK$ through Intl, no horizontal scroll', async () => {
      await setViewport({width: 360, height: 800});
      const page = await ShopPage.mount(zh, 'product');
      await page.add(2);
      await page.openCart();
      expect(page.heading).to.equal('你的購物車');
      page.primaryButton().click();
      await page.waitFor('checkout');
      expect(page.heading).to.equal('結帳');
      expect(page.text).to.contain('送貨方式').and.contain('付款方式').and.contain('HK$640.00');
      await page.choose('shipping', MOCK_SHOP_IDS.shipping.standard);
      await page.submit();
      // Errors are in Chinese too, beside the field.
      expect(page.errorOf('name')).to.match(/[\u4e00-\u9fff]/).and.not.match(/[A-Za-z]{4}/);
      await page.fillGuest();
      await page.type('addressLine1', '皇后大道中 1 號');
      await page.type('city', '中環');
      fits(page);
      await page.toReview();
      expect(page.heading).to.equal('核對及提交訂單');
      expect(page.text).to.contain('HK$640.00').and.contain('皇后大道中 1 號');
      expect(page.primaryButton().textContent).to.contain('提交訂單');
      fits(page);
      await expect(page.element).to.be.accessible();
    });

    it("asks for the order's notifications in the widget's language, not the page's", async () => {
      const pageLanguage = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        const page = await ShopPage.mount(zh, 'product');
        await page.add(1);
        await page.openCart();
        page.primaryButton().click();
        await page.waitFor('checkout');
        await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
        await page.choose('payment', 'pm-cash');
        await page.fillGuest();
        await page.toReview();
        page.primaryButton().click();
        await page.waitFor('placed');
        expect((lastRequest('createOrder').body as {customer: {language?: string}}).customer.language).to.equal('zh-Hant');
      } finally {
        document.documentElement.lang = pageLanguage;
      }
    });

    it("a member's orders show Chinese dates", async () => {
      await setViewport({width: 360, height: 800});
      const page = await ShopPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-shop-checkout></fav-shop-checkout></fav-provider>`);
      await signInMember(page.element.closest('fav-provider') as FavProvider);
      await page.element.updateComplete;
      page.root.querySelector<HTMLButtonElement>('[part~="orders-button"]')!.click();
      await page.waitFor('orders');
      await waitUntil(() => page.checkout?.orders, 'orders');
      await page.element.updateComplete;
      expect(page.heading).to.equal('我的訂單');
      const card = squash(page.root.querySelector('[part~="order-card"]')?.textContent);
      expect(card).to.match(/\d{4}年\d{1,2}月\d{1,2}日/).and.contain('HK$');
      fits(page);
    });
  });
});
