/** A visitor's view of `<fav-booking>`: what is on screen and what they can do with it. */
import {fixture, waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {FavBooking} from '../../../src/widgets/booking/fav-booking.js';
import type {BookingStep} from '../../../src/widgets/booking/booking-flow.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export class BookingPage {
  constructor(readonly element: FavBooking) {}

  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-booking></fav-booking></fav-provider>`,
    step: BookingStep = 'services',
  ): Promise<BookingPage> {
    const root = await fixture<HTMLElement>(template);
    const element = (root.localName === 'fav-booking' ? root : root.querySelector('fav-booking')) as FavBooking;
    const page = new BookingPage(element);
    await page.waitFor(step);
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get step(): BookingStep {
    return this.element.flow.step;
  }

  async waitFor(step: BookingStep, timeout = 8000): Promise<void> {
    await waitUntil(() => this.element.flow.step === step && !this.element.flow.busy, `step ${step} (now ${this.element.flow.step})`, {timeout});
    if (step === 'time') await waitUntil(() => this.root.querySelector('[part~="calendar-grid"]'), 'the calendar', {timeout});
    await this.element.updateComplete;
  }

  async settled(): Promise<void> {
    await waitUntil(() => !this.element.flow.busy, 'the request finished', {timeout: 8000});
    await this.element.updateComplete;
  }

  get heading(): string {
    return squash(this.root.querySelector('[part~="heading"]')?.textContent);
  }

  get text(): string {
    return squash(this.root.textContent);
  }

  banner(): string {
    return squash([...this.root.querySelectorAll('[part~="banner"]')].map((b) => b.textContent).join(' '));
  }

  input(name: string): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!input) throw new Error(`no input named ${name}; on screen: ${this.text}`);
    return input;
  }

  /** The error message announced for an input (through aria-describedby), or ''. */
  errorOf(name: string): string {
    const input = this.input(name);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return squash(ids.map((id) => this.root.getElementById(id)).filter((node) => node?.matches('[part~="error"]')).map((node) => node!.textContent).join(' '));
  }

  async type(name: string, value: string): Promise<void> {
    const input = this.input(name);
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: value}));
    await this.element.updateComplete;
  }

  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll('button')];
  }

  button(label: string | RegExp): HTMLButtonElement {
    const found = this.buttons().find((b) => (typeof label === 'string' ? squash(b.textContent) === label : label.test(squash(b.textContent))));
    if (!found) throw new Error(`no button ${label}; buttons: ${this.buttons().map((b) => squash(b.textContent)).join(' | ')}`);
    return found;
  }

  async click(label: string | RegExp): Promise<void> {
    this.button(label).click();
    await this.element.updateComplete;
  }

  /** Submits the current step's form as pressing Enter would. */
  async submit(): Promise<void> {
    this.root.querySelector<HTMLFormElement>('form[part~="form"], form')!.requestSubmit();
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

  async daySettled(): Promise<void> {
    await waitUntil(
      () => {
        const date = this.element.flow.date;
        const day = date ? this.element.flow.availability.day(date) : undefined;
        return day && day.status !== 'loading';
      },
      'the day and its times',
      {timeout: 8000},
    );
    await this.element.updateComplete;
  }

  day(date: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[part~="calendar-day"][data-date="${date}"]`);
    if (!cell) throw new Error(`no day ${date} in the calendar`);
    return cell;
  }

  days(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="calendar-day"]')];
  }

  async pickDay(date: string): Promise<void> {
    this.day(date).click();
    await this.element.updateComplete;
    await this.daySettled();
  }

  slotButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="slot-button"]')];
  }

  async pickSlot(index = 0): Promise<HTMLButtonElement> {
    const slot = this.slotButtons()[index];
    if (!slot) throw new Error(`no time ${index}; on screen: ${this.text}`);
    slot.click();
    await this.element.updateComplete;
    return slot;
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
