/**
 * A language switcher on the page sets a new `locale` (docs/guides/languages.md): the booking stays
 * where the visitor is, with what they chose and typed, in the new language; the tenant's data comes
 * again in it. A new tenant starts the booking again.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/booking.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {setViewport} from '../../support/commands.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {BookingPage} from './booking-page.js';

/** From the service to the details form, with a staff member, a day and a time chosen, and the form half filled. */
async function toDetailsTyping(page: BookingPage): Promise<{date: string; slotKey: string}> {
  await page.openService('Deep Tissue Massage');
  await page.choose('Wong Siu Ming');
  await page.toTime();
  await page.pickSlot(1);
  const chosen = {date: page.flow.date!, slotKey: page.flow.slotKey!};
  await page.toDetails();
  await page.type('name', 'Amy Lau');
  await page.type('phone', '6123 4567');
  // Typed but not sent: the notes and an add-on live only in the form until the visitor reviews.
  page.input('notes').value = 'Window seat, please';
  page.root.querySelector<HTMLInputElement>('input[name="addon"]')!.click();
  return chosen;
}

describe('<fav-booking> in a new locale', () => {
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    await setViewport({width: 1000, height: 900});
  });
  afterEach(() => applyLocale('en'));

  it('keeps the details step, the chosen time and what was typed when the provider switches to zh-Hant', async () => {
    const page = await BookingPage.mount();
    const chosen = await toDetailsTyping(page);
    const provider = page.element.closest<FavProvider>('fav-provider')!;
    const reads = requestsFor('getService').length;
    const switcher = provider.insertAdjacentElement('afterend', Object.assign(document.createElement('button'), {textContent: '中文'})) as HTMLButtonElement;
    switcher.focus();

    provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '你的資料', 'the details step in Chinese', {timeout: 8000});
    await page.settled();
    expect(page.step).to.equal('details');
    expect(document.activeElement === switcher, 'the focus stays on the language switcher').to.equal(true);
    expect(page.labelOf('name')).to.contain('姓名');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('phone').value).to.equal('6123 4567');
    expect(page.input('notes').value).to.equal('Window seat, please');
    expect(page.root.querySelector<HTMLInputElement>('input[name="addon"]')!.checked, 'the add-on ticked').to.equal(true);
    expect({date: page.flow.date, slotKey: page.flow.slotKey}).to.deep.equal(chosen);
    expect(page.flow.staffId).to.equal('stf_wong');
    // The service comes again in the tenant's Chinese.
    await waitUntil(() => page.flow.service?.name === '深層組織按摩', 'the service in Chinese', {timeout: 8000});
    expect(requestsFor('getService').length).to.be.above(reads);
    expect(lastRequest('getService').headers['accept-language']).to.equal('zh-Hant');

    // The booking goes through once, also when the locale changes back while it is sent.
    await page.submit();
    await page.waitFor('review');
    expect(page.summary()).to.deep.include({姓名: 'Amy Lau', 備註: 'Window seat, please'});
    mockControl.setLatency({createGuestBooking: 600});
    await page.click('確認預約');
    await waitUntil(() => requestsFor('createGuestBooking').length === 1, 'the booking sent');
    provider.locale = 'en';
    await waitUntil(() => page.heading === 'Booking confirmed', 'the confirmation in English', {timeout: 8000});
    expect(page.summary()).to.deep.include({Name: 'Amy Lau', Notes: 'Window seat, please'});
    expect(requestsFor('createGuestBooking')).to.have.length(1);
  });

  it('keeps what shows when the service cannot be read again, and reports it', async () => {
    const page = await BookingPage.mount();
    await toDetailsTyping(page);
    mockControl.fail('getService', {status: 503, times: 5});
    const errors: CustomEvent[] = [];
    page.element.addEventListener('fav-error', (event) => errors.push(event as CustomEvent));
    page.element.closest<FavProvider>('fav-provider')!.locale = 'zh-Hant';
    await waitUntil(() => errors.length > 0, 'the failure reported', {timeout: 8000});
    await waitUntil(() => page.heading === '你的資料', 'the details step in Chinese', {timeout: 8000});
    expect(errors[0]!.detail).to.include({operation: 'getService', status: 503});
    expect(page.step).to.equal('details');
    expect(page.flow.service?.name).to.equal('Deep Tissue Massage');
    expect(page.banner()).to.equal('');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('notes').value).to.equal('Window seat, please');
  });

  it('keeps the step when its own locale attribute changes, without a provider', async () => {
    const page = await BookingPage.mount(html`<fav-booking mock company-id="demo" locale="en"></fav-booking>`);
    await toDetailsTyping(page);
    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.heading === '你的資料', 'the details step in Chinese', {timeout: 8000});
    await page.settled();
    expect(page.step).to.equal('details');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('notes').value).to.equal('Window seat, please');
  });

  it('starts again at the service list when the tenant changes', async () => {
    const page = await BookingPage.mount();
    await toDetailsTyping(page);
    page.element.closest<FavProvider>('fav-provider')!.companyId = 'demo-taipei';
    await waitUntil(() => page.step === 'services' && !page.flow.busy && lastRequest('listServices').headers['x-company-id'] === 'demo-taipei', 'the other tenant\'s services', {timeout: 8000});
    await page.waitFor('services');
    expect(page.serviceNames()).to.not.include('Deep Tissue Massage');
  });
});
