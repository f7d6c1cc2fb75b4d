/**
 * Visual baselines: every widget's main states (first view, the steps of a flow, a confirmation, an
 * error) in the default theme, photographed at 360, 768 and 1280 px and compared with the PNGs in
 * test/visual/screenshots/<engine>/baseline/. A deliberate style change updates them in the same
 * commit: `npm run test:baselines` (docs/guides/testing.md). Dates are pinned and images are data, so
 * a picture changes only when the widget does.
 */
import {html, waitUntil} from '@open-wc/testing';
import {visualDiff} from '@web/test-runner-visual-regression';
import {MOCK_CMS_IDS} from '../../src/mock/fixtures/cms.js';
import {MOCK_SHOP_IDS} from '../../src/mock/fixtures/shop.js';
import type {FavPage} from '../../src/widgets/cms/fav-page.js';
import type {FavPost} from '../../src/widgets/cms/fav-post.js';
import {MOCK_LOYALTY_IDS, MOCK_SURVEYS_IDS} from '../../src/mock/index.js';
import {A_MONDAY_MORNING, pinClock} from '../support/clock.js';
import {transitionsDone} from '../support/colour.js';
import {engine, setViewport, setZone} from '../support/commands.js';
import {journeys, type Check} from '../support/journeys.js';
import {mockControl, resetPage, signInMember} from '../support/mock.js';
import {mountWidget} from '../support/widget-page.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {CmsPage} from '../widgets/cms/cms-page.js';
import {ContactPage} from '../widgets/contact/contact-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {MyBookingsPage} from '../widgets/my-bookings/my-bookings-page.js';
import {OffersPage} from '../widgets/offers/offers-page.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {SurveyPage} from '../widgets/survey/survey-page.js';

