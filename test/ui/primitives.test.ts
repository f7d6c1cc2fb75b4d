import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import {LitElement, html} from 'lit';
import {FavApiError} from '../../src/api/errors.js';
import {describeError, renderBanner} from '../../src/ui/banner.js';
import {bannerStyles} from '../../src/ui/banner.styles.js';
import {renderButton} from '../../src/ui/button.js';
import {buttonStyles} from '../../src/ui/button.styles.js';
import {renderCheckboxField, renderField, renderSelectField} from '../../src/ui/field.js';
import {fieldStyles} from '../../src/ui/field.styles.js';
import {validateEmail, validatePhone, withCountryPrefix} from '../../src/ui/form.js';
import {formatDate, formatMoney, formatTime, timeZoneLabel} from '../../src/ui/format.js';
import {renderPager} from '../../src/ui/pager.js';
import {StepFocusController, renderStepHeader} from '../../src/ui/step-header.js';
import {tokenStyles} from '../../src/ui/tokens.styles.js';

/** A throwaway element that renders whatever template a test gives it, with the shared styles. */
class UiHost extends LitElement {
  static override styles = [tokenStyles, buttonStyles, fieldStyles, bannerStyles];
  static override properties = {view: {attribute: false}, step: {}};
  view: () => unknown = () => html``;
  step = 'one';
  constructor() {
    super();
    new StepFocusController(this, () => this.step);
  }
  override render() {
    return this.view();
  }
}
customElements.define('ui-host', UiHost);

async function mount(view: () => unknown): Promise<UiHost> {
  const host = await fixture<UiHost>(testHtml`<ui-host .view=${view}></ui-host>`);
  await host.updateComplete;
  return host;
}

describe('ui primitives', () => {
  it('a field links its label, hint and error and marks it invalid', async () => {
    const host = await mount(() => renderField({id: 'email', name: 'email', label: 'Email', hint: 'We never share it', error: 'Enter a valid email address.', required: true}));
    const input = host.shadowRoot!.querySelector('input')!;
    const label = host.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal('email');
    expect(label.textContent).to.contain('*');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(host.shadowRoot!.getElementById('email-error')!.textContent).to.contain('Enter a valid email address.');
    await expect(host).to.be.accessible();
  });

  it('select and checkbox fields are labelled and pass axe', async () => {
    const host = await mount(
      () => html`${renderSelectField({id: 'g', name: 'gender', label: 'Gender', placeholder: 'Choose…', options: [{value: 'F', label: 'Female'}]})}
      ${renderCheckboxField({id: 't', name: 'terms', label: 'I agree', required: true, error: 'Please tick this box to continue.'})}`,
    );
    expect(host.shadowRoot!.querySelectorAll('option')).to.have.length(2);
    await expect(host).to.be.accessible();
  });

  it('a busy button ignores presses and says it is busy', async () => {
    let clicks = 0;
    const host = await mount(() => renderButton({label: 'Pay', variant: 'primary', busy: true, onClick: () => clicks++}));
    const button = host.shadowRoot!.querySelector('button')!;
    button.click();
    expect(clicks).to.equal(0);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('part')).to.equal('button button-primary');
  });

  it('an error banner is an alert with a working "Try again"', async () => {
    let retried = 0;
    const host = await mount(() => renderBanner({tone: 'danger', message: 'Failed', onRetry: () => retried++}));
    const banner = host.shadowRoot!.querySelector('[part~="banner"]')!;
    expect(banner.getAttribute('role')).to.equal('alert');
    host.shadowRoot!.querySelector('button')!.click();
    expect(retried).to.equal(1);
    await expect(host).to.be.accessible();
  });

  it('describes each kind of failure in words a visitor understands', () => {
    const error = (init: ConstructorParameters<typeof FavApiError>[0]) => describeError(new FavApiError(init));
    expect(error({kind: 'network', message: 'x'})).to.match(/reach the server|offline/);
    expect(error({kind: 'timeout', message: 'x'})).to.contain('too long');
    expect(error({kind: 'malformed', message: 'x', status: 200})).to.contain('could not read');
    expect(error({kind: 'http', status: 429, retryAfter: 12, message: 'x'})).to.contain('12 seconds');
    expect(error({kind: 'http', status: 503, message: 'internal detail'})).to.not.contain('internal detail');
    expect(describeError(new Error('boom'))).to.contain('Something went wrong');
  });

  it('the step controller moves focus to the new heading only after the visitor interacted', async () => {
    const host = await mount(() => html`${renderStepHeader('Step')}${renderButton({label: 'Next'})}`);
    host.step = 'two';
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(null); // no focus stealing without interaction
    host.shadowRoot!.querySelector('button')!.focus();
    host.step = 'three';
    await host.updateComplete;
    await waitUntil(() => host.shadowRoot!.activeElement?.matches('h2'), 'focus on the heading');
    await sendKeys({press: 'Tab'});
    expect(host.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Next');
  });

  it('the pager pages and disables the ends', async () => {
    const pages: number[] = [];
    const host = await mount(() => renderPager({page: 1, totalPages: 3, hasNext: true, hasPrev: false, onPage: (p) => pages.push(p)}));
    const [prev, next] = host.shadowRoot!.querySelectorAll('button');
    expect(prev!.disabled).to.equal(true);
    next!.click();
    expect(pages).to.deep.equal([2]);
    expect(host.shadowRoot!.textContent).to.contain('Page 1 of 3');
  });
});

describe('validators and formatters', () => {
  it('normalizes phones to E.164 with the tenant prefix', () => {
    expect(withCountryPrefix('9123 4567', '+852')).to.equal('+85291234567');
    expect(withCountryPrefix('+886 912 345 678', '+852')).to.equal('+886912345678');
    expect(withCountryPrefix('0085291234567', '+852')).to.equal('+85291234567');
    expect(withCountryPrefix('85291234567', '+852')).to.equal('+85291234567');
    expect(validatePhone('+85291234567')).to.equal(undefined);
    expect(validatePhone('+8521')).to.be.a('string');
    expect(validateEmail('a@b.co')).to.equal(undefined);
    expect(validateEmail('a@b')).to.be.a('string');
  });

  it('formats money from decimal strings, and zero as Free', () => {
    expect(formatMoney('350.00', 'HKD', 'en')).to.equal('HK$350.00');
    expect(formatMoney(0, 'HKD', 'en')).to.equal('Free');
    expect(formatMoney('abc', 'HKD', 'en')).to.equal('–');
    expect(formatMoney('1200', 'TWD', 'zh-Hant')).to.contain('1,200');
  });

  it('never shifts a calendar date, and shows wall-clock times as written', () => {
    expect(formatDate('2026-12-01', 'en', {dateStyle: 'long'})).to.equal('December 1, 2026');
    expect(formatDate('2026-12-01', 'zh-Hant', {dateStyle: 'long'})).to.equal('2026年12月1日');
    expect(formatTime('14:30', 'en')).to.equal('2:30 PM');
    expect(formatTime('14:30', 'zh-Hant')).to.equal('下午2:30');
  });

  it('names time zones in the locale', () => {
    expect(timeZoneLabel('Asia/Hong_Kong', 'en')).to.contain('Hong Kong');
    expect(timeZoneLabel('Asia/Hong_Kong', 'zh-Hant')).to.contain('香港');
  });
});
