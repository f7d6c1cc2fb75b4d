/**
 * A new `locale` (docs/guides/languages.md): the contact form keeps what was typed, in the new
 * language, and a message is sent once.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/contact.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {ContactPage} from './contact-page.js';

describe('<fav-contact> in a new locale', () => {
  beforeEach(() => resetPage());
  afterEach(() => applyLocale('en'));

  it('keeps what was typed when the provider switches to zh-Hant, and sends the message once', async () => {
    const page = await ContactPage.mount(html`<fav-provider mock company-id="demo"><fav-contact show-subject prefill='{"name": "Ann Prefill"}'></fav-contact></fav-provider>`);
    await waitUntil(() => page.input('name').value === 'Ann Prefill', 'the prefilled name');
    await page.type('name', 'Amy Lau');
    await page.type('email', 'amy@example.com');
    // Typed, with nothing told to the form yet.
    page.input('subject').value = 'Holidays';
    page.input('message').value = 'Do you open on public holidays?';
    const provider = page.element.closest<FavProvider>('fav-provider')!;

    provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '聯絡我們' && page.labelOf('message').includes('訊息'), 'the form in Chinese', {timeout: 8000});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.step).to.equal('form');
    expect(page.input('name').value).to.equal('Amy Lau');
    expect(page.input('email').value).to.equal('amy@example.com');
    expect(page.input('subject').value).to.equal('Holidays');
    expect(page.input('message').value).to.equal('Do you open on public holidays?');

    mockControl.setLatency({submitContact: 400});
    await page.click('發送訊息');
    await waitUntil(() => requestsFor('submitContact').length === 1, 'the message sent');
    provider.locale = 'en';
    await page.waitFor('done');
    await waitUntil(() => page.heading === 'Thank you', 'the thanks in English', {timeout: 8000});
    expect(requestsFor('submitContact')).to.have.length(1);
    expect(lastRequest('submitContact').body).to.deep.include({name: 'Amy Lau', email: 'amy@example.com', subject: 'Holidays', message: 'Do you open on public holidays?'});
  });
});