const WIDTHS = [360, 768, 1280] as const;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Photographs the widget as it is, at each width (the page column it sits in), settled and unfocused. */
const photograph: Check = async (widget, view) => {
  const element = widget as HTMLElement & {updateComplete: Promise<unknown>};
  // No focus ring and no blinking caret: blur the focused element, however deep in shadow roots.
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  (focused as HTMLElement | null)?.blur();
  for (const width of WIDTHS) {
    element.style.width = `${width}px`;
    await element.updateComplete;
    const images = [...element.shadowRoot!.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await transitionsDone(element);
    await visualDiff(element, `${element.localName}/${slug(view)}-${width}`);
  }
  element.style.width = '';
};

/** The flows to their end, and a failure, for the widgets that have them. */
const ends: Record<string, (check: Check) => Promise<void>> = {
  'fav-login signed in': async (check) => {
    const page = await LoginPage.mount();
    await page.signInAsMember();
    await check(page.element, 'signed in');
  },
  'fav-booking done, and a list that failed': async (check) => {
    const page = await BookingPage.mount();
    await page.openService('Deep Tissue Massage');
    await page.choose('Wong Siu Ming');
    await page.toTime();
    await page.pickSlot(0);
    await page.toDetails();
    await page.fillGuest();
    await page.toReview();
    await page.click('Confirm booking');
    await page.waitFor('done');
    await check(page.element, 'confirmation');
    resetPage();
    pinClock(A_MONDAY_MORNING);
    mockControl.fail('listServices', {status: 503, times: 5});
    const failed = await BookingPage.mount(undefined, 'unavailable');
    await check(failed.element, 'services failed');
  },
  'fav-events registered': async (check) => {
    const page = await EventsPage.mount();
    await page.openEvent('Breathwork for Busy Minds');
    await page.toRegister();
    await page.fill();
    await page.submit();
    await page.waitForStatus();
    await check(page.element, 'registered');
  },
  'fav-shop-checkout placed, and a catalogue that failed': async (check) => {
    const page = await ShopPage.mount();
    await page.openProduct('Hydrating Face Serum');
    await page.add(1);
    await page.openCart();
    await page.toCheckout();
    await page.choose('shipping', MOCK_SHOP_IDS.shipping.pickup);
    await page.choose('payment', 'pm-cash');
    await page.fillGuest();
    await page.toReview();
    await check(page.element, 'review');
    await page.click('Place order');
    await page.waitFor('placed');
    await check(page.element, 'placed');
    resetPage();
    pinClock(A_MONDAY_MORNING);
    mockControl.fail('listProducts', {status: 503, times: 5});
    const failed = await ShopPage.mount(undefined, 'unavailable');
    await check(failed.element, 'catalogue failed');
  },
  'fav-offers redeemed': async (check) => {
    const page = await OffersPage.signedIn();
    await page.open(MOCK_LOYALTY_IDS.offers.cheap);
    await page.toConfirm('1');
    await page.click('Confirm and redeem');
    await page.waitFor('result');
    await check(page.element, 'redeemed');
  },
  'fav-contact sent': async (check) => {
    const page = await ContactPage.mount();
    await page.fill();
    await page.send();
    await page.waitFor('done');
    await check(page.element, 'sent');
  },
  'fav-my-bookings cancelled, and a list that failed': async (check) => {
    const page = await MyBookingsPage.signedIn();
    await page.open('bk_1001');
    await page.toCancel();
    await check(page.element, 'cancel');
    await page.click('Yes, cancel booking');
    await waitUntil(() => page.banner().includes('cancelled'), 'the booking cancelled', {timeout: 8000});
    await page.settled();
    await check(page.element, 'cancelled');
    resetPage();
    pinClock(A_MONDAY_MORNING);
    mockControl.fail('listBookings', {status: 503, times: 5});
    const failed = await MyBookingsPage.mount();
    await signInMember(failed.provider);
    await waitUntil(() => failed.banner() !== '', 'the failure', {timeout: 8000});
    await check(failed.element, 'bookings failed');
  },
  'fav-survey sent, and one that does not exist': async (check) => {
    const page = await SurveyPage.mount(html`<fav-provider mock company-id="demo"><fav-survey slug=${MOCK_SURVEYS_IDS.demo.full.slug}></fav-survey></fav-provider>`);
    await page.pick('goal', 'better_sleep');
    await page.type('preferred_name', 'Amy');
    await page.type('email', 'amy@example.com');
    await page.pick('focus_areas', 'feet');
    await page.pick('sleep_quality', 2);
    await page.pick('stress_level', 10);
    await page.pick('recommend', 0);
    await page.click('Send my check-in');
    await page.waitFor('done');
    await check(page.element, 'thank you');
    const missing = await SurveyPage.mount(html`<fav-provider mock company-id="demo"><fav-survey slug="no-such-survey"></fav-survey></fav-provider>`, 'unavailable');
    await check(missing.element, 'not found');
  },
  'lists that failed: events, offers, posts': async (check) => {
    mockControl.fail('listEvents', {status: 503, times: 5});
    mockControl.fail('listGiftOffers', {status: 503, times: 5});
    mockControl.fail('listPosts', {status: 503, times: 5});
    const events = await EventsPage.mount(undefined, 'unavailable');
    await check(events.element, 'events failed');
    const offers = await mountWidget<HTMLElement>(html`<fav-provider mock company-id="demo"><fav-offers></fav-offers></fav-provider>`, 'fav-offers');
    await waitUntil(() => offers.shadowRoot?.querySelector('[part~="banner-danger"]'), 'the offers failure', {timeout: 8000});
    await check(offers, 'offers failed');
    const posts = await mountWidget<HTMLElement>(html`<fav-provider mock company-id="demo"><fav-posts></fav-posts></fav-provider>`, 'fav-posts');
    await waitUntil(() => posts.shadowRoot?.querySelector('[part~="banner-danger"]'), 'the posts failure', {timeout: 8000});
    await check(posts, 'posts failed');
  },
  'fav-post, and a page that does not exist': async (check) => {
    const post = await CmsPage.mount<FavPost>(html`<fav-provider mock company-id="demo"><fav-post slug=${MOCK_CMS_IDS.posts.newest}></fav-post></fav-provider>`, 'fav-post');
    await check(post.element, 'fav-post');
    const missing = await CmsPage.mount<FavPage>(html`<fav-provider mock company-id="demo"><fav-page slug="no-such-page"></fav-page></fav-provider>`, 'fav-page', 'not-found');
    await check(missing.element, 'fav-page not found');
  },
  'a tenant that does not exist': async (check) => {
    const booking = await mountWidget<HTMLElement>(html`<fav-provider mock company-id="no-such-tenant"><fav-booking></fav-booking></fav-provider>`, 'fav-booking');
    await waitUntil(() => booking.shadowRoot?.querySelector('[part~="banner"]'), 'the calm message', {timeout: 8000});
    await check(booking, 'not available here');
  },
};

// WebKitGTK's WebDriver photographs an element only where it is inside the window (the rest comes
// out black), so a widget taller than the window cannot be pictured there: baselines exist for
// Chromium and Firefox; WebKit's layout is measured by the layout tests instead.
if (engine !== 'webkit') describe('visual baselines of every widget (default theme, 360, 768 and 1280 px; Chromium and Firefox only: WebKit crops element screenshots to its window)', () => {
  before(async () => {
    await setViewport({width: 1320, height: 1000});
    // The demo tenant's zone: no "shown in Hong Kong time" note that comes and goes with the machine's zone.
    await setZone('Asia/Hong_Kong');
    // A font from a package (fonts-noto-core, installed by .ci/run), not the engine's default serif,
    // which differs between machines.
    document.body.style.font = '16px "Noto Sans"';
  });
  after(() => document.body.style.removeProperty('font'));
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });

  for (const [name, journey] of [...Object.entries(journeys), ...Object.entries(ends)]) {
    it(name, async function () {
      this.timeout(120000);
      await journey(photograph);
    });
  }
});
