// Every element from the built bundle on a page whose CSS attacks it: a reset, a reboot, then global
// rules on every element, on the widgets' own tags and on everything their shadow roots inherit
// (test/pages/hostile.css). The widgets must keep the layout they have on a calm page with the same
// root size and font (test/pages/control.css), keep the page's font family, and still work.
import {expect, waitUntil} from '@open-wc/testing';
import type {FavBooking} from '../../src/widgets/booking/fav-booking.js';
import type {FavLogin} from '../../src/widgets/login/fav-login.js';
import {BookingPage} from '../widgets/booking/booking-page.js';
import {LoginPage} from '../widgets/login/login-page.js';

/** What each element shows once it has loaded its first content. */
const FIRST_CONTENT: Record<string, string> = {
  'fav-login': 'input[name="identifier"]',
  'fav-booking': '[part~="heading"]',
  'fav-my-bookings': '[part~="heading"]',
  'fav-events': '[part~="event-card"]',
  'fav-shop-checkout': '[part~="product-card"], [part~="product-list"]',
  'fav-offers': '[part~="offer-list"]',
  'fav-survey': 'form',
  'fav-contact': 'textarea',
  'fav-menu': 'nav a',
  'fav-page': '[part~="content"]',
  'fav-posts': '[part~="post-list"]',
  'fav-post': '[part~="content"]',
};
const TAGS = Object.keys(FIRST_CONTENT);

/** Text properties a host page passes down by inheritance, which the widgets must not take. */
const TEXT_PROPERTIES = [
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-align',
  'white-space',
  'font-style',
  'font-weight',
  'font-family',
] as const;

interface Opened {
  frame: HTMLIFrameElement;
  doc: Document;
}

async function openPage(path: string): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  for (const [tag, selector] of Object.entries(FIRST_CONTENT)) {
    await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector(selector), `${tag} shows ${selector}`, {timeout: 15000});
  }
  // Let lazy styles, images and the last renders settle.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {frame, doc};
}

const widget = (doc: Document, tag: string) => doc.querySelector(`fav-provider > ${tag}:not([hidden])`) as HTMLElement;

/** Every element of a widget's shadow tree, in document order. */
function elementsOf(host: HTMLElement): Element[] {
  return [...host.shadowRoot!.querySelectorAll('*')].filter((element) => !['style', 'slot'].includes(element.localName));
}

