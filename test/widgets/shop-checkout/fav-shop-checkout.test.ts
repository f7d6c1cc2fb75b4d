import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/shop-checkout.js';
import {MOCK_SHOP_IDS} from '../../../src/mock/index.js';
import {resetCartStores} from '../../../src/widgets/shop-checkout/cart-store.js';
import {paymentPolling} from '../../../src/widgets/shared/poll.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {ShopPage} from './shop-page.js';
import {recordConsoleErrors} from '../../support/unexpected.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const P = MOCK_SHOP_IDS.products;
const startUrl = location.href;

async function serumInCart(page: ShopPage, quantity = 2) {
  await page.openProduct('Hydrating Face Serum');
  await page.add(quantity);
  await page.openCart();
}

describe('<fav-shop-checkout>', () => {
  beforeEach(async () => {
    resetPage();
    resetCartStores();
    paymentPolling.delays = [0, 50, 100, 200];
    history.replaceState(null, '', startUrl);
    await setViewport({width: 1000, height: 900});
  });

  it('guest: catalogue → product → cart → checkout → hosted payment → return → paid', async () => {
    const page = await ShopPage.mount();
    expect(page.heading).to.equal('Shop');
    expect(page.productNames()).to.include('Hydrating Face Serum');
    expect(page.text).to.contain('HK$320.00').and.contain('Out of stock');
    await expect(page.element).to.be.accessible();
    await page.openProduct('Hydrating Face Serum');
    await expect(page.element).to.be.accessible();
    const changed = oneEvent(page.element, 'fav-cart-changed');
    await page.add(2);
    const cartEvent = await changed;
    expect(cartEvent.detail.count).to.equal(2);
    expect(cartEvent.detail.subtotal).to.deep.equal({amount: '640.00', currency: 'HKD'});
    expect(page.badge()).to.equal('2');
    await page.openCart();
    await expect(page.element).to.be.accessible();
    expect(page.text).to.contain('HK$640.00');
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.standard);
    await page.choose('payment', 'pm-card');
    await page.submit();
    expect(page.errorOf('name')).to.contain('fill this in');
    expect(page.errorOf('addressLine1')).to.contain('fill this in');
    await page.fillGuest();
    await page.type('addressLine1', '1 Queen’s Road');
    await page.type('city', 'Central');
    await expect(page.element).to.be.accessible();
    await page.toReview();
    await expect(page.element).to.be.accessible();
    // Free standard shipping from HK$500.
    expect(page.text).to.contain('Total').and.contain('HK$640.00');

    const before = oneEvent(page.element, 'fav-before-order');
    const created = oneEvent(page.element, 'fav-order-created');
    const leaving = oneEvent(page.element, 'fav-order-payment-started');
    page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
    page.button('Place order').click();
    page.button('Place order').click();
    expect((await before).cancelable).to.equal(true);
    const order = (await created).detail;
    const payment = await leaving;
    expect(requestsFor('createOrder')).to.have.length(1);
    const request = lastRequest('createOrder');
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).to.not.have.property('authorization');
    const body = request.body as any;
    expect(body.items).to.deep.equal([{productId: P.onSale, quantity: 2}]);
    expect(body.customer).to.include({firstName: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567'});
    expect(body).to.include({shippingMethodId: 1, paymentMethodId: 'pm-card'});
    expect(body.shippingAddress).to.deep.equal({addressLine1: '1 Queen’s Road', city: 'Central'});
    expect(body.successUrl).to.contain('fav_shop_return=done');
    expect(order.totals).to.include({subtotal: '640.00', shipping: '0.00', total: '640.00'});
    expect(payment.detail.url).to.contain('fav_mock_payment=success');
    await page.waitFor('placed');
    expect(page.badge()).to.equal('0');
    expect(localStorage.length).to.be.at.most(2);

    // Back from the payment page: a fresh widget finds the order and polls D10.
    history.replaceState(null, '', payment.detail.url);
    page.element.parentElement!.remove();
    const status = new Promise<CustomEvent>((resolve) => document.addEventListener('fav-payment-status', (e) => resolve(e as CustomEvent), {once: true}));
    const back = await ShopPage.mount(undefined, 'payment');
    const event = await status;
    expect(event.detail).to.include({orderId: order.order.orderId, status: 'completed'});
    await back.element.updateComplete;
    expect(back.heading).to.equal('Payment received');
    expect(location.search).to.not.contain('fav_shop_return');
    expect(requestsFor('getOrderPaymentStatus').length).to.be.at.least(1);
    await expect(back.element).to.be.accessible();
  });

  it('a declined payment says so and offers a new order with the same items', async () => {
    const page = await ShopPage.mount();
    await serumInCart(page, 1);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-test-decline');
    await page.fillGuest();
    await page.toReview();
    page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
    const leaving = oneEvent(page.element, 'fav-order-payment-started');
    await page.click('Place order');
    const url = (await leaving).detail.url;
    history.replaceState(null, '', url);
    page.element.parentElement!.remove();
    const back = await ShopPage.mount(undefined, 'payment');
    await waitUntil(() => back.checkout?.paymentView === 'failed', 'failed', {timeout: 5000});
    await back.element.updateComplete;
    expect(back.heading).to.equal('Payment not completed');
    await back.click('Try again');
    await back.waitFor('checkout');
    expect(back.flow.lines.map((l) => l.productId)).to.deep.equal([P.onSale]);
  });

  /** A guest orders two serums for pickup by bank transfer (no payment page) from the product's cart. */
  async function placeBankTransferOrder(page: ShopPage): Promise<void> {
    await serumInCart(page);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-bank');
    await page.fillGuest();
    await page.toReview();
    await page.click('Place order');
    await page.waitFor('placed');
  }

  /**
   * Calls `run` with console.error recorded (test/support/unexpected.ts), then waits until `until`
   * holds of what was recorded (a tag problem is told once its message module has loaded); returns
   * what console.error was called with, as text.
   */
  async function consoleErrors(run: () => Promise<void>, until?: (errors: string[]) => boolean): Promise<string[]> {
    const recording = recordConsoleErrors();
    const texts = () => recording.logged.map((args) => args.map(String).join(' '));
    try {
      await run();
      if (until) await waitUntil(() => until(texts()), 'the console error');
    } finally {
      recording.stop();
    }
    return texts();
  }

  it('"Continue shopping" after an order goes to the catalogue, not back to the product the cart was opened from', async () => {
    const page = await ShopPage.mount();
    await placeBankTransferOrder(page);
    expect(page.heading).to.equal('Thank you for your order');
    await page.click('Continue shopping');
    await page.waitFor('catalogue');
    expect(page.heading).to.equal('Shop');
    expect(page.productNames()).to.include('Hydrating Face Serum').and.include('Calming Face Mask (5 pack)');
    expect(page.badge()).to.equal('0');
  });

  for (const unsafe of ['javascript:alert(1)', 'http://evil.example/thanks']) {
    it(`refuses return-url="${unsafe}" with a console error naming it, and the payment returns to this page`, async () => {
      let page: ShopPage | undefined;
      const errors = await consoleErrors(async () => {
        page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout return-url=${unsafe}></fav-shop-checkout></fav-provider>`);
        await waitUntil(() => page!.checkout, 'the later steps');
      }, (errors) => errors.some((error) => error.includes('return-url')));
      const refusals = errors.filter((error) => error.includes('return-url'));
      expect(refusals, 'reported as the page loads, once').to.have.length(1);
      expect(refusals[0]).to.contain(`return-url="${unsafe}"`).and.contain('refused');
      const later = await consoleErrors(() => placeBankTransferOrder(page!));
      expect(later.filter((error) => error.includes('return-url')), 'not repeated at the order').to.deep.equal([]);
      const body = lastRequest('createOrder').body as any;
      const here = location.href.split('#')[0]!;
      expect(body.successUrl.startsWith(here), body.successUrl).to.equal(true);
      expect(body.cancelUrl.startsWith(here), body.cancelUrl).to.equal(true);
      expect(JSON.stringify(body)).to.not.contain('evil.example').and.not.contain('javascript:');
    });
  }

  it('sends an https return-url to the payment without a console error', async () => {
    let page: ShopPage | undefined;
    const errors = await consoleErrors(async () => {
      page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout return-url="https://shop.example/thanks"></fav-shop-checkout></fav-provider>`);
      await placeBankTransferOrder(page);
    });
    expect(errors.filter((error) => error.includes('return-url'))).to.deep.equal([]);
    const body = lastRequest('createOrder').body as any;
    expect(new URL(body.successUrl).origin + new URL(body.successUrl).pathname).to.equal('https://shop.example/thanks');
  });

  it('member: checks out as themself with bank transfer and sees the order in "My orders"', async () => {
    const page = await ShopPage.mount();
    await signInMember(page.element.closest('fav-provider') as FavProvider);
    await page.element.updateComplete;
    await page.openProduct('Calming Face Mask (5 pack)');
    expect(page.text).to.contain('HK$128.00');
    await page.add(1);
    await page.openCart();
    await page.toCheckout();
    expect(page.text).to.contain('signed in');
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-bank');
    await page.toReview();
    await page.click('Place order');
    await page.waitFor('placed');
    const request = lastRequest('createOrder');
    expect(request.headers.authorization).to.match(/^Bearer /);
    expect((request.body as any).items).to.deep.equal([{productId: P.memberPrice, quantity: 1}]);
    expect(page.text).to.contain('HSBC');
    await page.click('My orders');
    await page.waitFor('orders');
    await waitUntil(() => page.checkout?.orders, 'orders');
    await page.element.updateComplete;
    expect(page.text).to.contain('HW-5101').and.contain('HW-5001').and.contain('Paid').and.contain('Awaiting payment');
    await expect(page.element).to.be.accessible();
  });

  it('prefill: the address from the attribute, the guest from allow-listed URL parameters and the property, sent with the order', async () => {
    history.replaceState(null, '', `${location.pathname}?name=Url+Name&mail=url%40example.com&city=Not+Listed`);
    const page = await ShopPage.mount(
      html`<fav-provider mock company-id="demo"
        ><fav-shop-checkout
          prefill='{"name": "Attribute Name", "addressLine1": "1 Queen’s Road", "city": "Central", "zipCode": "000000"}'
          prefill-params="name email:mail"
          .prefill=${{phone: '6123 4567'}}
        ></fav-shop-checkout
      ></fav-provider>`,
    );
    await serumInCart(page, 1);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.standard);
    await page.choose('payment', 'pm-bank');
    expect(page.input('name').value).to.equal('Url Name');
    expect(page.input('email').value).to.equal('url@example.com');
    expect(page.input('phone').value).to.equal('6123 4567');
    expect(page.input('addressLine1').value).to.equal('1 Queen’s Road');
    expect(page.input('city').value).to.equal('Central');
    await page.type('addressLine2', 'Flat 2A');
    await page.toReview();
    await page.click('Place order');
    await page.waitFor('placed');
    const body = lastRequest('createOrder').body as any;
    expect(body.customer).to.include({firstName: 'Url Name', email: 'url@example.com', phone: '+85261234567'});
    expect(body.shippingAddress).to.deep.equal({addressLine1: '1 Queen’s Road', addressLine2: 'Flat 2A', city: 'Central', zipCode: '000000'});
  });

  it('keeps the cart across a reload and shares it with another shop of the tenant', async () => {
    const template = html`<div>
      <fav-provider mock company-id="demo"><fav-shop-checkout></fav-shop-checkout></fav-provider>
      <fav-provider mock company-id="demo"><fav-shop-checkout id="second" view="cart"></fav-shop-checkout></fav-provider>
    </div>`;
    const page = await ShopPage.mount(template);
    const second = new ShopPage(document.querySelector('#second') as any);
    await second.waitFor('cart');
    await page.openProduct('Rose Hand Cream');
    await page.add(3);
    await second.element.updateComplete;
    expect(second.badge()).to.equal('3');
    expect(second.text).to.contain('Rose Hand Cream');
    // Reload: a new page with the same storage.
    page.element.closest('div')!.remove();
    resetCartStores();
    const again = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout view="cart"></fav-shop-checkout></fav-provider>`, 'cart');
    expect(again.badge()).to.equal('3');
    expect(again.lineTexts()[0]).to.contain('Rose Hand Cream');
    await again.click('Remove');
    expect(again.badge()).to.equal('0');
  });

  it('follows the cart changed in another tab (BroadcastChannel), and tells that tab its own changes', async () => {
    const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout view="cart"></fav-shop-checkout></fav-provider>`, 'cart');
    const key = page.flow.cart!.key;
    const otherTab = new BroadcastChannel('fav-widgets.cart');
    const heard: unknown[] = [];
    otherTab.addEventListener('message', (event) => heard.push(event.data));
    try {
      const line = {key: '102', productId: 102, link: 'plain', name: 'Rose Hand Cream', price: '120.00', quantity: 2};
      otherTab.postMessage({key, lines: [line]});
      await waitUntil(() => page.badge() === '2', 'the badge follows the other tab', {timeout: 4000});
      expect(page.lineTexts()[0]).to.contain('Rose Hand Cream');
      await page.click('Remove');
      await waitUntil(() => heard.length > 0, 'the other tab is told', {timeout: 4000});
      expect(heard.at(-1)).to.deep.equal({key, lines: []});
    } finally {
      otherTab.close();
    }
  });

  it('opens a product with variations, needs an option, and sends variantId', async () => {
    const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout product="soy-candle"></fav-shop-checkout></fav-provider>`, 'product');
    await page.chooseOption('Citrus');
    await page.chooseOption('Small');
    expect(page.button('Out of stock').disabled).to.equal(true);
    await page.chooseOption('Large');
    await page.add(1);
    await page.openCart();
    expect(page.lineTexts()[0]).to.contain('Citrus / Large');
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-cash');
    await page.fillGuest();
    await page.toReview();
    await page.click('Place order');
    await page.waitFor('placed');
    expect((lastRequest('createOrder').body as any).items).to.deep.equal([{productId: P.variableCandle, variantId: MOCK_SHOP_IDS.variations.candleCitrusLarge, quantity: 1}]);
  });

  it('flags a line that ran out at order time (409) and keeps everything else', async () => {
    const page = await ShopPage.mount();
    await serumInCart(page, 1);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-cash');
    await page.fillGuest();
    await page.toReview();
    mockControl.fail('createOrder', {status: 409, body: {success: false, error: {code: 'OUT_OF_STOCK', message: 'gone', details: {productId: P.onSale, available: 0}}}});
    await page.click('Place order');
    await page.waitFor('cart');
    expect(page.text).to.contain('Out of stock now');
    expect(page.button('Check out').disabled).to.equal(true);
    expect(page.checkout?.details.email).to.equal('amy@example.com');
    expect(page.badge()).to.equal('1');
  });

  it('shows the new total when a price changed since the item was added', async () => {
    const page = await ShopPage.mount();
    await serumInCart(page, 1);
    const cart = page.flow.cart!;
    cart.patch(new Map([[cart.lines[0]!.key, {price: '300.00', discountPrice: null}]]));
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-cash');
    await page.fillGuest();
    await page.toReview();
    expect(page.flow.notice).to.equal('price-changed');
    expect(page.banner()).to.contain('The new total is HK$320.00');
    expect(requestsFor('createOrder')).to.have.length(0);
  });

  it('retries a failing payment-status check with a visible state', async () => {
    const page = await ShopPage.mount();
    await serumInCart(page, 1);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.fillGuest();
    await page.toReview();
    page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
    const leaving = oneEvent(page.element, 'fav-order-payment-started');
    await page.click('Place order');
    const url = (await leaving).detail.url;
    history.replaceState(null, '', url);
    page.element.parentElement!.remove();
    paymentPolling.delays = [0, 400, 400];
    mockControl.fail('getOrderPaymentStatus', {status: 500, times: 1});
    const back = await ShopPage.mount(undefined, 'payment');
    await waitUntil(() => back.checkout?.paymentView === 'retrying', 'retrying');
    await back.element.updateComplete;
    expect(back.banner()).to.contain('Trying again');
    await waitUntil(() => back.checkout?.paymentView === 'completed', 'completed', {timeout: 5000});
  });

  it('a 401 during member checkout offers to continue as a guest', async () => {
    const page = await ShopPage.mount();
    await signInMember(page.element.closest('fav-provider') as FavProvider);
    await serumInCart(page, 1);
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-cash');
    await page.toReview();
    mockControl.expireToken();
    mockControl.fail('refreshToken', {status: 401, code: 'UNAUTHORIZED'});
    await page.click('Place order');
    await waitUntil(() => page.flow.notice === 'session-expired', 'session expired');
    await page.element.updateComplete;
    expect(page.banner()).to.contain('Your session has expired');
    await page.click('Continue as guest');
    await page.waitFor('checkout');
    await page.fillGuest();
    await page.toReview();
    await page.click('Place order');
    await page.waitFor('placed');
    expect(lastRequest('createOrder').headers).to.not.have.property('authorization');
    expect(page.badge()).to.equal('0');
  });

  it('skips malformed products with a fav-error and still renders the list', async () => {
    mockControl.fail('listProducts', {
      body: {success: true, data: {items: [{name: 'No id'}, {id: 9, name: 'Fine', description: '', productType: 'simple', stockStatus: 'instock', price: '10'}]}},
    });
    const errors: CustomEvent[] = [];
    document.addEventListener('fav-error', (e) => errors.push(e as CustomEvent));
    const page = await ShopPage.mount();
    expect(page.productNames()).to.deep.equal(['Fine']);
    expect(errors.some((e) => e.detail.operation === 'listProducts' && e.detail.kind === 'malformed')).to.equal(true);
  });

  it('a 5xx, malformed or offline catalogue shows Try again, and it works', async () => {
    for (const failure of [{status: 503, times: 3}, {malformed: true}, {network: true, times: 3}]) {
      resetPage();
      resetCartStores();
      mockControl.fail('listProducts', failure);
      const page = await ShopPage.mount(undefined, 'unavailable');
      expect(page.banner()).to.not.equal('');
      await page.click('Try again');
      await page.waitFor('catalogue');
      expect(page.productNames().length).to.be.greaterThan(0);
      page.element.parentElement!.remove();
    }
  });

  it('starts filtered by category, brand and collection attributes', async () => {
    const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout category="yoga-gear" brand="lotus-flow"></fav-shop-checkout></fav-provider>`);
    expect(lastRequest('listProducts').query).to.include({category_slug: 'yoga-gear', brand_slug: 'lotus-flow'});
    expect(page.productNames()).to.include('Cork Yoga Mat').and.not.include('Hydrating Face Serum');
  });

  it('pages a 500-product catalogue without dropping the list while loading', async () => {
    mockControl.setCatalogueSize(500);
    const page = await ShopPage.mount();
    expect(page.text).to.contain('Page 1 of 42');
    mockControl.setLatency(150);
    const started = performance.now();
    await page.click('Next');
    expect(page.productNames()).to.have.length(12);
    expect(page.root.querySelector('[part~="product-list"]')!.getAttribute('aria-busy')).to.equal('true');
    await page.settled();
    expect(page.text).to.contain('Page 2 of 42');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('formats zh-Hant prices with Intl and fits 360 px without horizontal scroll', async () => {
    await setViewport({width: 360, height: 800});
    const page = await ShopPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-shop-checkout></fav-shop-checkout></fav-provider>`);
    expect(page.text).to.contain('HK$');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await page.openProduct(page.productNames()[0]!);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('currency-display="code" shows HKD', async () => {
    const page = await ShopPage.mount(html`<fav-provider mock company-id="demo"><fav-shop-checkout currency-display="code"></fav-shop-checkout></fav-provider>`);
    expect(page.text).to.match(/HKD\s?320\.00/);
  });

  it('can be finished with the keyboard to the cart', async () => {
    const page = await ShopPage.mount();
    const button = page.root.querySelector<HTMLButtonElement>('[part~="product-button"]')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await page.waitFor('product');
    const add = page.button(/Add to cart|Out of stock/);
    add.focus();
    await sendKeys({press: 'Enter'});
    await page.element.updateComplete;
    const cartButton = page.root.querySelector<HTMLButtonElement>('[part~="cart-button"]')!;
    cartButton.focus();
    await sendKeys({press: 'Enter'});
    await page.waitFor('cart');
    expect(page.flow.lines.length).to.equal(1);
  });
});
