/** A member's view of `<fav-my-bookings>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import type {FavMyBookings} from '../../../src/widgets/my-bookings/fav-my-bookings.js';
import type {MyBookingsFlow, MyBookingsStep} from '../../../src/widgets/my-bookings/my-bookings-flow.js';
import {signInMember} from '../../support/mock.js';
import {laterStepsOf, mountWidget, squash, WidgetPage} from '../../support/widget-page.js';

export interface BookingCard {
  id: string;
  service: string;
  status: string;
  when: string;
}

export class MyBookingsPage extends WidgetPage<FavMyBookings, MyBookingsFlow> {
  /** Renders the template (signed out). */
  static async mount(template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-my-bookings></fav-my-bookings></fav-provider>`): Promise<MyBookingsPage> {
    const element = await mountWidget<FavMyBookings>(template, 'fav-my-bookings');
    const page = new MyBookingsPage(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="heading"]'), 'the widget rendered', {timeout: 8000});
    return page;
  }

  /** Renders the template, signs the mock member in and waits for their upcoming bookings. */
  static async signedIn(template?: TemplateResult, memberUuid = 'mem-demo-chan'): Promise<MyBookingsPage> {
    const page = await MyBookingsPage.mount(template);
    await signInMember(page.provider, memberUuid);
    await page.listLoaded();
    return page;
  }

  /** The provider around the widget, or the widget itself when it has its own configuration. */
  get provider(): FavProvider {
    return (this.element.closest('fav-provider') ?? this.element) as unknown as FavProvider;
  }

  get changes() {
    const changes = this.flow.changes;
    if (!changes) throw new Error('the later steps are not loaded');
    return changes;
  }

  get step(): MyBookingsStep {
    return this.flow.step;
  }

  async listLoaded(timeout = 8000): Promise<void> {
    await waitUntil(
      () => {
        const list = this.flow.lists[this.flow.tab];
        return this.flow.step === 'list' && list.result && !list.busy && !list.stale;
      },
      `the ${this.flow.tab} list (step ${this.flow.step})`,
      {timeout},
    );
    await this.element.updateComplete;
  }

  /** The open booking's detail, with the later steps' code. */
  async detailLoaded(timeout = 8000): Promise<void> {
    await waitUntil(() => this.flow.step === 'detail' && !this.flow.detailBusy && laterStepsOf(this.element) && this.flow.detail, `the detail (step ${this.flow.step})`, {timeout});
    await this.element.updateComplete;
  }

  override async settled(): Promise<void> {
    await waitUntil(() => !this.flow.changes?.busy && !this.flow.detailBusy, 'the request finished', {timeout: 8000});
    await this.element.updateComplete;
  }

  tab(name: 'Upcoming' | 'Past'): HTMLButtonElement {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((tab) => squash(tab.textContent) === name)!;
  }

  async showTab(name: 'Upcoming' | 'Past'): Promise<void> {
    this.tab(name).click();
    await this.element.updateComplete;
    await this.listLoaded();
  }

  cards(): BookingCard[] {
    return [...this.root.querySelectorAll('[part~="booking-card"]')].map((card) => ({
      id: card.querySelector<HTMLElement>('[part~="booking-button"]')!.dataset.id!,
      service: squash(card.querySelector('[part~="booking-button"]')?.textContent),
      status: squash(card.querySelector('[part~="status"]')?.textContent),
      when: squash(card.querySelector('.when')?.textContent),
    }));
  }

  ids(): string[] {
    return this.cards().map((card) => card.id);
  }

  async open(id: string): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>(`[part~="booking-button"][data-id="${id}"]`);
    if (!button) throw new Error(`no booking ${id} in the list: ${this.ids().join(', ')}`);
    button.click();
    await this.element.updateComplete;
    await this.detailLoaded();
  }

  summary(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll('[part~="summary"] .summary-row')].map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]),
    );
  }

  lineItems(): string[] {
    return [...this.root.querySelectorAll('[part~="line-item"]')].map((item) => squash(item.textContent));
  }

  /** From the detail to the cancel confirmation. */
  async toCancel(): Promise<void> {
    await this.click('Cancel booking');
    await waitUntil(() => this.flow.step === 'cancel', 'the cancel step');
    await this.element.updateComplete;
  }

  /** From the detail to the new day and time, waiting for the chosen day's times. */
  async toReschedule(): Promise<void> {
    await this.click('Reschedule');
    await waitUntil(() => this.flow.step === 'reschedule' && this.root.querySelector('[part~="calendar-grid"]'), 'the reschedule step');
    await this.daySettled();
  }

  override async daySettled(): Promise<void> {
    await waitUntil(
      () => {
        const date = this.changes.date;
        const day = date ? this.changes.availability.day(date) : undefined;
        return day && day.status !== 'loading';
      },
      'the day and its times',
      {timeout: 8000},
    );
    await this.element.updateComplete;
  }

  /** The calendar's days that can be picked (all answered). */
  async availableDays(): Promise<string[]> {
    await waitUntil(() => !this.root.querySelector('[part~="calendar-day"].loading'), 'every day of the month answered', {timeout: 8000});
    await this.element.updateComplete;
    return [...this.root.querySelectorAll<HTMLElement>('[part~="calendar-day"].available')].map((cell) => cell.dataset.date!);
  }

  /** Every element of the widget fits its width (no horizontal scrolling inside or on the page). */
  fits(width: number): boolean {
    const base = this.root.querySelector<HTMLElement>('[part~="base"]')!;
    return this.element.scrollWidth <= this.element.clientWidth && base.scrollWidth <= base.clientWidth && document.documentElement.scrollWidth <= width;
  }
}
