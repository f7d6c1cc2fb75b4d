import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/entries/login.js';
import {listServices} from '../../src/api/booking.js';
import {listBookings} from '../../src/api/bookings.js';
import {isFavApiError} from '../../src/api/errors.js';
import type {FavProvider} from '../../src/context/fav-provider.js';
import {applyLocale} from '../../src/i18n/locale.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../support/mock.js';

async function readyProvider(template = html`<fav-provider mock company-id="demo"></fav-provider>`): Promise<FavProvider> {
  const provider = await fixture<FavProvider>(template);
  await waitUntil(() => provider.environment.status !== 'resolving', 'the environment settled', {timeout: 8000});
  return provider;
}

describe('<fav-provider>', () => {
  beforeEach(() => resetPage());
  after(() => applyLocale('en'));

  it('builds a client for the tenant and shares it', async () => {
    const provider = await readyProvider();
    expect(provider.environment.status).to.equal('ready');
    expect(provider.environment.tenant?.companyId).to.equal('demo');
    expect(provider.environment.mock).to.equal(true);
  });

  it('takes its locale from the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="zh-HK"><fav-provider mock company-id="demo"></fav-provider></div>`);
    const provider = wrapper.querySelector('fav-provider')!;
    await waitUntil(() => provider.environment.status === 'ready', 'ready', {timeout: 8000});
    expect(provider.environment.locale).to.equal('zh-Hant');
    await applyLocale('en');
  });

  it('resolves the tenant from domain when no company-id is given', async () => {
    const provider = await readyProvider(html`<fav-provider mock domain="taipei.favcrm.test"></fav-provider>`);
    expect(provider.environment.tenant?.companyId).to.equal('demo-taipei');
    expect(lastRequest('resolveDomain').query).to.deep.include({domain: 'taipei.favcrm.test', hostname: 'taipei.favcrm.test'});
  });

  it('reports an unknown domain as a configuration error', async () => {
    const provider = await readyProvider(html`<fav-provider mock domain="nobody.example"></fav-provider>`);
    expect(provider.environment.status).to.equal('error');
    expect(provider.environment.error?.reason).to.equal('unknown-domain');
  });

  it('passes its theme to the widgets inside it', async () => {
    const provider = await readyProvider(html`<fav-provider mock company-id="demo" theme="dark"><fav-login></fav-login></fav-provider>`);
    const login = provider.querySelector('fav-login')!;
    await waitUntil(() => login.getAttribute('theme') === 'dark', 'the login is dark');
    provider.theme = 'light';
    await waitUntil(() => login.getAttribute('theme') === 'light', 'the login follows the provider');
  });

  it('switches the locale of every widget at run time', async () => {
    const provider = await readyProvider(html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`);
    const page = new LoginPage(provider.querySelector('fav-login')!);
    await page.waitFor('identify');
    expect(page.heading).to.equal('Sign in');
    provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '登入', `heading in Chinese, got ${page.heading}`);
    provider.locale = 'en';
    await waitUntil(() => page.heading === 'Sign in', 'heading back in English');
  });

  it('shares one sign-in with another provider of the same tenant', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <fav-provider mock company-id="demo"><fav-login id="a"></fav-login></fav-provider>
      <fav-provider mock company-id="demo"><fav-login id="b"></fav-login></fav-provider>
      <fav-provider mock company-id="demo-taipei"><fav-login id="c"></fav-login></fav-provider>
    </div>`);
    const [a, b, c] = ['#a', '#b', '#c'].map((id) => new LoginPage(wrapper.querySelector(id)!));
    await a.waitFor('identify');
    await a.signInAsMember();
    await b.waitFor('signed-in');
    await c.waitFor('identify');
    expect(c.flow.step).to.equal('identify');
  });

  it('refreshes once on a 401 mid-flow and retries the call', async () => {
    const provider = await readyProvider(html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`);
    await new LoginPage(provider.querySelector('fav-login')!).signInAsMember();
    const before = provider.environment.session!.getAccessToken();
    mockControl.expireToken(before);
    const result = await listBookings(provider.environment.client!);
    expect(result.items).to.be.an('array');
    expect(requestsFor('refreshToken')).to.have.length(1);
    expect(provider.environment.session!.getAccessToken()).to.not.equal(before);
    expect(lastRequest('listBookings').headers.authorization).to.equal(`Bearer ${provider.environment.session!.getAccessToken()}`);
  });

  it('signs out and fires fav-session-expired when the refresh after a 401 fails', async () => {
    const provider = await readyProvider(html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`);
    const page = new LoginPage(provider.querySelector('fav-login')!);
    await page.signInAsMember();
    mockControl.expireToken();
    mockControl.fail('refreshToken', {status: 401, code: 'TOKEN_EXPIRED', times: Infinity});
    const expired = oneEvent(provider, 'fav-session-expired');
    const failure = await listBookings(provider.environment.client!).catch((error: unknown) => error);
    expect(isFavApiError(failure) && failure.status).to.equal(401);
    const event = await expired;
    expect(event.detail.companyId).to.equal('demo');
    expect(event.detail.memberUuid).to.be.a('string');
    expect(provider.environment.session!.signedIn).to.equal(false);
    await page.waitFor('identify');
    expect(page.banner()).to.contain('session has expired');
  });

  it('reports list items that fail their schema as fav-error and keeps the rest', async () => {
    const provider = await readyProvider();
    const good = {id: 'svc_ok', name: 'Massage', durationMinutes: 60, price: '350.00', currency: 'HKD'};
    mockControl.fail('listServices', {status: 200, body: {success: true, data: {items: [good, {name: 42, price: {}}]}}});
    const reported = oneEvent(provider, 'fav-error');
    const result = await listServices(provider.environment.client!);
    const event = await reported;
    expect(result.items.map((item) => item.id)).to.deep.equal(['svc_ok']);
    expect(event.detail).to.include({source: 'fav-provider', operation: 'listServices', kind: 'malformed'});
  });

  it('keeps the session in memory only with token-storage="memory"', async () => {
    const provider = await readyProvider(
      html`<fav-provider mock company-id="demo" token-storage="memory"><fav-login></fav-login></fav-provider>`,
    );
    await new LoginPage(provider.querySelector('fav-login')!).signInAsMember();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('fav-widgets:'))).to.have.length(0);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('fav-widgets:'))).to.have.length(0);
  });
});
