import {css, unsafeCSS} from 'lit';
import {tokens} from './tokens.js';

const LIGHT = 1;
const DARK = 2;
const INHERIT = 3;
/** The private `--_fav-*` variables for one theme: the designer's `--fav-*` token, else the theme's default. */
const declarations = (theme: typeof LIGHT | typeof DARK | typeof INHERIT) =>
  unsafeCSS(tokens.map((token) => (token[theme] ? `${token[0].replace('--fav-', '--_fav-')}:var(${token[0]},${token[theme]});` : '')).join(''));

const dark = declarations(DARK);

/**
 * Include first in every widget's styles. Maps each public token onto a private `--_fav-*` variable
 * with the default for the widget's `theme`, plus a reset. `light` and `dark` are fixed palettes,
 * `auto` follows the OS setting; `inherit` takes the light palette, the dark one when the widget is
 * marked `light-ink` (its text, the page's, is light), and mixes its neutrals from the page's
 * text colour.
 *
 * Inherited text properties cross the shadow boundary, so the widget owns its text with `!important`
 * (with which `:host` wins over any page rule); the font family is left to the page on purpose, and
 * the tag's own box (display, width, margin, padding) to the page's rules that name it.
 */
export const tokenStyles = css`
  :host {
    ${declarations(LIGHT)}
    display: block;
    box-sizing: border-box;
    max-width: var(--_fav-max-width);
    font-family: var(--_fav-font-family);
    font-size: var(--_fav-font-size) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: var(--_fav-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    white-space: normal !important;
    color: var(--_fav-color-text);
    /* The lightness of the text (with theme="inherit", the page's) in one notation, for FavWidget. */
    column-rule-color: lch(from currentColor l 0 0);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* :where() keeps the page-text case below the neutrals of theme="inherit" further down. */
  :host([theme='dark']),
  :host(:where([theme='inherit'][light-ink])) {
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
    ${declarations(INHERIT)}
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
