import {css, unsafeCSS} from 'lit';

/**
 * One design token: a `--fav-*` custom property with its default for each `theme`. `dark` is given
 * when it differs from `light`; `inherit` when the default theme (no `theme`) does not simply take
 * the light or dark value.
 */
export interface Token {
  name: `--fav-${string}`;
  light: string;
  dark?: string;
  inherit?: string;
  description: string;
}

/**
 * Every `--fav-*` token, the one source for the widgets' styles, the reference in the README and
 * the contrast tests. Designers set these on `fav-provider`, a widget, or any ancestor; a token set
 * by the designer wins over every theme.
 *
 * Themes: `light` and `dark` are fixed palettes whose text colours meet WCAG AA (4.5:1) on both
 * surfaces. The default, `inherit`, wears the page's font and text colour: the widget's own
 * background is transparent, and muted text, tints and borders are mixed from the page's text
 * colour, so it sits on any page; its accent colours are the light palette's on a page with dark
 * text and the dark palette's on a page with light text (see {@link isLightColor}).
 */
export const tokens: readonly Token[] = [
  {name: '--fav-color-primary', light: '#0b5fd1', dark: '#7ab4ff', description: 'Primary buttons, links, selected days, times and choices, the current tab, progress.'},
  {name: '--fav-color-primary-hover', light: '#094da9', dark: '#a3cbff', description: 'Primary buttons under the pointer.'},
  {name: '--fav-color-on-primary', light: '#ffffff', dark: '#0b1a2e', description: 'Text on the primary colour (primary buttons, selected days and times, badges).'},
  {name: '--fav-color-surface', light: '#ffffff', dark: '#16181d', inherit: 'transparent', description: 'Background of the widget box, cards, inputs and secondary buttons.'},
  {name: '--fav-color-surface-alt', light: '#f3f5f8', dark: '#20242b', inherit: 'color-mix(in srgb, currentColor 8%, transparent)', description: 'Background of summaries, empty states, badges, input prefixes, image placeholders and skeletons.'},
  {name: '--fav-color-text', light: '#1f2328', dark: '#e8eaed', inherit: 'currentColor', description: 'Body text; by default the page\'s text colour.'},
  {name: '--fav-color-text-muted', light: '#57606a', dark: '#a8b0ba', inherit: 'color-mix(in srgb, currentColor 70%, transparent)', description: 'Hints, secondary text, placeholders, unavailable days.'},
  {name: '--fav-color-border', light: '#8c959f', dark: '#6b7480', inherit: 'color-mix(in srgb, currentColor 60%, transparent)', description: 'Borders of the widget box, cards, inputs and secondary buttons (3:1 against the surface).'},
  {name: '--fav-color-danger', light: '#b42318', dark: '#ff8a80', description: 'Error text, the edge of error banners, invalid inputs, the required mark.'},
  {name: '--fav-color-danger-surface', light: '#fdecea', dark: '#3a1d1b', description: 'Background of error banners and cancelled or expired statuses.'},
  {name: '--fav-color-success', light: '#1a7f37', dark: '#6fdd8b', description: 'Edge of success banners.'},
  {name: '--fav-color-success-surface', light: '#e9f7ee', dark: '#16301f', description: 'Background of success banners and confirmed or valid statuses.'},
  {name: '--fav-color-warning', light: '#8a5300', dark: '#f2c46d', description: 'Edge of warning banners and of cart lines that need attention.'},
  {name: '--fav-color-warning-surface', light: '#fff5e0', dark: '#33280f', description: 'Background of warning banners and pending statuses.'},
  {name: '--fav-color-info-surface', light: '#eaf2fd', dark: '#182638', description: 'Background of information banners.'},
  {name: '--fav-color-focus', light: '#0b5fd1', dark: '#7ab4ff', description: 'Colour of the keyboard focus ring.'},
  {name: '--fav-font-family', light: 'inherit', description: 'Font of every widget; by default the page\'s font.'},
  {name: '--fav-font-family-code', light: 'ui-monospace, monospace', description: 'Codes to read out or type: access codes, coupon codes, code in content.'},
  {name: '--fav-font-size', light: '1rem', description: 'Body text and subheadings.'},
  {name: '--fav-font-size-sm', light: '0.875rem', description: 'Hints, errors, statuses and secondary text.'},
  {name: '--fav-font-size-lg', light: '1.25rem', description: 'Step headings, card titles, codes.'},
  {name: '--fav-font-weight-strong', light: '600', description: 'Headings, labels, buttons and prices.'},
  {name: '--fav-line-height', light: '1.5', description: 'Body line height.'},
  {name: '--fav-control-height', light: '2.75rem', description: 'Height of inputs, buttons, tabs and time buttons (at least 44 px touch targets).'},
  {name: '--fav-radius-sm', light: '4px', description: 'Corners of badges, statuses and codes.'},
  {name: '--fav-radius', light: '8px', description: 'Corners of inputs, buttons, banners, days and summaries.'},
  {name: '--fav-radius-lg', light: '12px', description: 'Corners of the widget box, cards and images.'},
  {name: '--fav-space-xs', light: '0.25rem', description: 'Smallest gap (label to input).'},
  {name: '--fav-space-sm', light: '0.5rem', description: 'Gap between related items.'},
  {name: '--fav-space-md', light: '1rem', description: 'Gap between fields; card padding.'},
  {name: '--fav-space-lg', light: '1.5rem', description: 'Gap between sections; widget padding.'},
  {name: '--fav-shadow', light: '0 1px 3px rgb(0 0 0 / 0.12)', dark: '0 1px 3px rgb(0 0 0 / 0.6)', description: 'Shadow of the widget box.'},
  {name: '--fav-focus-ring-width', light: '3px', description: 'Width of the keyboard focus ring.'},
  {name: '--fav-focus-ring-offset', light: '2px', description: 'Gap between a control and its focus ring.'},
  {name: '--fav-transition', light: '150ms', description: 'Duration of hover and state transitions (0 under reduced motion).'},
];

