import {expect} from '@open-wc/testing';
import type {CSSResult} from 'lit';
import {tokens} from '../../src/ui/tokens.js';
import {bannerStyles} from '../../src/ui/banner.js';
import {buttonStyles} from '../../src/ui/button.js';
import {fieldStyles} from '../../src/ui/field.js';
import {formStyles} from '../../src/ui/form.js';
import {pagerStyles} from '../../src/ui/pager.js';
import {skeletonStyles} from '../../src/ui/skeleton.js';
import {stepHeaderStyles} from '../../src/ui/step-header.js';
import {tokenStyles} from '../../src/ui/tokens.js';
import {loginStyles} from '../../src/widgets/login/fav-login.styles.js';

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

const value = (name: string, theme: 'light' | 'dark') => tokens.find((t) => t.name === name)![theme];

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

  it('defines every token the styles use, and every token has a description', () => {
    const defined = new Set(tokens.map((t) => t.name.replace('--fav-', '--_fav-')));
    const sheets: CSSResult[] = [tokenStyles, buttonStyles, fieldStyles, formStyles, bannerStyles, pagerStyles, skeletonStyles, stepHeaderStyles, ...loginStyles];
    const used = new Set(sheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--_fav-[a-z0-9-]+)/g)].map((m) => m[1]!)));
    const undefinedTokens = [...used].filter((name) => !defined.has(name));
    expect(undefinedTokens).to.deep.equal([]);
    expect(tokens.filter((t) => !t.description)).to.deep.equal([]);
  });

  it('inherits the host page font by default', () => {
    expect(value('--fav-font-family', 'light')).to.equal('inherit');
  });
});
