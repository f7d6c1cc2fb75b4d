/**
 * Every attribute of every element takes effect when it is set after the element rendered, as a page
 * builder or a CMS editor sets them, in any order. The table below is checked against the
 * custom-elements manifest: an attribute the manifest documents and the table lacks fails the first
 * test, so a new attribute cannot be forgotten.
 *
 * Each element renders from a tag with only what it needs; then its attributes are set one after the
 * other, and each must make the element react: a request to the API, a change on screen, or (for
 * what only a later step uses) the effect at that step.
 */
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../../src/entries/booking.js';
import '../../src/entries/cms.js';
import '../../src/entries/contact.js';
import '../../src/entries/events.js';
import '../../src/entries/login.js';
import '../../src/entries/my-bookings.js';
import '../../src/entries/offers.js';
import '../../src/entries/shop-checkout.js';
import '../../src/entries/survey.js';
import type {OperationId} from '../../src/api/operations.js';
import {A_MONDAY_MORNING, pinClock} from '../support/clock.js';
import {mockControl, resetPage, signInMember} from '../support/mock.js';
import type {FavEnvironment} from '../../src/context/fav-context.js';
import type {MemberSession} from '../../src/context/session-store.js';
import {prefilled, prefillSources} from '../../src/widgets/shared/prefill.js';
import {BookingPage} from '../widgets/booking/booking-page.js';

type Element_ = HTMLElement & {shadowRoot: ShadowRoot; updateComplete: Promise<unknown>};

/** How the element shows it took the new value. */
type Reaction =
  /** A request to the API (this operation, when named). */
  | {request: true | OperationId}
  /** Its shadow DOM changed. */
  | 'view'
  /** A check that holds once the value took effect. */
  | {holds: (element: Element_) => boolean | Promise<boolean>};

/** One attribute set (or removed, `null`) after the first render, and how the element reacts. */
type Change = [attribute: string, value: string | null, reaction: Reaction];

interface ElementCase {
  /** The tag's attributes at first render. */
  start: string;
  /** Inside a `<fav-provider mock company-id="demo">` (else it configures itself: `mock company-id="demo"`). */
  inProvider?: boolean;
  /** Brings the element where a change is seen (signs in, opens a step). */
  before?: (element: Element_) => Promise<void>;
  changes: Change[];
}

const cards = (element: Element_) => [...element.shadowRoot.querySelectorAll<HTMLElement>('.card')];
const listLayout: Change = ['layout', 'list', {holds: (element) => cards(element).length > 0 && cards(element).every((card) => getComputedStyle(card).display === 'flex')}];
const darkTheme: Change = ['theme', 'dark', {holds: (element) => getComputedStyle(element).colorScheme === 'dark'}];
const inChinese: Change = ['locale', 'zh-Hant', {holds: (element) => /[\u4e00-\u9fff]/.test(element.shadowRoot.textContent ?? '')}];
/** Read when a form fills (a member's details are left out): the property follows the attribute. */
const noPrefill: Change = ['no-prefill', '', {holds: (element) => prefillSources(element, {} as MemberSession).member === null}];
const environmentOf = (element: Element_) => (element as unknown as {environment?: FavEnvironment}).environment;
/** Off the mock the calls go to the network (`api-base`); the element's environment says so. */
const mockOff: Change = ['mock', null, {holds: (element) => environmentOf(element)?.mock === false}];
/** The promotion code a widget's later steps will send (its field shows it): read when the form renders. */
const promotionOf = (element: Element_) => (element as unknown as {checkout?: {promotion: {code: string}}}).checkout?.promotion.code;
const appliedCode = (element: Element_) => element.shadowRoot.querySelector('[part~="promotion-code"]')?.textContent?.trim();
const fieldValue = (element: Element_, name: string) => element.shadowRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value;
const prefillName = (name: string): Change[] => [
  ['prefill', JSON.stringify({name}), {holds: (element) => fieldValue(element, 'name') === name}],
  ['prefill-params', 'email:contact_email', {holds: (element) => fieldValue(element, 'email') === 'from-url@example.com'}],
];

/** For a form of a later step: what it will show (read when it renders). */
const prefillRead: Change[] = [
  ['prefill', JSON.stringify({name: 'Amy Prefill'}), {holds: (element) => prefilled(element, null, {name: ''}).name === 'Amy Prefill'}],
  ['prefill-params', 'email:contact_email', {holds: (element) => prefilled(element, null, {email: ''}).email === 'from-url@example.com'}],
];

