/** A visitor's view of `<fav-shop-checkout>`. */
import {html, type TemplateResult} from 'lit';
import {mountWidget, squash, WidgetPage} from '../../support/widget-page.js';
import type {FavShopCheckout} from '../../../src/widgets/shop-checkout/fav-shop-checkout.js';
import type {ShopStep} from '../../../src/widgets/shop-checkout/shop-flow.js';

export class ShopPage extends WidgetPage<FavShopCheckout> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-shop-checkout></fav-shop-checkout></fav-provider>`,
    step: ShopStep = 'catalogue',
  ): Promise<ShopPage> {
    const page = new ShopPage(await mountWidget<FavShopCheckout>(template, 'fav-shop-checkout'));
    await page.waitFor(step);
    return page;
  }

  get step(): ShopStep {
    return this.element.flow.step;
  }

  productNames(): string[] {
    return [...this.root.querySelectorAll('[part~="product-button"]')].map((b) => squash(b.textContent));
  }

  async openProduct(name: string): Promise<void> {
    await this.click(name);
    await this.waitFor('product');
  }

  async chooseOption(value: string): Promise<void> {
    const choice = [...this.root.querySelectorAll<HTMLLabelElement>('[part~="choice"]')].find((c) => squash(c.textContent) === value);
    if (!choice) throw new Error(`no option ${value}`);
    choice.querySelector('input')!.click();
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

  lineTexts(): string[] {
    return [...this.root.querySelectorAll('[part~="cart-line"]')].map((l) => squash(l.textContent));
  }
}
