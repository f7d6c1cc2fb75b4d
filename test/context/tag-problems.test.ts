/**
 * A mistake in a tag: the visitor sees one calm message (or the widget goes on with a default), and
 * the site owner's console says what is wrong and what to change, once. A page configured right
 * logs nothing.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/entries/booking.js';
import '../../src/entries/cms.js';
import '../../src/entries/contact.js';
import '../../src/entries/events.js';
import '../../src/entries/login.js';
import '../../src/entries/my-bookings.js';
import '../../src/entries/offers.js';
import '../../src/entries/shop-checkout.js';
import '../../src/entries/survey.js';
import {pinClock, A_MONDAY_MORNING} from '../support/clock.js';
import {resetPage} from '../support/mock.js';
import {squash} from '../support/widget-page.js';

const CALM = 'Sorry, this is not available here right now.';

/** What the page wrote to the console while a test ran. */
let logged: {level: 'error' | 'warn'; text: string}[] = [];
const original = {error: console.error, warn: console.warn};

const problems = () => logged.filter((entry) => entry.text.startsWith('fav-widgets:')).map((entry) => entry.text);
const textOf = (element: Element) => squash(element.shadowRoot?.textContent);

async function problemsAfter(count: number): Promise<string[]> {
  await waitUntil(() => problems().length >= count, `${count} console message(s), got ${JSON.stringify(problems())}`, {timeout: 8000});
  // Anything more would have arrived with the same module load.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return problems();
}

