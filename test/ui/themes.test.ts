/**
 * The example themes in demo/themes/ prove that the `--fav-*` tokens cover every widget: each file
 * sets only tokens (no `::part`), and with it adopted every widget, in its first view and later
 * ones, paints nothing but the theme's colours and fonts, with readable text. The default theme
 * (`inherit`) passes the same audit on a light and on a dark page.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '../support/commands.js';
import {tokens} from '../../src/ui/tokens.js';
import {computedColour, deepElements, describeElement, lowContrastText, ownText, transitionsDone} from '../support/colour.js';
import {journeys} from '../support/journeys.js';
import {resetPage} from '../support/mock.js';
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
