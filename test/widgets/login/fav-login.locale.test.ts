/**
 * A new `locale` (docs/guides/languages.md): the sign-in stays at its step with what the visitor
 * typed, in the new language; the tenant's registration fields come again in it.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/login.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {lastRequest, requestsFor, resetPage} from '../../support/mock.js';
import {LoginPage} from './login-page.js';

describe('<fav-login> in a new locale', () => {
  beforeEach(() => resetPage());
  afterEach(() => applyLocale('en'));

  it('stays on the code step with the code typed so far when the provider switches to zh-Hant', async () => {
    const page = await LoginPage.mount();
    await page.type('identifier', '91234567');
    await page.submit();
    await page.waitFor('verify');
    await page.type('code', '123');

    page.element.closest<FavProvider>('fav-provider')!.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '輸入驗證碼', 'the code step in Chinese', {timeout: 8000});
    expect(page.flow.step).to.equal('verify');
    expect(page.labelOf('code')).to.contain('6 位數字驗證碼');
    expect(page.input('code').value).to.equal('123');
    expect(page.text.replace(/\s/g, ''), 'the number the code went to').to.contain('91234567');
    expect(requestsFor('requestOtp')).to.have.length(1);

    await page.type('code', '123456');
    await page.waitFor('signed-in');
    expect(requestsFor('requestOtp')).to.have.length(1);
    expect(lastRequest('verifyOtp').body).to.deep.include({phone: '+85291234567', code: '123456'});
  });

  it('keeps the registration typed so far and shows the tenant\'s fields in Chinese, on its own locale attribute', async () => {
    const page = await LoginPage.mount(html`<fav-login mock company-id="demo" locale="en"></fav-login>`);
    await page.click('New here? Create an account');
    await page.waitFor('register');
    await page.type('name', 'Amy');
    page.input('lastName').value = 'Lau';
    const reads = requestsFor('getRegistrationForm').length;

    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.heading === '建立帳戶', 'the registration in Chinese', {timeout: 8000});
    await waitUntil(() => page.labelOf('lastName').includes('姓氏'), 'the tenant\'s field labels in Chinese', {timeout: 8000});
    expect(requestsFor('getRegistrationForm').length).to.be.above(reads);
    expect(page.flow.step).to.equal('register');
    expect(page.input('name').value).to.equal('Amy');
    expect(page.input('lastName').value).to.equal('Lau');
    expect(requestsFor('registerMember')).to.have.length(0);
  });
});
