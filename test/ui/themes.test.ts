/**
 * The example themes in demo/themes/ prove that the `--fav-*` tokens cover every widget: each file
 * sets only tokens (no `::part`), and with it adopted every widget, in its first view and later
 * ones, paints nothing but the theme's colours and fonts, with readable text. The default theme
 * (`inherit`) passes the same audit on a light and on a dark page.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '../support/commands.js';
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
import {tokens} from '../../src/ui/tokens.js';
import type {FavMenu} from '../../src/widgets/cms/fav-menu.js';
import type {FavPage} from '../../src/widgets/cms/fav-page.js';
import type {FavPosts} from '../../src/widgets/cms/fav-posts.js';
import {computedColour, deepElements, describeElement, lowContrastText, ownText, transitionsDone} from '../support/colour.js';
import {mockControl, resetPage} from '../support/mock.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {CmsPage} from '../widgets/cms/cms-page.js';
import {ContactPage} from '../widgets/contact/contact-page.js';
import {EventsPage} from '../widgets/events/events-page.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {MyBookingsPage} from '../widgets/my-bookings/my-bookings-page.js';
import {OffersPage} from '../widgets/offers/offers-page.js';
import {ShopPage} from '../widgets/shop-checkout/shop-page.js';
import {SurveyPage} from '../widgets/survey/survey-page.js';
import {A_MONDAY_MORNING, pinClock} from '../support/clock.js';

const THEMES = ['brand', 'minimal', 'dark'] as const;
const COLOUR_TOKENS = tokens.map(([name]) => name).filter((name) => name.startsWith('--fav-color-'));
const TOKEN_NAMES = new Set(tokens.map(([name]) => name));

function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/** The page around the widgets wears the theme too (the CMS elements have no box of their own). */
const themedPage = sheetOf('body { background: var(--fav-color-surface); color: var(--fav-color-text); }');

async function themeSheet(name: string): Promise<CSSStyleSheet> {
  const response = await fetch(`/demo/themes/${name}.css`);
  expect(response.ok, `/demo/themes/${name}.css`).to.equal(true);
  return sheetOf(await response.text());
}

/** Each example theme on a page that wears it, and the default theme on a light and on a dark page. */
const settings = [
  ...THEMES.map((name) => ({name: `${name} (demo/themes/${name}.css)`, sheets: async () => [await themeSheet(name), themedPage]})),
  {name: 'the default theme on a light page', sheets: async () => [sheetOf('body { color: #222; background: #fff; font-family: Georgia, serif; }')]},
  {name: 'the default theme on a light-grey page', sheets: async () => [sheetOf('body { color: #222; background: #f3f4f6; font-family: Georgia, serif; }')]},
  {name: 'the default theme on a dark page', sheets: async () => [sheetOf('body { color: #eee; background: #111; font-family: Georgia, serif; }')]},
];

/** What a theme may paint, read from the widget's own resolved tokens. */
interface Palette {
  colours: Set<string>;
  fonts: Set<string>;
}

function paletteOf(widget: Element): Palette {
  const style = getComputedStyle(widget);
  const resolved = (name: string) => style.getPropertyValue(name.replace('--fav-', '--_fav-')).trim();
  const values = COLOUR_TOKENS.map(resolved);
  const colours = new Set(['rgba(0, 0, 0, 0)', ...values.map((value) => computedColour(value, widget.parentElement!))]);
  // The default theme mixes from `currentColor`: an element wearing another token colour mixes from that.
  if (values.some((value) => /currentcolor/i.test(value))) {
    const wearer = document.createElement('i');
    document.body.append(wearer);
    for (const colour of [...colours]) {
      wearer.style.color = colour;
      for (const value of values) colours.add(computedColour(value, wearer));
    }
    wearer.remove();
  }
  const shadow = document.createElement('i');
  shadow.style.boxShadow = resolved('--fav-shadow');
  document.body.append(shadow);
  for (const colour of getComputedStyle(shadow).boxShadow.match(/rgba?\([^)]*\)/g) ?? []) colours.add(colour);
  const fonts = new Set(
    ['--fav-font-family', '--fav-font-family-code'].map((name) => {
      shadow.style.fontFamily = resolved(name);
      return getComputedStyle(shadow).fontFamily;
    }),
  );
  shadow.remove();
  return {colours, fonts};
}

const SIDES = ['top', 'right', 'bottom', 'left'];

const TEXT_CONTROLS = 'input:not([type=checkbox], [type=radio]), select, textarea, button';

