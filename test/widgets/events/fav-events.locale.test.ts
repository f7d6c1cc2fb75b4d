/**
 * A new `locale` (docs/guides/languages.md): the registration form stays with the session chosen
 * and what was typed, in the new language; the event and the list come again in it.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/events.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {MOCK_EVENTS_IDS} from '../../../src/mock/index.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {EventsPage} from './events-page.js';

const SECOND = MOCK_EVENTS_IDS.sessions.breathworkSecond;

/** The registration form of the free event, with the second session, two tickets and the details typed. */
async function toRegistrationTyping(page: EventsPage): Promise<void> {
  await page.openEvent('Breathwork for Busy Minds');
  await page.toRegister();
  await waitUntil(() => page.root.querySelector('[part~="prefix"]'), 'the tenant\'s phone prefix');
  page.root.querySelector<HTMLInputElement>(`input[value="${SECOND}"]`)!.click();
  await page.type('name', 'Amy Lau');
  await page.select('quantity', '2');
  // Typed and not sent: only the form holds them.
  page.input('email').value = 'amy@example.com';
  page.input('phone').value = '6123 4567';
}

describe('<fav-events> in a new locale', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });
  afterEach(() => applyLocale('en'));

  it('keeps the registration form, the session and what was typed when the provider switches to zh-Hant, and registers once', async () => {
    const page = await EventsPage.mount();
    await toRegistrationTyping(page);
    const provider = page.element.closest<FavProvider>('fav-provider')!;

    provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '報名' && page.labelOf('email').includes('電郵'), 'the form in Chinese', {timeout: 8000});
    await waitUntil(() => page.flow.event?.title === '呼吸練習：給忙碌的心', 'the event in Chinese', {timeout: 8000});
    expect(lastRequest('getEvent').headers['accept-language']).to.equal('zh-Hant');
    expect(page.step).to.equal('register');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('email').value).to.equal('amy@example.com');
    expect(page.input('phone').value).to.equal('6123 4567');
    expect(page.input('quantity').value).to.equal('2');
    expect(page.root.querySelector<HTMLInputElement>(`input[value="${SECOND}"]`)!.checked, 'the second session').to.equal(true);
    expect(requestsFor('registerForEvent')).to.have.length(0);

    mockControl.setLatency({registerForEvent: 400});
    await page.submit();
    await waitUntil(() => requestsFor('registerForEvent').length === 1, 'the registration sent');
    provider.locale = 'en';
    await page.waitForStatus();
    expect(requestsFor('registerForEvent')).to.have.length(1);
    expect(lastRequest('registerForEvent').body).to.deep.include({name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567', quantity: 2, sessionId: SECOND});
  });

  it('shows the list in the new language when the visitor goes back to it, on its own locale attribute', async () => {
    const page = await EventsPage.mount(html`<fav-events mock company-id="demo" locale="en"></fav-events>`);
    await toRegistrationTyping(page);
    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.heading === '報名', 'the form in Chinese', {timeout: 8000});
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('email').value).to.equal('amy@example.com');
    await page.click('返回');
    await page.waitFor('detail');
    await waitUntil(() => page.text.includes('呼吸練習：給忙碌的心'), 'the event in Chinese', {timeout: 8000});
    await page.click('所有活動');
    await page.waitFor('list');
    await waitUntil(() => page.eventNames().includes('呼吸練習：給忙碌的心'), 'the list in Chinese', {timeout: 8000});
  });
});