describe('mistakes in a tag', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    logged = [];
    console.error = (...args: unknown[]) => logged.push({level: 'error', text: args.map(String).join(' ')});
    console.warn = (...args: unknown[]) => logged.push({level: 'warn', text: args.map(String).join(' ')});
  });
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
  });

  it('an unknown company-id: every widget says calmly it is not available, and the console names company-id once', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider mock company-id="no-such-tenant">
      <fav-booking service-id="svc_facial"></fav-booking>
      <fav-events></fav-events>
      <fav-shop-checkout product="no-product"></fav-shop-checkout>
    </fav-provider>`);
    const widgets = [...provider.children];
    await waitUntil(() => widgets.every((widget) => textOf(widget).includes(CALM)), 'every widget shows the calm message', {timeout: 8000});
    for (const widget of widgets) {
      expect(textOf(widget), widget.localName).to.equal(CALM);
      expect(widget.shadowRoot!.querySelector('[part~="banner"]')?.getAttribute('role'), 'announced').to.be.oneOf(['status', 'alert']);
    }
    const said = await problemsAfter(1);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('<fav-provider company-id="no-such-tenant">').and.contain('COMPANY_NOT_FOUND').and.contain('FavCRM settings');
  });

  it('a domain that is not a storefront: the calm message, and the console names the domain', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider mock domain="nobody.example"><fav-login></fav-login></fav-provider>`);
    const login = provider.querySelector('fav-login')!;
    await waitUntil(() => textOf(login) === CALM, 'the calm message', {timeout: 8000});
    const [said] = await problemsAfter(1);
    expect(said).to.contain('<fav-provider domain="nobody.example">').and.contain('"nobody.example" is not a FavCRM storefront domain');
  });

  it('no company-id and no domain on a host that names no tenant: the console asks for company-id', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider><fav-contact></fav-contact></fav-provider>`);
    await waitUntil(() => textOf(provider.querySelector('fav-contact')!) === CALM, 'the calm message', {timeout: 8000});
    const said = await problemsAfter(1);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('<fav-provider> has no company-id or domain').and.contain(`("${location.hostname}")`).and.contain('Set company-id');
  });

  it('a widget outside any provider, with no company-id: the console says to put it in one', async () => {
    const contact = await fixture<HTMLElement>(html`<fav-contact></fav-contact>`);
    await waitUntil(() => textOf(contact) === CALM, 'the calm message', {timeout: 8000});
    const [said] = await problemsAfter(1);
    expect(said).to.contain('<fav-contact> is not inside a <fav-provider>').and.contain('<fav-provider company-id="…">');
  });

  it('an api-base nothing answers on: the console names it and the origin its CORS must allow', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider company-id="demo" api-base="http://127.0.0.1:9"><fav-events></fav-events></fav-provider>`);
    const events = provider.querySelector('fav-events')!;
    await waitUntil(() => events.shadowRoot?.querySelector('[part~="banner-danger"]'), 'the widget says the connection failed', {timeout: 15000});
    const said = await problemsAfter(1);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('<fav-provider api-base="http://127.0.0.1:9">').and.contain('could not reach http://127.0.0.1:9').and.contain(`(${location.origin})`);
  });

  it('unknown attribute values: each is named with the values it takes, and the widget goes on with the default', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider mock company-id="demo" theme="drak" locale="fr" token-storage="cookie">
      <fav-events layout="grdi"></fav-events>
    </fav-provider>`);
    const events = provider.querySelector('fav-events')!;
    await waitUntil(() => events.shadowRoot?.querySelector('[part~="event-list"]'), 'the events list', {timeout: 8000});
    const said = await problemsAfter(4);
    expect(said).to.have.length(4);
    expect(said.find((text) => text.includes('theme='))).to.contain('"drak" is not a theme value; use inherit, light, dark, auto');
    expect(said.find((text) => text.includes('locale='))).to.contain('"fr" is not a supported locale; use en or zh-Hant');
    expect(said.find((text) => text.includes('token-storage='))).to.contain('"cookie" is not a token-storage value; use local, session, memory');
    expect(said.find((text) => text.includes('layout='))).to.contain('<fav-events layout="grdi">: "grdi" is not a layout value; use grid, list');
  });

  for (const [name, template, attribute] of [
    ['booking', html`<fav-booking service-id="no-such-service"></fav-booking>`, 'service-id="no-such-service"'],
    ['events', html`<fav-events event="no-such-event"></fav-events>`, 'event="no-such-event"'],
    ['shop-checkout', html`<fav-shop-checkout product="no-such-product"></fav-shop-checkout>`, 'product="no-such-product"'],
    ['survey', html`<fav-survey slug="no-such-survey"></fav-survey>`, 'slug="no-such-survey"'],
    ['page', html`<fav-page slug="no-such-page"></fav-page>`, 'slug="no-such-page"'],
    ['post', html`<fav-post slug="no-such-post"></fav-post>`, 'slug="no-such-post"'],
  ] as const) {
    it(`<fav-${name}> with an id or slug the API does not know: the console names the attribute`, async () => {
      await fixture(html`<fav-provider mock company-id="demo">${template}</fav-provider>`);
      const said = await problemsAfter(1);
      expect(said).to.have.length(1);
      expect(said[0]).to.contain(`<fav-${name} ${attribute}>`).and.contain('the API found nothing').and.contain('(404 on ');
    });
  }

  it('a page configured right logs nothing', async () => {
    const provider = await fixture<HTMLElement>(html`<fav-provider mock company-id="demo" theme="light" locale="en" token-storage="memory">
      <fav-login></fav-login>
      <fav-booking layout="list"></fav-booking>
      <fav-booking service-id="svc_facial"></fav-booking>
      <fav-my-bookings></fav-my-bookings>
      <fav-events layout="grid"></fav-events>
      <fav-shop-checkout></fav-shop-checkout>
      <fav-offers></fav-offers>
      <fav-survey slug="quick-feedback"></fav-survey>
      <fav-contact></fav-contact>
      <fav-menu location="header"></fav-menu>
      <fav-page slug="partner-offers"></fav-page>
      <fav-posts limit="3"></fav-posts>
    </fav-provider>`);
    const widgets = [...provider.children];
    await waitUntil(
      () => widgets.every((widget) => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy="true"]') && textOf(widget) !== ''),
      'every widget has shown its first view',
      {timeout: 10000},
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(logged, 'console errors and warnings').to.deep.equal([]);
  });
});
