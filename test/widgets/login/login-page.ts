/** A visitor's view of `<fav-login>`: what is on screen and what they can do with it. */
import {fixture, waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {FavLogin} from '../../../src/widgets/login/fav-login.js';
import type {LoginStep} from '../../../src/widgets/login/login-flow.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export class LoginPage {
  constructor(readonly element: FavLogin) {}

  /** Renders the template and waits until the sign-in form (or `step`) is showing. */
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`,
    step: LoginStep = 'identify',
  ): Promise<LoginPage> {
    const root = await fixture<HTMLElement>(template);
    const element = (root.localName === 'fav-login' ? root : root.querySelector('fav-login')) as FavLogin;
    const page = new LoginPage(element);
    await page.waitFor(step);
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  async waitFor(step: LoginStep, timeout = 8000): Promise<void> {
    await waitUntil(() => this.element.flow.step === step && !this.element.flow.busy, `step ${step}`, {timeout});
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

  button(label: string | RegExp): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll('button')];
    const found = buttons.find((b) => (typeof label === 'string' ? squash(b.textContent) === label : label.test(squash(b.textContent))));
    if (!found) throw new Error(`no button ${label}; buttons: ${buttons.map((b) => squash(b.textContent)).join(' | ')}`);
    return found;
  }

  async click(label: string | RegExp): Promise<void> {
    this.button(label).click();
    await this.element.updateComplete;
  }

  /** Submits the current step's form as pressing Enter would. */
  async submit(): Promise<void> {
    this.root.querySelector('form')!.requestSubmit();
    await this.element.updateComplete;
  }

  banner(): string {
    return squash([...this.root.querySelectorAll('[part~="banner"]')].map((b) => b.textContent).join(' '));
  }

  /** Signs in with the phone of the mock's member and the mock code. */
  async signInAsMember(phone = '91234567', code = '123456'): Promise<void> {
    await this.waitFor('identify');
    await this.type('identifier', phone);
    await this.submit();
    await this.waitFor('verify');
    await this.type('code', code);
    await this.waitFor('signed-in');
  }
}