/** What a standalone widget does when its own configuration attributes change. */
const config = (firstView: OperationId): Change[] => [
  ['token-storage', 'memory', {request: firstView}],
  ['api-base', 'https://api.example.test', {request: firstView}],
  ['domain', 'ignored-while-company-id.example', {request: firstView}],
  ['company-id', 'demo-taipei', {request: firstView}],
  ['time-zone', 'Asia/Tokyo', {holds: (element) => environmentOf(element)?.tenant?.timezone === 'Asia/Tokyo'}],
  darkTheme,
  inChinese,
  mockOff,
];

const CASES: Record<string, ElementCase> = {
  'fav-provider': {
    start: '<fav-events></fav-events>',
    changes: [
      ['analytics', 'datalayer', {holds: (provider) => analyticsPushed(provider)}],
      ['token-storage', 'session', {request: 'listEvents'}],
      ['api-base', 'https://api.example.test', {request: 'listEvents'}],
      ['company-id', null, {request: 'listEvents'}],
      ['domain', 'taipei.favcrm.test', {request: 'resolveDomain'}],
      ['company-id', 'demo', {request: 'listEvents'}],
      ['time-zone', 'Asia/Tokyo', {holds: (provider) => environmentOf(provider.querySelector('fav-events') as unknown as Element_)?.tenant?.timezone === 'Asia/Tokyo'}],
      ['theme', 'dark', {holds: (provider) => getComputedStyle(provider.querySelector('fav-events')!).colorScheme === 'dark'}],
      ['locale', 'zh-Hant', {holds: (provider) => /[\u4e00-\u9fff]/.test(provider.querySelector('fav-events')!.shadowRoot!.textContent ?? '')}],
      ['mock', null, {holds: (provider) => !!provider.querySelector('fav-events')!.shadowRoot!.querySelector('[part~="banner"]')}],
    ],
  },
  'fav-booking': {
    start: '<fav-booking></fav-booking>',
    changes: [
      listLayout,
      ['page-size', '2', {request: 'listServices'}],
      ['hide-search', '', 'view'],
      ['service-id', 'svc_massage', {request: 'getService'}],
      ['staff-id', 'stf_wong', {holds: (element) => !!element.shadowRoot.querySelector<HTMLInputElement>('input[value="stf_wong"]')?.checked}],
      ['service-id', 'svc_sauna', {request: 'getService'}],
      ['resource-id', 'res_sauna_2', {holds: (element) => !!element.shadowRoot.querySelector<HTMLInputElement>('input[value="res_sauna_2"]')?.checked}],
      ['date', '2026-12-17', {holds: async (element) => (await toTime(element)).calendarTitle() === 'December 2026' && selectedDay(element) === '2026-12-17'}],
      ['no-prefill', '', {holds: async (element) => (await toDetails(element)) && fieldValue(element, 'name') === ''}],
      ...prefillName('Amy Prefill'),
      ['promotion-code', 'SPRING', {holds: (element) => appliedCode(element) === 'SPRING' && promotionOf(element) === 'SPRING'}],
      ['service-id', null, 'view'],
      ...config('listServices'),
    ],
  },
  'fav-my-bookings': {
    start: '<fav-my-bookings></fav-my-bookings>',
    before: (element) => signInMember(element),
    changes: [
      listLayout,
      ['page-size', '1', {request: 'listBookings'}],
      ['booking-id', 'bk_1003', {request: 'getBooking'}],
      ['booking-id', null, {request: 'listBookings'}],
      ['token-storage', 'memory', {request: 'listBookings'}],
      ['domain', 'ignored-while-company-id.example', {request: 'listBookings'}],
      ['time-zone', 'Asia/Tokyo', {holds: (element) => environmentOf(element)?.tenant?.timezone === 'Asia/Tokyo'}],
      darkTheme,
      inChinese,
      // Another tenant, another API: the member is not signed in there, so the sign-in shows.
      ['api-base', 'https://api.example.test', 'view'],
      ['company-id', 'demo-taipei', {holds: (element) => environmentOf(element)?.tenant?.companyId === 'demo-taipei'}],
      mockOff,
    ],
  },
  'fav-events': {
    start: '<fav-events></fav-events>',
    changes: [
      listLayout,
      ['hide-past', '', 'view'],
      ['page-size', '2', {request: 'listEvents'}],
      ['event', 'full-moon-sound-bath', {request: 'getEvent'}],
      ['payment-methods', '[{"id":"pm-card","name":"Card A"},{"id":"pm-cash","name":"Cash B"}]', {holds: (element) => (element as unknown as {methods(): unknown[]}).methods().length === 2}],
      ['return-url', 'https://shop.example.com/back', {holds: (element) => (element as unknown as {returnUrl: string}).returnUrl === 'https://shop.example.com/back'}],
      noPrefill,
      ...prefillRead,
      ['promotion-code', 'SPRING', {holds: (element) => promotionOf(element) === 'SPRING'}],
      ['event', null, {request: 'listEvents'}],
      ...config('listEvents'),
    ],
  },
  'fav-shop-checkout': {
    start: '<fav-shop-checkout></fav-shop-checkout>',
    changes: [
      listLayout,
      ['currency-display', 'code', {holds: (element) => (element.shadowRoot.textContent ?? '').includes('HKD')}],
      ['category', 'skincare', {request: 'listProducts'}],
      ['brand', 'harbour-essentials', {request: 'listProducts'}],
      ['collection', 'bestsellers', {request: 'listProducts'}],
      ['product', 'hydrating-face-serum', {request: 'getProduct'}],
      ['product', null, 'view'],
      ['view', 'cart', 'view'],
      ['return-url', 'https://shop.example.com/back', {holds: (element) => (element as unknown as {checkout?: {returnUrl: string}}).checkout?.returnUrl === 'https://shop.example.com/back'}],
      noPrefill,
      ...prefillRead,
      ['promotion-code', 'SPRING', {holds: (element) => promotionOf(element) === 'SPRING'}],
      ['view', 'orders', 'view'],
      ['view', null, 'view'],
      ...config('listProducts'),
    ],
  },
  'fav-offers': {
    start: '<fav-offers></fav-offers>',
    changes: [
      listLayout,
      ['page-size', '2', {request: 'listGiftOffers'}],
      ['offer-id', 'offer-herbal-tea', 'view'],
      ['claim-token', 'WELCOME-2026', 'view'],
      ['claim-token', null, {request: 'listGiftOffers'}],
      ['claim-param', 'gift', {request: 'listGiftOffers'}],
      ...config('listGiftOffers'),
    ],
  },
  'fav-survey': {
    start: '<fav-survey></fav-survey>',
    changes: [
      ['slug', 'wellness-check', {request: 'getSurvey'}],
      ['mode', 'paged', 'view'],
      ['metadata-params', 'utm_source', {holds: (element) => (element as unknown as {metadataParams: string}).metadataParams === 'utm_source'}],
      ['token', 'no-such-token', {request: 'getSurveyByToken'}],
      ['token', null, {request: 'getSurvey'}],
      ['token-param', 'invite', {request: 'getSurvey'}],
      ...config('getSurvey'),
    ],
  },
  'fav-contact': {
    start: '<fav-contact></fav-contact>',
    changes: [
      ['heading', 'Write to us', 'view'],
      ['show-subject', '', 'view'],
      ['subject', 'About my order', 'view'],
      noPrefill,
      ...prefillName('Amy Prefill'),
      ...config('getRegistrationForm'),
    ],
  },
  'fav-login': {
    start: '<fav-login></fav-login>',
    changes: [
      ['prefill', JSON.stringify({phone: '61234567'}), {holds: (element) => fieldValue(element, 'identifier') === '61234567'}],
      // The page's URL parameters come over the attribute (docs/guides/prefill.md).
      ['prefill-params', 'phone:mobile', {holds: (element) => fieldValue(element, 'identifier') === '98765432'}],
      ...config('getLoginChannel'),
    ],
  },
  'fav-menu': {
    start: '<fav-menu></fav-menu>',
    changes: [
      ['location', 'header', {request: 'getMenu'}],
      ['label', 'Site menu', 'view'],
      ['page-url', '/p/{slug}', 'view'],
      ['post-url', '/news/{slug}', 'view'],
      ['category-url', '/topics/{slug}', 'view'],
      ['heading-level', '4', {holds: (element) => (element as unknown as {headingLevel: number}).headingLevel === 4}],
      ['location', 'footer', {request: 'getMenu'}],
      ...config('getMenu'),
    ],
  },
  'fav-page': {
    start: '<fav-page></fav-page>',
    changes: [
      ['slug', 'partner-offers', {request: 'getPage'}],
      ['hide-title', '', 'view'],
      ['heading-level', '3', 'view'],
      ['page-url', '/p/{slug}', 'view'],
      ['post-url', '/news/{slug}', 'view'],
      ...config('getPage'),
    ],
  },
  'fav-post': {
    start: '<fav-post></fav-post>',
    changes: [
      ['slug', 'partner-summer-skin-offer', {request: 'getPost'}],
      ['hide-title', '', 'view'],
      ['heading-level', '3', 'view'],
      ['page-url', '/p/{slug}', 'view'],
      ['post-url', '/news/{slug}', 'view'],
      ...config('getPost'),
    ],
  },
  'fav-posts': {
    start: '<fav-posts></fav-posts>',
    changes: [
      listLayout,
      ['limit', '2', {request: 'listPosts'}],
      ['heading', 'News', 'view'],
      ['heading-level', '3', 'view'],
      ['post-url', '/blog/{slug}', 'view'],
      ['category', '1', {request: 'listPosts'}],
      ['type', 'recipe', {request: 'listPosts'}],
      ...config('listPosts'),
    ],
  },
};

