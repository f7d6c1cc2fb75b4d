/**
 * A new `locale` (docs/guides/languages.md): the shop stays at its step (a product with its options
 * chosen, the checkout form half filled) with the cart, in the new language; the products, the
 * product and the shipping and payment methods come again in it.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/shop-checkout.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {MOCK_SHOP_IDS} from '../../../src/mock/index.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {squash} from '../../support/widget-page.js';
import {ShopPage} from './shop-page.js';

const checked = (page: ShopPage, name: string) => page.root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

describe('<fav-shop-checkout> in a new locale', () => {
  beforeEach(() => resetPage());
  afterEach(() => applyLocale('en'));

  it('keeps the checkout form, the methods chosen and the cart when the provider switches to zh-Hant, and places the order once', async () => {
    const page = await ShopPage.mount();
    await page.openProduct('Hydrating Face Serum');
    await page.add(2);
    await page.openCart();
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', MOCK_SHOP_IDS.payment.bankTransfer);
    await page.type('name', 'Amy Lau');
    page.input('email').value = 'amy@example.com';
    page.input('phone').value = '6123 4567';
    const provider = page.element.closest<FavProvider>('fav-provider')!;

    provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '結帳' && page.labelOf('email').includes('電郵'), 'the checkout in Chinese', {timeout: 8000});
    await waitUntil(() => page.text.includes('門市自取') && page.text.includes('銀行轉帳'), 'the methods in Chinese', {timeout: 8000});
    expect(lastRequest('listShippingMethods').headers['accept-language']).to.equal('zh-Hant');
    expect(page.step).to.equal('checkout');
    expect(checked(page, 'shipping')).to.equal(String(MOCK_SHOP_IDS.shipping.pickup));
    expect(checked(page, 'payment')).to.equal(MOCK_SHOP_IDS.payment.bankTransfer);
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('email').value).to.equal('amy@example.com');
    expect(page.input('phone').value).to.equal('6123 4567');
    expect(page.flow.count).to.equal(2);
    expect(page.badge()).to.contain('2');

    await page.toReview();
    mockControl.setLatency({createOrder: 400});
    await page.click('提交訂單');
    await waitUntil(() => requestsFor('createOrder').length === 1, 'the order sent');
    provider.locale = 'en';
    await page.waitFor('placed');
    await waitUntil(() => page.heading === 'Thank you for your order', 'the order placed, in English', {timeout: 8000});
    expect(requestsFor('createOrder')).to.have.length(1);
    expect(lastRequest('createOrder').body).to.deep.include({paymentMethodId: MOCK_SHOP_IDS.payment.bankTransfer});
  });

  it('keeps the product with its options and quantity chosen, on its own locale attribute', async () => {
    const page = await ShopPage.mount(html`<fav-shop-checkout mock company-id="demo" locale="en"></fav-shop-checkout>`);
    await page.openProduct('Soy Candle');
    await page.chooseOption('Large');
    await page.chooseOption('Citrus');
    const quantity = page.input('quantity');
    quantity.value = '3';
    quantity.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
    await page.element.updateComplete;

    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.flow.product?.name === '大豆蠟燭', 'the product in Chinese', {timeout: 8000});
    await page.element.updateComplete;
    expect(page.step).to.equal('product');
    const chosen = [...page.root.querySelectorAll<HTMLInputElement>('[part~="choice"] input:checked')].map((input) => squash(input.closest('label')?.textContent));
    expect(chosen).to.deep.equal(['柑橘', '大']);
    expect(page.input('quantity').value).to.equal('3');
    await page.add();
    await waitUntil(() => page.flow.count === 3, 'three added');
    expect(page.flow.lines[0]).to.deep.include({variantId: 11004});
  });
});