/**
 * Every colour an element paints, by property: `color` where it draws text (elsewhere it shows only
 * through `currentColor` in the borders, outlines and decorations checked here). Check boxes and
 * radios are drawn by the browser with `accent-color`.
 */
function paintedColours(element: Element, style: CSSStyleDeclaration, drawsText: boolean): [string, string][] {
  const toggle = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
  const painted: [string, string][] = [['background-color', style.backgroundColor]];
  if (drawsText) painted.push(['color', style.color]);
  for (const side of SIDES) {
    if (style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0) {
      painted.push([`border-${side}-color`, style.getPropertyValue(`border-${side}-color`)]);
    }
  }
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) painted.push(['outline-color', style.outlineColor]);
  if (style.textDecorationLine !== 'none') painted.push(['text-decoration-color', style.textDecorationColor]);
  for (const colour of style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []) painted.push(['box-shadow', colour]);
  for (const colour of style.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []) painted.push(['background-image', colour]);
  if (toggle || element.localName === 'progress') painted.push(['accent-color', style.accentColor]);
  if (element.matches('input:not([type=checkbox], [type=radio]), textarea')) painted.push(['caret-color', style.caretColor]);
  if (element.matches('input[placeholder], textarea[placeholder]')) painted.push(['::placeholder color', getComputedStyle(element, '::placeholder').color]);
  if (element instanceof SVGElement) {
    if (style.fill !== 'none') painted.push(['fill', style.fill]);
    if (style.stroke !== 'none') painted.push(['stroke', style.stroke]);
  }
  return painted;
}

/** Everything on screen in the widget that the theme's tokens did not produce, and text below 4.5:1. */
function escapes(widget: Element, view: string): string[] {
  const palette = paletteOf(widget);
  const found: string[] = [];
  for (const element of deepElements(widget.shadowRoot!)) {
    if (!element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const where = `${view} ${describeElement(element)}`;
    const style = getComputedStyle(element);
    const pseudos = ['::before', '::after']
      .map((pseudo) => [pseudo, getComputedStyle(element, pseudo)] as const)
      .filter(([, pseudoStyle]) => pseudoStyle.content !== 'none' && pseudoStyle.content !== 'normal');
    const drawsText = ownText(element) || element.matches(TEXT_CONTROLS);
    for (const [label, painted] of [['', style] as const, ...pseudos]) {
      for (const [property, colour] of paintedColours(element, painted, label ? !/^(none|normal|""|'')$/.test(painted.content) : drawsText)) {
        if (!palette.colours.has(colour)) found.push(`${where}${label} ${property}: ${colour}`);
      }
    }
    if (drawsText && !palette.fonts.has(style.fontFamily)) found.push(`${where} font-family: ${style.fontFamily}`);
  }
  return [...found, ...lowContrastText(widget, view)];
}

const L = MOCK_LOYALTY_IDS.offers;
const CMS = MOCK_CMS_IDS.pages;

/** Each widget in its first view and later ones; `check` audits the widget as it is on screen. */
const journeys: Record<string, (check: (widget: Element, view: string) => Promise<void>) => Promise<void>> = {
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

describe('themes cover every widget', () => {
  before(async () => {
    await setViewport({width: 1000, height: 900});
  });
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  for (const name of THEMES) {
    it(`demo/themes/${name}.css sets only --fav-* tokens, every colour token among them, and no ::part`, async () => {
      const sheet = await themeSheet(name);
      const rules = [...sheet.cssRules];
      expect(rules.every((rule) => rule instanceof CSSStyleRule && !rule.selectorText.includes('::part'))).to.equal(true);
      const properties = rules.flatMap((rule) => [...(rule as CSSStyleRule).style]);
      expect(properties.filter((property) => !TOKEN_NAMES.has(property as `--fav-${string}`))).to.deep.equal([]);
      expect(COLOUR_TOKENS.filter((token) => !properties.includes(token))).to.deep.equal([]);
    });

  }

  for (const setting of settings) {
    describe(setting.name, () => {
      for (const [widget, journey] of Object.entries(journeys)) {
        it(`${widget}: every colour and font on screen comes from its tokens, text at 4.5:1 or more`, async () => {
          resetPage();
          pinClock(A_MONDAY_MORNING);
          document.adoptedStyleSheets = await setting.sheets();
          const found: string[] = [];
          await journey(async (element, view) => {
            await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
            await transitionsDone(element);
            found.push(...escapes(element, `${element.localName} ${view}:`));
          });
          expect([...new Set(found)]).to.deep.equal([]);
        });
      }
    });
  }
});
