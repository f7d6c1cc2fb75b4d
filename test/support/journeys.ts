/**
 * Each widget walked through its first view and later ones, as a visitor would; `check` is called at
 * every stop with the widget as it is on screen. The theme audit (test/ui/themes.test.ts) checks
 * colours and contrast there; the visual baselines (test/visual/) photograph the same stops.
 */
import {html, waitUntil} from '@open-wc/testing';
import '../../src/entries/booking.js';
import '../../src/entries/cms.js';
import '../../src/entries/contact.js';
import '../../src/entries/events.js';
import '../../src/entries/login.js';
import '../../src/entries/my-bookings.js';
import '../../src/entries/offers.js';
import '../../src/entries/shop-checkout.js';
import '../../src/entries/survey.js';
import {MOCK_CMS_IDS} from '../../src/mock/fixtures/cms.js';
import {MOCK_LOYALTY_IDS, MOCK_SURVEYS_IDS} from '../../src/mock/index.js';
import type {FavMenu} from '../../src/widgets/cms/fav-menu.js';
import type {FavPage} from '../../src/widgets/cms/fav-page.js';
import type {FavPosts} from '../../src/widgets/cms/fav-posts.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {CmsPage} from '../widgets/cms/cms-page.js';
import {ContactPage} from '../widgets/contact/contact-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {MyBookingsPage} from '../widgets/my-bookings/my-bookings-page.js';
import {OffersPage} from '../widgets/offers/offers-page.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {SurveyPage} from '../widgets/survey/survey-page.js';
import {mockControl} from './mock.js';

export type Check = (widget: Element, view: string) => Promise<void>;

const L = MOCK_LOYALTY_IDS.offers;
const CMS = MOCK_CMS_IDS.pages;

/** Each widget in its first view and later ones; `check` audits the widget as it is on screen. */
export const journeys: Record<string, (check: Check) => Promise<void>> = {
  'fav-login': async (check) => {
    const page = await LoginPage.mount();
    await check(page.element, 'identify');
    await page.submit();
    await check(page.element, 'identify with an error');
    await page.type('identifier', '91234567');
    await page.submit();
    await page.waitFor('verify');
    await check(page.element, 'verify');
  },
  'fav-booking': async (check) => {
    const page = await BookingPage.mount();
    await check(page.element, 'services');
    await page.openService('Deep Tissue Massage');
    await page.choose('Wong Siu Ming');
    await check(page.element, 'service with a choice');
    await page.toTime();
    await page.pickSlot(0);
    await check(page.element, 'time with a day and a slot picked');
    await page.toDetails();
    await page.submit();
    await check(page.element, 'details with errors');
    await page.fillGuest();
    await page.toReview();
    await check(page.element, 'review');
  },
  'fav-my-bookings': async (check) => {
    const page = await MyBookingsPage.signedIn();
    await check(page.element, 'upcoming list');
    await page.open('bk_1001');
    await check(page.element, 'detail');
  },
  'fav-events': async (check) => {
    const page = await EventsPage.mount();
    await check(page.element, 'list');
    await page.openEvent('Breathwork for Busy Minds');
    await check(page.element, 'detail');
    await page.toRegister();
    await page.submit();
    await check(page.element, 'register with errors');
  },
  'fav-shop-checkout': async (check) => {
    const page = await ShopPage.mount();
    await check(page.element, 'catalogue');
    await page.openProduct('Hydrating Face Serum');
    await check(page.element, 'product');
    await page.add(1);
    await page.openCatalogue();
    await page.openProduct('Soy Candle');
    await page.chooseOption('Citrus');
    await page.chooseOption('Large');
    await page.add(1);
    await page.openCart();
    await check(page.element, 'cart (a line with a variation)');
    await page.toCheckout();
    await page.submit();
    await check(page.element, 'checkout with errors');
  },
  'fav-offers': async (check) => {
    const page = await OffersPage.mount();
    await page.offersLoaded();
    await check(page.element, 'offers, signed out');
    const signedIn = await OffersPage.signedIn();
    await signedIn.showTab('Membership tiers');
    await check(signedIn.element, 'tiers');
    await signedIn.showTab('Gift offers');
    await signedIn.open(L.cheap);
    await check(signedIn.element, 'offer detail');
    await signedIn.toConfirm('1');
    await check(signedIn.element, 'confirm');
  },
  'fav-survey': async (check) => {
    const page = await SurveyPage.mount(html`<fav-provider mock company-id="demo"><fav-survey slug=${MOCK_SURVEYS_IDS.demo.full.slug}></fav-survey></fav-provider>`);
    await check(page.element, 'questions');
    await page.submit();
    await check(page.element, 'questions with errors');
  },
  'fav-contact': async (check) => {
    const page = await ContactPage.mount();
    await check(page.element, 'form');
    await page.click('Send message');
    await check(page.element, 'form with errors');
    mockControl.fail('submitContact', {status: 503, times: 3});
    await page.fill();
    await page.send();
    await check(page.element, 'failed send (error banner)');
  },
  'CMS elements': async (check) => {
    for (const slug of [CMS.about, CMS.visit]) {
      const page = await CmsPage.mount<FavPage>(html`<fav-provider mock company-id="demo"><fav-page slug=${slug}></fav-page></fav-provider>`, 'fav-page');
      await check(page.element, `fav-page ${slug}`);
    }
    const posts = await CmsPage.mount<FavPosts>(html`<fav-provider mock company-id="demo"><fav-posts></fav-posts></fav-provider>`, 'fav-posts', 'list');
    await check(posts.element, 'fav-posts list');
    const menu = await CmsPage.mount<FavMenu>(html`<fav-provider mock company-id="demo"><fav-menu location="header"></fav-menu></fav-provider>`, 'fav-menu');
    menu.root.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await waitUntil(() => menu.root.querySelector('[part~="toggle"][aria-expanded="true"]'), 'the submenu open');
    await check(menu.element, 'fav-menu with a submenu open');
  },
};

