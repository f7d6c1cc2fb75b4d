import {expect, html} from '@open-wc/testing';
import type {CSSResult} from 'lit';
import {tokens} from '../../src/ui/tokens.js';
import {bannerStyles} from '../../src/ui/banner.styles.js';
import {buttonStyles} from '../../src/ui/button.styles.js';
import {fieldStyles} from '../../src/ui/field.styles.js';
import {formStyles} from '../../src/ui/form.styles.js';
import {pagerStyles} from '../../src/ui/pager.styles.js';
import {skeletonStyles} from '../../src/ui/skeleton.styles.js';
import {stepHeaderStyles} from '../../src/ui/step-header.styles.js';
import {statusStyles} from '../../src/ui/status.styles.js';
import {tabStyles} from '../../src/ui/tabs.styles.js';
import {tokenStyles} from '../../src/ui/tokens.styles.js';
import {loginStyles} from '../../src/widgets/login/fav-login.styles.js';
import {cmsStyles, menuStyles} from '../../src/widgets/cms/cms.styles.js';
import {renderedContentStyles} from '../../src/widgets/cms/cms-content.styles.js';
import '../../src/entries/contact.js';
import {computedColour, contrast as rgbContrast, lowContrastText, over, parseColour, transitionsDone, type Rgba} from '../support/colour.js';
import {resetPage} from '../support/mock.js';
import {ContactPage} from '../widgets/contact/contact-page.js';

function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const value = (name: string, theme: 'light' | 'dark') => {
  const [, light, dark] = tokens.find(([tokenName]) => tokenName === name)!;
  return theme === 'dark' ? dark || light : light;
};

