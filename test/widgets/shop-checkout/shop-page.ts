/** A visitor's view of `<fav-shop-checkout>`. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {mountWidget, squash, WidgetPage} from '../../support/widget-page.js';
import type {FavShopCheckout} from '../../../src/widgets/shop-checkout/fav-shop-checkout.js';
import type {ShopCheckout} from '../../../src/widgets/shop-checkout/shop-checkout.js';
import type {ShopFlow, ShopStep} from '../../../src/widgets/shop-checkout/shop-flow.js';
import {MOCK_SHOP_IDS} from '../../../src/mock/index.js';

export class ShopPage extends WidgetPage<FavShopCheckout, ShopFlow> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-shop-checkout></fav-shop-checkout></fav-provider>`,
    step: ShopStep = 'catalogue',
  ): Promise<ShopPage> {
    const page = new ShopPage(await mountWidget<FavShopCheckout>(template, 'fav-shop-checkout'));
    await page.waitFor(step);
    return page;
  }

  get step(): ShopStep {
    return this.flow.step;
  }

  /** The later steps' state (the checkout, the order, its payment, the member's orders), private to the element like its flow. */
  get checkout(): ShopCheckout | undefined {
    return (this.element as unknown as {checkout?: ShopCheckout}).checkout;
  }

  productNames(): string[] {
    return [...this.root.querySelectorAll('[part~="product-button"]')].map((b) => squash(b.textContent));
  }

  async openProduct(name: string): Promise<void> {
    await this.click(name);
    await this.waitFor('product');
  }

  /** From a product back to the product list. */
  async openCatalogue(): Promise<void> {
    await this.click('All products');
    await this.waitFor('catalogue');
  }

  async chooseOption(value: string): Promise<void> {
    const find = () => [...this.root.querySelectorAll<HTMLLabelElement>('[part~="choice"]')].find((c) => squash(c.textContent) === value);
    // The product's options render with the later steps' code, which may still be arriving.
    await waitUntil(find, `the option ${value}`, {timeout: 8000});
    find()!.querySelector('input')!.click();
    await this.element.updateComplete;
  }

  async add(quantity?: number): Promise<void> {
    if (quantity !== undefined) {
      const input = this.input('quantity');
      input.value = String(quantity);
      input.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      await this.element.updateComplete;
    }
    await this.submit();
  }

  badge(): string {
    return squash(this.root.querySelector('[part~="cart-badge"]')?.textContent);
  }

  async openCart(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[part~="cart-button"]')!.click();
    await this.waitFor('cart');
  }

  async toCheckout(): Promise<void> {
    await this.click('Check out');
    await this.waitFor('checkout');
  }

  async choose(name: 'shipping' | 'payment', value: string | number): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    input.click();
    await this.element.updateComplete;
  }

  async fillGuest(): Promise<void> {
    await this.type('name', 'Amy Lau');
    await this.type('email', 'amy@example.com');
    await this.type('phone', '6123 4567');
  }

  async toReview(): Promise<void> {
    await this.submit();
    await this.waitFor('review');
  }

  /** From the cart: a guest picking up at the studio, paying with `payment`, on the review. */
  async pickUpToReview(payment: string): Promise<void> {
    await this.toCheckout();
    await this.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await this.choose('payment', payment);
    await this.fillGuest();
    await this.toReview();
  }

  /** One serum (HK$320) in the cart, then {@link pickUpToReview}. */
  async serumToReview(payment: string): Promise<void> {
    await this.openProduct('Hydrating Face Serum');
    await this.add(1);
    await this.openCart();
    await this.pickUpToReview(payment);
  }

  lineTexts(): string[] {
    return [...this.root.querySelectorAll('[part~="cart-line"]')].map((l) => squash(l.textContent));
  }

  /** The primary action of the step (any language). */
  primaryButton(): HTMLButtonElement {
    const button = this.root.querySelector<HTMLButtonElement>('button[part~="button-primary"]');
    if (!button) throw new Error(`no primary button; on screen: ${this.text}`);
    return button;
  }

  /** The rows of every summary on screen (details, totals), label → value. */
  summary(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll('[part~="summary"] .summary-row')].map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]),
    );
  }

  /** Lines of the cart with their flag notes. */
  flags(): string[] {
    return [...this.root.querySelectorAll('[part~="cart-line"]')].map((l) => squash(l.querySelector('[part~="line-flag"]')?.textContent));
  }
}

/**
 * A guest pays `payment` (a hosted method) for one serum, the page "leaves" for the payment URL and
 * comes back: `beforeReturn` runs before the fresh widget mounts (to make D10 answer something).
 */
export async function returnFromHostedPayment(
  payment: string,
  beforeReturn: () => void = () => undefined,
  template?: TemplateResult,
): Promise<{back: ShopPage; orderId: string}> {
  const page = await ShopPage.mount(template);
  await page.serumToReview(payment);
  page.element.addEventListener('fav-order-payment-started', (event) => event.preventDefault(), {once: true});
  const leaving = new Promise<CustomEvent<{url: string; orderId: string}>>((resolve) =>
    page.element.addEventListener('fav-order-payment-started', (event) => resolve(event as CustomEvent), {once: true}),
  );
  await page.click('Place order');
  const {url, orderId} = (await leaving).detail;
  history.replaceState(null, '', url);
  page.element.closest('fav-provider')!.remove();
  beforeReturn();
  const back = await ShopPage.mount(template, 'payment');
  return {back, orderId};
}

