/**
 * What every widget's page object shares: reading the screen as a visitor sees it (headings, text,
 * banners, a field's label and error) and acting on it (typing, clicking, submitting). Each widget
 * adds its own steps on top.
 */
import {fixture, waitUntil} from '@open-wc/testing';
import type {LitElement, TemplateResult} from 'lit';
import {activeLocale, normalizeLocale} from '../../src/i18n/locale.js';

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What every flow says: which step shows and whether a request runs. */
export interface FlowView {
  readonly step: string;
  readonly busy?: boolean;
}

/**
 * A widget's flow, for tests only: the element keeps it private (it is not public API; README
 * documents what is), and tests read the state behind the screen through here.
 */
export function flowOf<F extends FlowView = FlowView>(element: Element): F {
  return (element as unknown as {flow: F}).flow;
}

/** A widget's later-steps module once loaded (private on the element, like its flow). */
export function laterStepsOf(element: Element): unknown {
  return (element as unknown as {steps: unknown}).steps;
}

/**
 * Renders `template` and returns the element `tag` in it (the root itself, or a descendant). When the
 * template asks for a locale, waits until its strings have arrived (they load as a module of their
 * own), as a visitor sees the widget in their language once it is ready.
 */
export async function mountWidget<E extends HTMLElement>(template: TemplateResult, tag: string): Promise<E> {
  const root = await fixture<HTMLElement>(template);
  const element = (root.localName === tag ? root : root.querySelector(tag)) as E;
  const locale = normalizeLocale((root.hasAttribute('locale') ? root : root.querySelector('[locale]'))?.getAttribute('locale'));
  if (locale) await waitUntil(() => activeLocale() === locale, `the ${locale} strings`, {timeout: 8000});
  return element;
}

export class WidgetPage<E extends LitElement, F extends FlowView = FlowView> {
  constructor(readonly element: E) {}

  /** The widget's flow (see {@link flowOf}). */
  get flow(): F {
    return flowOf<F>(this.element);
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /**
   * Waits until the flow is at `step` with nothing in flight and the step's view is on screen: a
   * later step's code loads on first use, with a placeholder meanwhile.
   */
  async waitFor(step: F['step'], timeout = 8000): Promise<void> {
    await waitUntil(() => this.flow.step === step && !this.flow.busy, `step ${step} (now ${this.flow.step})`, {timeout});
    await waitUntil(() => !this.root.querySelector('[part~="base"] > [part~="skeleton"]'), `the view of step ${step}`, {timeout});
    await this.element.updateComplete;
  }

  async settled(): Promise<void> {
    await waitUntil(() => !this.flow.busy, 'the request finished', {timeout: 8000});
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

  /** An input, select or textarea by name (typed as an input: `value`, `focus` and `checked` are what tests use). */
  input(name: string): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!input) throw new Error(`no input named ${name}; on screen: ${this.text}`);
    return input;
  }

  /** The label text of an input. */
  labelOf(name: string): string {
    const input = this.input(name);
    return squash(this.root.querySelector(`label[for="${input.id}"]`)?.textContent);
  }

  /** The error message announced for an input (through aria-describedby), or ''. */
  errorOf(name: string): string {
    const input = this.input(name);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return squash(
      ids
        .map((id) => this.root.getElementById(id))
        .filter((node) => node?.matches('[part~="error"]'))
        .map((node) => node!.textContent)
        .join(' '),
    );
  }

  async type(name: string, value: string): Promise<void> {
    const input = this.input(name);
    input.focus();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: value}));
    await this.element.updateComplete;
  }

  async check(name: string, checked = true): Promise<void> {
    const input = this.input(name);
    input.checked = checked;
    input.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
    await this.element.updateComplete;
  }

  async select(name: string, value: string): Promise<void> {
    const select = this.root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
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

  /** The promotion code piece (ui/promotion-field.ts): opens its field when closed, types `code` and presses "Apply". */
  async applyPromotion(code: string): Promise<void> {
    if (!this.root.querySelector('#promotionCode')) await this.click('Have a promotion code?');
    await this.type('promotionCode', code);
    await this.click('Apply');
  }

  /** The applied promotion code on screen, or ''. */
  appliedPromotion(): string {
    return squash(this.root.querySelector('[part~="promotion-code"]')?.textContent);
  }

  /** The element focused inside the widget (its id, else its name, else its text). */
  focused(): string {
    const active = this.root.activeElement;
    return active ? active.id || active.getAttribute('name') || squash(active.textContent) : '';
  }

  /** A day of the calendar, by date. */
  day(date: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[part~="calendar-day"][data-date="${date}"]`);
    if (!cell) throw new Error(`no day ${date} in the calendar`);
    return cell;
  }

  /** Clicks a day, then waits for its times (`daySettled`, which each page defines). */
  async pickDay(date: string): Promise<void> {
    this.day(date).click();
    await this.element.updateComplete;
    await this.daySettled();
  }

  /** Waits until the chosen day's times have answered; pages with a calendar override it. */
  async daySettled(): Promise<void> {
    await this.element.updateComplete;
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
}
