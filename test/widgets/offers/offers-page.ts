/** A visitor's view of `<fav-offers>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import type {FavLogin} from '../../../src/widgets/login/fav-login.js';
import type {FavOffers} from '../../../src/widgets/offers/fav-offers.js';
import type {OffersFlow, OffersStep} from '../../../src/widgets/offers/offers-flow.js';
import {LoginPage} from '../login/login-page.js';
import {signInMember} from '../../support/mock.js';
import {laterStepsOf, mountWidget, squash, WidgetPage} from '../../support/widget-page.js';

export class OffersPage extends WidgetPage<FavOffers, OffersFlow> {
  /** Renders the template (signed out) and waits for the first view. */
  static async mount(template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-offers></fav-offers></fav-provider>`): Promise<OffersPage> {
    const element = await mountWidget<FavOffers>(template, 'fav-offers');
    const page = new OffersPage(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="heading"]'), 'the widget rendered', {timeout: 8000});
    return page;
  }

  /** Renders the template, signs the mock member in and waits for the offers as they see them. */
  static async signedIn(template?: TemplateResult, memberUuid = 'mem-demo-chan'): Promise<OffersPage> {
    const page = await OffersPage.mount(template);
    await page.offersLoaded();
    await signInMember(page.provider, memberUuid);
    await page.offersLoaded();
    return page;
  }

  get provider(): FavProvider {
    return (this.element.closest('fav-provider') ?? this.element) as unknown as FavProvider;
  }

  get step(): OffersStep {
    return this.flow.step;
  }

  async offersLoaded(timeout = 8000): Promise<void> {
    await waitUntil(() => this.flow.offers.result && !this.flow.busy && laterStepsOf(this.element), 'the offers', {timeout});
    await this.element.updateComplete;
  }

  /** Ids of the offers listed. */
  offerIds(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="offer-button"]')].map((b) => b.dataset.id!);
  }

  /** An offer card's text, by id. */
  offerCard(id: string): string {
    return squash(this.root.querySelector(`[part~="offer-button"][data-id="${id}"]`)?.closest('[part~="offer-card"]')?.textContent);
  }

  tab(label: string): HTMLButtonElement {
    const tab = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="tab"]')].find((t) => squash(t.textContent) === label);
    if (!tab) throw new Error(`no tab ${label}`);
    return tab;
  }

  async showTab(label: string): Promise<void> {
    this.tab(label).click();
    await this.element.updateComplete;
    await this.settled();
  }

  /** Opens an offer from the list and waits for its detail. */
  async open(id: string): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>(`[part~="offer-button"][data-id="${id}"]`);
    if (!button) throw new Error(`no offer ${id}; on screen: ${this.text}`);
    button.click();
    await this.waitFor('detail');
  }

  /** Types a quantity and goes on to the confirmation. */
  async toConfirm(quantity: string): Promise<void> {
    await this.type('quantity', quantity);
    await this.submit();
    await this.waitFor('confirm');
  }

  /** Names of the tiers, the member's own marked with `*`. */
  tiers(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="tier"]')].map(
      (tier) => `${squash(tier.querySelector('.card-title')?.textContent)}${tier.matches('[part~="tier-current"]') ? '*' : ''}`,
    );
  }

  /** The redemptions on screen: id, status and coupon code. */
  redemptions(): {id: string; status: string; code: string}[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="redemption"]')].map((card) => ({
      id: card.dataset.id!,
      status: squash(card.querySelector('[part~="status"]')?.textContent),
      code: squash(card.querySelector('[part~="coupon-code"]')?.textContent),
    }));
  }

  /** The inline sign-in box, once it has rendered its form. */
  loginBox(): Promise<LoginPage> {
    return LoginPage.inside(this.root);
  }

  /** Every element of the widget fits its width (no horizontal scrolling inside or on the page). */
  fits(width: number): boolean {
    const base = this.root.querySelector<HTMLElement>('[part~="base"]')!;
    return this.element.scrollWidth <= this.element.clientWidth && base.scrollWidth <= base.clientWidth && document.documentElement.scrollWidth <= width;
  }
}
