/** A visitor's view of `<fav-events>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {laterStepsOf, mountWidget, squash, WidgetPage} from '../../support/widget-page.js';
import type {FavEvents} from '../../../src/widgets/events/fav-events.js';
import type {EventsCheckout} from '../../../src/widgets/events/events-checkout.js';
import type {EventsFlow, EventsStep} from '../../../src/widgets/events/events-flow.js';

export class EventsPage extends WidgetPage<FavEvents, EventsFlow> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-events></fav-events></fav-provider>`,
    step: EventsStep = 'list',
  ): Promise<EventsPage> {
    const page = new EventsPage(await mountWidget<FavEvents>(template, 'fav-events'));
    await page.waitFor(step);
    return page;
  }

  get step(): EventsStep {
    return this.flow.step;
  }

  /** The registration, its payment and its access (private on the element, like its flow), once the later steps have arrived. */
  get checkout(): EventsCheckout | undefined {
    return (this.element as unknown as {checkout?: EventsCheckout}).checkout;
  }

  /** Waits for the step, and for the lazily loaded views when the step needs them. */
  override async waitFor(step: EventsStep, timeout = 8000): Promise<void> {
    await super.waitFor(step, timeout);
    if (!['list', 'loading', 'unavailable'].includes(step)) await waitUntil(() => laterStepsOf(this.element), 'the later steps', {timeout});
    await this.element.updateComplete;
  }

  /** The status step once the access check has answered. */
  async waitForStatus(): Promise<void> {
    await waitUntil(() => this.step === 'status' && !this.flow.busy && this.checkout?.returning?.state !== 'checking', 'the registration status', {timeout: 8000});
    await waitUntil(() => laterStepsOf(this.element), 'the later steps');
    await this.element.updateComplete;
  }

  eventNames(): string[] {
    return [...this.root.querySelectorAll('[part~="event-button"]')].map((b) => squash(b.textContent));
  }

  card(name: string): string {
    const card = [...this.root.querySelectorAll('[part~="event-card"]')].find((c) => squash(c.querySelector('[part~="event-button"]')?.textContent) === name);
    if (!card) throw new Error(`no event ${name}`);
    return squash(card.textContent);
  }

  async openEvent(name: string): Promise<void> {
    await this.click(name);
    await this.waitFor('detail');
  }

  async toRegister(): Promise<void> {
    await this.click('Register');
    await this.waitFor('register');
  }

  async fill({name = 'Amy Lau', email = 'amy@example.com', phone = '6123 4567', quantity}: {name?: string; email?: string; phone?: string; quantity?: number} = {}): Promise<void> {
    await this.type('name', name);
    await this.type('email', email);
    await this.type('phone', phone);
    if (quantity) await this.select('quantity', String(quantity));
  }

  quantityOptions(): string[] {
    return [...this.root.querySelectorAll<HTMLOptionElement>('select[name="quantity"] option')].map((o) => o.value);
  }

  summary(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll('[part~="summary"] .summary-row')].map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]),
    );
  }

  accessCode(): string {
    return squash(this.root.querySelector('[part~="access-code"]')?.textContent);
  }
}
