/** A visitor's view of `<fav-booking>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {mountWidget, squash, WidgetPage} from '../../support/widget-page.js';
import type {FavBooking} from '../../../src/widgets/booking/fav-booking.js';
import type {BookingFlow, BookingStep} from '../../../src/widgets/booking/booking-flow.js';

export class BookingPage extends WidgetPage<FavBooking, BookingFlow> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-booking></fav-booking></fav-provider>`,
    step: BookingStep = 'services',
  ): Promise<BookingPage> {
    const page = new BookingPage(await mountWidget<FavBooking>(template, 'fav-booking'));
    await page.waitFor(step);
    return page;
  }

  get step(): BookingStep {
    return this.flow.step;
  }

  override async waitFor(step: BookingStep, timeout = 8000): Promise<void> {
    await super.waitFor(step, timeout);
    if (step === 'time') await waitUntil(() => this.root.querySelector('[part~="calendar-grid"]'), 'the calendar', {timeout});
    await this.element.updateComplete;
  }

  serviceNames(): string[] {
    return [...this.root.querySelectorAll('[part~="service-button"]')].map((b) => squash(b.textContent));
  }

  async openService(name: string): Promise<void> {
    await this.click(name);
    await this.waitFor('service');
  }

  async choose(label: string | RegExp): Promise<void> {
    const choice = [...this.root.querySelectorAll<HTMLLabelElement>('[part~="choice"]')].find((c) =>
      typeof label === 'string' ? squash(c.textContent).startsWith(label) : label.test(squash(c.textContent)),
    );
    if (!choice) throw new Error(`no choice ${label}`);
    choice.querySelector('input')!.click();
    await this.element.updateComplete;
  }

  /** From the service to the calendar, waiting until a day is selected and its times have loaded. */
  async toTime(label = 'Choose a time'): Promise<void> {
    await this.click(label);
    await this.waitFor('time');
    await this.daySettled();
  }

  override async daySettled(): Promise<void> {
    await waitUntil(
      () => {
        const date = this.flow.date;
        const day = date ? this.flow.availability.day(date) : undefined;
        return day && day.status !== 'loading';
      },
      'the day and its times',
      {timeout: 8000},
    );
    await this.element.updateComplete;
  }

  /** The month the calendar shows, as its title reads ("December 2026"). */
  calendarTitle(): string {
    return squash(this.root.querySelector('[part~="calendar-header"] .calendar-title')?.textContent);
  }

  days(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="calendar-day"]')];
  }

  async toDetails(): Promise<void> {
    await this.click('Continue');
    await this.waitFor('details');
  }

  async fillGuest(name = 'Amy Lau', phone = '6123 4567', email = ''): Promise<void> {
    await this.type('name', name);
    await this.type('phone', phone);
    if (email) await this.type('email', email);
  }

  async toReview(): Promise<void> {
    await this.submit();
    await this.waitFor('review');
  }

  summary(): Record<string, string> {
    return Object.fromEntries(
      [...this.root.querySelectorAll('[part~="summary"] .summary-row')].map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]),
    );
  }
}