let dataLayerBefore = 0;
function analyticsPushed(provider: Element_): boolean {
  const layer = ((window as unknown as {dataLayer?: {event: string}[]}).dataLayer ??= []);
  provider.querySelector('fav-events')!.dispatchEvent(new CustomEvent('fav-signed-out', {bubbles: true, composed: true, detail: {}}));
  return layer.length > dataLayerBefore && layer.some((push) => push.event === 'fav-signed-out');
}

async function toTime(element: Element_): Promise<BookingPage> {
  const page = new BookingPage(element as never);
  if (page.step !== 'time') await page.toTime();
  return page;
}
const selectedDay = (element: Element_) => element.shadowRoot.querySelector('[part~="calendar-day-selected"]')?.getAttribute('data-date');

async function toDetails(element: Element_): Promise<boolean> {
  const page = await toTime(element);
  await page.pickSlot(0);
  await page.toDetails();
  return page.step === 'details';
}

/** The element's shadow DOM, without what changes by itself (live regions of a countdown). */
const screen = (element: Element_) => element.shadowRoot.innerHTML;

async function settle(element: Element_): Promise<void> {
  const flow = (element as unknown as {flow?: {busy?: boolean}}).flow;
  await waitUntil(() => !flow?.busy, 'the element is idle', {timeout: 8000});
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe('every attribute is live', () => {
  before(async () => {
    history.replaceState(null, '', `${location.pathname}?contact_email=from-url%40example.com&mobile=98765432`);
  });
  after(() => history.replaceState(null, '', location.pathname));
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  it('covers every attribute the custom-elements manifest documents', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const missing: string[] = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        const covered = new Set(CASES[declaration.tagName]?.changes.map(([name]) => name));
        for (const attribute of declaration.attributes ?? []) if (!covered.has(attribute.name)) missing.push(`${declaration.tagName} ${attribute.name}`);
      }
    }
    expect(missing, 'attributes with no row in the table').to.deep.equal([]);
  });

  for (const [tag, elementCase] of Object.entries(CASES)) {
    it(`<${tag}> follows each attribute set after it rendered`, async function () {
      this.timeout(120000);
      const markup = tag === 'fav-provider' ? `<fav-provider mock company-id="demo">${elementCase.start}</fav-provider>` : elementCase.start.replace(`<${tag}`, `<${tag} mock company-id="demo"`);
      const root = (await fixture(html`${unsafeStatic(markup)}`)) as Element_;
      const element = root;
      const watched = (tag === 'fav-provider' ? root.querySelector('fav-events')! : root) as Element_;
      await waitUntil(() => watched.shadowRoot && screen(watched) !== '', 'first render', {timeout: 8000});
      await settle(watched);
      await elementCase.before?.(element);
      await settle(watched);
      for (const [attribute, value, reaction] of elementCase.changes) {
        const requestsBefore = mockControl.requests.length;
        const screenBefore = screen(watched);
        dataLayerBefore = ((window as unknown as {dataLayer?: unknown[]}).dataLayer ?? []).length;
        if (value === null) element.removeAttribute(attribute);
        else element.setAttribute(attribute, value);
        const label = `${attribute}=${JSON.stringify(value)}`;
        if (reaction === 'view') {
          await waitUntil(() => screen(watched) !== screenBefore, `${label}: the view changes`, {timeout: 8000});
        } else if ('request' in reaction) {
          await waitUntil(
            () => mockControl.requests.slice(requestsBefore).some((record) => reaction.request === true || record.operation === reaction.request),
            `${label}: a ${reaction.request === true ? '' : reaction.request} request`,
            {timeout: 8000},
          );
        } else {
          let held = false;
          await waitUntil(
            async () => (held = await reaction.holds(element)),
            `${label}: takes effect`,
            {timeout: 10000},
          );
          expect(held).to.equal(true);
        }
        await settle(watched);
      }
    });
  }
});