const describeElement = (element: Element) =>
  `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;

/** A widget's layout as boxes relative to its host, and the text properties of every element. */
function snapshot(host: HTMLElement) {
  const origin = host.getBoundingClientRect();
  return elementsOf(host).map((element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      element: describeElement(element),
      box: [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round),
      text: Object.fromEntries(TEXT_PROPERTIES.map((property) => [property, style.getPropertyValue(property)])),
    };
  });
}

/** The widget's `--fav-control-height` resolved to pixels, read through a probe inside its shadow root. */
function controlHeight(host: HTMLElement): number {
  const probe = host.ownerDocument.createElement('div');
  probe.style.height = 'var(--_fav-control-height)';
  host.shadowRoot!.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}

/** Checks that a control is what a visitor hits at its centre (no page element covers it). */
function expectHittable(host: HTMLElement, control: HTMLElement, what: string): void {
  control.scrollIntoView({block: 'center'});
  const box = control.getBoundingClientRect();
  const hit = host.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  expect(hit && (hit === control || control.contains(hit)), `${what} is covered by ${hit && describeElement(hit)}`).to.equal(true);
}

describe('built bundle on a page with hostile CSS', () => {
  let hostile: Opened;
  let control: Opened;

  before(async () => {
    hostile = await openPage('/test/pages/hostile-css.html');
    control = await openPage('/test/pages/hostile-css-control.html');
  });
  after(() => {
    hostile?.frame.remove();
    control?.frame.remove();
  });

  it('the hostile rules reach the page and the hosts', () => {
    const {doc} = hostile;
    const body = getComputedStyle(doc.body);
    expect(body.textTransform).to.equal('uppercase');
    expect(body.textAlign).to.equal('center');
    expect(body.whiteSpace).to.equal('nowrap');
    expect(getComputedStyle(doc.documentElement).fontSize).to.equal('32px');
    // Rules that match the host elements themselves, which beat normal :host declarations.
    const login = widget(doc, 'fav-login');
    expect(login.matches(':is(fav-login)')).to.equal(true);
    expect(doc.defaultView!.getComputedStyle(login).margin).to.equal('3px');
  });

  it('keeps every widget a block as wide as its container under global rules, and leaves the tag’s own layout to the page', () => {
    const {doc} = hostile;
    const body = doc.body.getBoundingClientRect();
    for (const tag of TAGS) {
      const host = widget(doc, tag);
      const style = getComputedStyle(host);
      expect(style.display, tag).to.equal('block');
      expect(style.paddingLeft, tag).to.equal('0px');
      const margins = parseFloat(style.marginLeft) + parseFloat(style.marginRight);
      const maxWidth = style.maxWidth === 'none' ? Infinity : parseFloat(style.maxWidth);
      const expected = Math.min(body.width - margins, maxWidth);
      expect(Math.abs(host.getBoundingClientRect().width - expected), `${tag} is ${host.getBoundingClientRect().width}px wide, not ${expected}px`).to.be.below(1);
    }
    // `hidden` hides a widget, and so does a page rule on the tag itself (responsive layouts).
    const hidden = doc.querySelector('fav-menu[hidden]') as HTMLElement;
    expect(getComputedStyle(hidden).display).to.equal('none');
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    const pageHidden = doc.querySelector('fav-contact.page-hidden') as HTMLElement;
    expect(getComputedStyle(pageHidden).display).to.equal('none');
  });

  it('lays every widget out exactly as on a calm page with the same root size and font', () => {
    for (const tag of TAGS) {
      const actual = snapshot(widget(hostile.doc, tag));
      const expected = snapshot(widget(control.doc, tag));
      expect(actual.map((entry) => entry.element), `${tag}: the same elements`).to.deep.equal(expected.map((entry) => entry.element));
      actual.forEach((entry, index) => {
        const calm = expected[index];
        expect(entry.text, `${tag} ${entry.element}: text properties`).to.deep.equal(calm.text);
        // Elements without a box of their own (options, hidden parts) have no layout to compare, and
        // images arrive in their own time (their space is reserved by width, height and aspect-ratio).
        if ((calm.box[2] === 0 && calm.box[3] === 0) || entry.element.startsWith('img')) return;
        entry.box.forEach((value, axis) => {
          expect(Math.abs(value - calm.box[axis]), `${tag} ${entry.element}: box ${entry.box} on the hostile page, ${calm.box} on the calm page`).to.be.at.most(1);
        });
      });
    }
  });

  it('takes no text transform, spacing, alignment or wrapping from the page, but keeps its font family', () => {
    const {doc} = hostile;
    const pageFont = getComputedStyle(doc.body).fontFamily;
    expect(pageFont).to.contain('Georgia');
    for (const tag of TAGS) {
      const host = widget(doc, tag);
      const hostStyle = getComputedStyle(host);
      expect(hostStyle.fontFamily, tag).to.equal(pageFont);
      expect(hostStyle.textAlign, tag).to.equal('start');
      expect(hostStyle.whiteSpace, tag).to.equal('normal');
      expect(hostStyle.fontStyle, tag).to.equal('normal');
      expect(hostStyle.fontWeight, tag).to.equal('400');
      for (const element of elementsOf(host)) {
        // The contact form's honeypot field is out of sight and out of reach for people.
        if (element.closest('.trap')) continue;
        const style = getComputedStyle(element);
        const what = `${tag} ${describeElement(element)}`;
        expect(style.textTransform, what).to.equal('none');
        expect(style.textIndent, what).to.equal('0px');
        expect(style.wordSpacing, what).to.equal('0px');
        // Code keeps its monospace font; radio buttons and checkboxes have no text.
        if (!element.matches('pre, code, kbd, samp, pre *, input[type="radio"], input[type="checkbox"]')) expect(style.fontFamily, what).to.equal(pageFont);
        // Text blocks read from the start and wrap; buttons and calendar cells centre their labels by design.
        if (element.matches('p, h1, h2, h3, h4, h5, h6, label, li, legend, dt, dd, form, fieldset') && !element.closest('.visually-hidden')) {
          expect(style.textAlign, what).to.be.oneOf(['start', 'left']);
          expect(style.whiteSpace, what).to.equal('normal');
        }
      }
      // Letter spacing: only what the widgets set themselves (none in these first views).
      for (const element of elementsOf(host)) expect(getComputedStyle(element).letterSpacing, `${tag} ${describeElement(element)}`).to.equal('normal');
    }
    // Other widgets keep the size set by their tokens; the CMS elements take the page's body text.
    expect(getComputedStyle(widget(doc, 'fav-login')).fontSize).to.equal('32px');
    expect(getComputedStyle(widget(doc, 'fav-booking')).fontSize).to.equal('32px');
    expect(getComputedStyle(widget(doc, 'fav-page')).fontSize).to.equal('28px');
  });

  it('keeps buttons and inputs at the designed control height, with a visible border and padding', () => {
    const {doc} = hostile;
    let checked = 0;
    for (const tag of TAGS) {
      const host = widget(doc, tag);
      const height = controlHeight(host);
      expect(height, `${tag} control height`).to.be.above(40);
      const controls = host.shadowRoot!.querySelectorAll<HTMLElement>('input.input, select.input, .button.primary, .button.secondary');
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        if (box.height === 0) continue;
        const style = getComputedStyle(control);
        const what = `${tag} ${describeElement(control)} "${control.textContent?.trim() || control.getAttribute('name')}"`;
        expect(Math.abs(box.height - height), `${what}: ${box.height}px high, designed ${height}px`).to.be.at.most(2);
        expect(parseFloat(style.paddingLeft), `${what}: padding`).to.be.above(0);
        if (!control.matches('.primary')) {
          expect(style.borderTopStyle, `${what}: border`).to.equal('solid');
          expect(parseFloat(style.borderTopWidth), `${what}: border`).to.be.at.least(1);
          expect(style.borderTopColor, `${what}: border colour`).to.not.equal('rgba(0, 0, 0, 0)');
        }
        checked += 1;
      }
    }
    expect(checked, 'controls checked').to.be.above(10);
  });

  it('signs in with the mock OTP on the hostile page', async () => {
    const login = widget(hostile.doc, 'fav-login') as FavLogin;
    const page = new LoginPage(login);
    await page.waitFor('identify');
    expectHittable(login, page.input('identifier'), 'the phone input');
    expectHittable(login, page.button('Send code'), 'the Send code button');
    await page.signInAsMember('9123 4567');
    expect(page.text).to.contain('Chan Tai Man');
  });

  it('picks a booking time on the hostile page', async () => {
    const booking = widget(hostile.doc, 'fav-booking') as FavBooking;
    const page = new BookingPage(booking);
    await page.waitFor('service');
    expectHittable(booking, page.button('Choose a time'), 'Choose a time');
    await page.toTime();
    const slot = page.slotButtons()[0];
    expect(slot, 'a free time').to.exist;
    expectHittable(booking, slot, 'the first time');
    const label = slot.textContent!.trim();
    await page.pickSlot(0);
    const selected = page.root.querySelector('[part~="slot-button-selected"]');
    expect(selected?.getAttribute('aria-pressed')).to.equal('true');
    expect(selected?.textContent!.trim()).to.equal(label);
    await page.toDetails();
    expect(page.heading).to.not.equal('');
  });
});