describe('theme tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meet WCAG AA contrast in the ${theme} defaults`, () => {
      const pairs: [string, string, number][] = [
        ['--fav-color-text', '--fav-color-surface', 4.5],
        ['--fav-color-text', '--fav-color-surface-alt', 4.5],
        ['--fav-color-text-muted', '--fav-color-surface', 4.5],
        ['--fav-color-text-muted', '--fav-color-surface-alt', 4.5],
        ['--fav-color-on-primary', '--fav-color-primary', 4.5],
        ['--fav-color-on-primary', '--fav-color-primary-hover', 4.5],
        ['--fav-color-primary', '--fav-color-surface', 4.5],
        ['--fav-color-danger', '--fav-color-surface', 4.5],
        ['--fav-color-text', '--fav-color-danger-surface', 4.5],
        ['--fav-color-text', '--fav-color-warning-surface', 4.5],
        ['--fav-color-text', '--fav-color-success-surface', 4.5],
        ['--fav-color-text', '--fav-color-info-surface', 4.5],
        ['--fav-color-border', '--fav-color-surface', 3],
        ['--fav-color-focus', '--fav-color-surface', 3],
      ];
      const failures = pairs
        .map(([fg, bg, min]) => ({fg, bg, min, ratio: contrast(value(fg, theme), value(bg, theme))}))
        .filter(({ratio, min}) => ratio < min)
        .map(({fg, bg, ratio, min}) => `${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      expect(failures).to.deep.equal([]);
    });
  }

  it('defines every token the styles use', () => {
    const defined = new Set(tokens.map(([name]) => name.replace('--fav-', '--_fav-')));
    const sheets: CSSResult[] = [tokenStyles, buttonStyles, fieldStyles, formStyles, bannerStyles, pagerStyles, skeletonStyles, stepHeaderStyles, tabStyles, statusStyles, ...loginStyles, ...cmsStyles, ...menuStyles, renderedContentStyles];
    const used = new Set(sheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--_fav-[a-z0-9-]+)/g)].map((m) => m[1]!)));
    const undefinedTokens = [...used].filter((name) => !defined.has(name));
    expect(undefinedTokens).to.deep.equal([]);
  });

  it('inherits the host page font by default', () => {
    expect(value('--fav-font-family', 'light')).to.equal('inherit');
  });
});

/** The default theme (`inherit`, no `theme` attribute) on a light and on a dark page. */
describe('the default theme', () => {
  beforeEach(() => resetPage());

  const pages = [
    {name: 'light', color: 'rgb(34, 34, 34)', background: 'rgb(255, 255, 255)'},
    {name: 'dark', color: 'rgb(238, 238, 238)', background: 'rgb(17, 17, 17)'},
  ];

  const mountOn = (page: (typeof pages)[number], provider = html`<fav-provider mock company-id="demo"><fav-contact></fav-contact></fav-provider>`) =>
    ContactPage.mount(html`<div style="color: ${page.color}; background: ${page.background}; font-family: Georgia, serif">${provider}</div>`);

  for (const page of pages) {
    it(`wears the font and text colour of a ${page.name} page, and keeps AA contrast`, async () => {
      const contact = await mountOn(page);
      await contact.click('Send message');
      const {root, element} = contact;
      await transitionsDone(element);
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      const background = parseColour(page.background);
      const colour = (value: string): Rgba => over(parseColour(value), background);

      expect(element.getAttribute('theme')).to.equal('inherit');
      for (const selector of ['[part~="label"]', '[part~="input"]', '[part~="heading"]']) {
        expect(style(selector).color, selector).to.equal(page.color);
        expect(style(selector).fontFamily, selector).to.contain('Georgia');
      }
      expect(style('[part~="base"]').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style('[part~="input"]').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(element.hasAttribute('light-ink')).to.equal(page.name === 'dark');

      // All text (labels, hints, errors, the button's) at 4.5:1 or more against what is behind it.
      expect(lowContrastText(element, page.name)).to.deep.equal([]);
      const button = style('[part~="button-primary"]');
      const primary = colour(button.backgroundColor);
      expect(rgbContrast(primary, background), 'primary against the page').to.be.at.least(4.5);
      expect(rgbContrast(colour(button.color), primary), 'text on primary').to.be.at.least(4.5);
      expect(rgbContrast(colour(style('[part~="input"]').borderTopColor), background), 'input border').to.be.at.least(3);
      expect(rgbContrast(colour(computedColour('var(--_fav-color-focus)', root.querySelector('[part~="base"]')!)), background), 'focus ring').to.be.at.least(3);
      expect(rgbContrast(colour(style('[part~="error"]').color), background), 'error text').to.be.at.least(4.5);
    });
  }

  it('picks the accents for a dark page before its first paint, with nothing to transition from', async () => {
    const contact = await mountOn(pages[1]!);
    const transitions = contact.root.getAnimations().filter((animation) => animation instanceof CSSTransition);
    expect(transitions.map((transition) => transition.transitionProperty)).to.deep.equal([]);
    expect(getComputedStyle(contact.root.querySelector('[part~="button-primary"]')!).backgroundColor).to.equal(computedColour(value('--fav-color-primary', 'dark')));
  });

  it('tells light page text from dark in any colour notation', async () => {
    const light = ['#eee', 'oklch(0.967 0.003 264.542)', 'color(display-p3 0.9 0.9 0.92)', 'lab(93 0 0)', 'wheat'];
    const dark = ['#222', 'oklch(0.21 0.034 264.665)', 'color(display-p3 0.1 0.2 0.3)', 'lch(20 10 250)', 'navy'];
    const lightInk = async (color: string) => {
      const contact = await ContactPage.mount(html`<div style="color: ${color}"><fav-provider mock company-id="demo"><fav-contact></fav-contact></fav-provider></div>`);
      return contact.element.hasAttribute('light-ink');
    };
    for (const color of light) expect(await lightInk(color), color).to.equal(true);
    for (const color of dark) expect(await lightInk(color), color).to.equal(false);
  });

  it('lets tokens set by the designer win, and keeps the fixed palettes for theme="light" and "dark"', async () => {
    const tokensSet = await mountOn(
      pages[1]!,
      html`<fav-provider mock company-id="demo" style="--fav-color-text: rgb(255, 200, 0); --fav-color-surface: rgb(0, 0, 80)"><fav-contact></fav-contact></fav-provider>`,
    );
    const style = (page: ContactPage, selector: string) => getComputedStyle(page.root.querySelector(selector)!);
    expect(style(tokensSet, '[part~="label"]').color).to.equal('rgb(255, 200, 0)');
    expect(style(tokensSet, '[part~="base"]').backgroundColor).to.equal('rgb(0, 0, 80)');

    const light = await mountOn(pages[1]!, html`<fav-provider mock company-id="demo" theme="light"><fav-contact></fav-contact></fav-provider>`);
    expect(style(light, '[part~="base"]').backgroundColor).to.equal(computedColour(value('--fav-color-surface', 'light')));
    expect(style(light, '[part~="label"]').color).to.equal(computedColour(value('--fav-color-text', 'light')));
    expect(light.element.hasAttribute('light-ink')).to.equal(false);

    const dark = await mountOn(pages[0]!, html`<fav-provider mock company-id="demo" theme="dark"><fav-contact></fav-contact></fav-provider>`);
    expect(style(dark, '[part~="base"]').backgroundColor).to.equal(computedColour(value('--fav-color-surface', 'dark')));
    expect(style(dark, '[part~="label"]').color).to.equal(computedColour(value('--fav-color-text', 'dark')));
  });
});