/**
 * Whether a computed colour (as `getComputedStyle` gives it: `rgb()`, `color()`, `lab()`, `lch()`,
 * `oklab()` or `oklch()`) is light, i.e. the text colour of a dark page.
 */
export function isLightColor(color: string): boolean {
  const [x = 0, y = 0, z = 0] = (color.match(/(?<![\w-])[\d.]+/g) ?? []).map(Number);
  // rgb() channels run to 255 and color() channels to 1; lab() and lch() lead with a lightness to 100, oklab() and oklch() to 1.
  return (/^[rc]/.test(color) ? (x + 2 * y + z) / 4 : x) / (color[0] == 'r' ? 255 : color[0] == 'l' ? 100 : 1) > 0.55;
}

/** The private `--_fav-*` variables for one theme: the designer's `--fav-*` token, else the theme's default. */
const declarations = (pick: (token: Token) => string | undefined) =>
  unsafeCSS(tokens.map((token) => (pick(token) ? `${token.name.replace('--fav-', '--_fav-')}:var(${token.name},${pick(token)});` : '')).join(''));

const dark = declarations((token) => token.dark);

/**
 * Include first in every widget's styles. Maps each public token onto a private `--_fav-*` variable
 * with the default for the widget's `theme`, plus a reset. `light` and `dark` are fixed palettes,
 * `auto` follows the OS setting; `inherit` takes the light palette, the dark one when the widget is
 * marked `data-light-ink` (its text, the page's, is light), and mixes its neutrals from the page's
 * text colour.
 */
export const tokenStyles = css`
  :host {
    ${declarations((token) => token.light)}
    display: block;
    box-sizing: border-box;
    font-family: var(--_fav-font-family);
    font-size: var(--_fav-font-size);
    line-height: var(--_fav-line-height);
    color: var(--_fav-color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='dark']),
  :host([theme='inherit'][data-light-ink]) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='inherit']) {
    ${declarations((token) => token.inherit)}
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_fav-transition: 0s;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_fav-focus-ring-width) solid var(--_fav-color-focus);
    outline-offset: var(--_fav-focus-ring-offset);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
