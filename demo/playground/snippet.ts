/**
 * The HTML a site owner pastes for the playground's settings: the script tag, the provider with the
 * widget (only attributes that differ from their defaults) and a `<style>` block with the changed
 * theme tokens. Pure: the same input always gives the same text.
 */
import type {ElementSpec} from './elements.js';

export const CDN_SRC = 'https://cdn.example.com/fav-widgets/dist/fav-widgets.js';

export type Theme = 'inherit' | 'light' | 'dark' | 'auto';

/** A token's defaults: `[name, light, dark, inherit]` as in src/ui/tokens.ts (dark, inherit when they differ). */
export type TokenDefault = readonly [name: string, light: string, dark?: string, inherit?: string];

export interface SnippetInput {
  /** The script tag's `src`. Default: the CDN address of the README's quick start. */
  src?: string;
  element: ElementSpec;
  /** Attribute values by name; absent, empty or default values are left out. */
  values: Readonly<Record<string, string | boolean>>;
  provider: {companyId: string; locale: string; theme: Theme; mock?: boolean};
  /** Token values by name; values equal to the theme's default are left out. */
  tokens: Readonly<Record<string, string>>;
  tokenDefaults: readonly TokenDefault[];
}

/** An attribute as HTML: bare for `true`, otherwise quoted, with `&` and the quote escaped. */
export function attribute(name: string, value: string | true): string {
  if (value === true) return name;
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  const escaped = value.replace(/&/g, '&amp;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
  return `${name}=${quote}${escaped}${quote}`;
}

/**
 * A token value inside `<style>`, on one line; `<`, `{`, `}`, `;` and backslashes are CSS-escaped, so no value
 * can close the `<style>` element, the rule or the declaration.
 */
export function cssValue(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[<{};\\]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
}

/**
 * True when `value` is what the widget uses anyway under `theme`: auto, and inherit where the token
 * has no inherit value of its own, take the light or the dark default, so the value must match both.
 */
export function isDefaultToken([, light, dark = light, inherit]: TokenDefault, value: string, theme: Theme): boolean {
  const same = (a: string) => a.trim().toLowerCase() === value.trim().toLowerCase();
  if (theme === 'light') return same(light);
  if (theme === 'dark') return same(dark);
  if (theme === 'inherit' && inherit) return same(inherit);
  return same(light) && same(dark);
}

/** The widget's attributes that differ from their defaults, in the manifest's order. */
export function changedAttributes(element: ElementSpec, values: SnippetInput['values']): [string, string | true][] {
  const changed: [string, string | true][] = [];
  for (const spec of element.attributes) {
    const value = values[spec.name];
    if (spec.kind === 'boolean') {
      if (value === true && spec.defaultValue !== true) changed.push([spec.name, true]);
    } else if (typeof value === 'string' && value !== '' && value !== spec.defaultValue) {
      changed.push([spec.name, value]);
    }
  }
  return changed;
}

/** The tokens that differ from the theme's defaults, in the token list's order. */
export function changedTokens(input: Pick<SnippetInput, 'tokens' | 'tokenDefaults' | 'provider'>): [string, string][] {
  return input.tokenDefaults.flatMap((token): [string, string][] => {
    const value = input.tokens[token[0]];
    return value !== undefined && value.trim() !== '' && !isDefaultToken(token, value, input.provider.theme) ? [[token[0], cssValue(value)]] : [];
  });
}

export function snippet(input: SnippetInput): string {
  const {provider, element} = input;
  const providerAttributes: [string, string | true][] = [['company-id', provider.companyId], ['locale', provider.locale]];
  if (provider.theme !== 'inherit') providerAttributes.push(['theme', provider.theme]);
  if (provider.mock) providerAttributes.push(['mock', true]);
  const open = (tag: string, attributes: [string, string | true][]) => `<${[tag, ...attributes.map(([name, value]) => attribute(name, value))].join(' ')}>`;

  const lines = [
    `<script type="module" ${attribute('src', input.src ?? CDN_SRC)}></script>`,
    '',
    open('fav-provider', providerAttributes),
    `  ${open(element.tag, changedAttributes(element, input.values))}</${element.tag}>`,
    '</fav-provider>',
  ];
  const tokens = changedTokens(input);
  if (tokens.length) {
    lines.push('', '<style>', '  fav-provider {', ...tokens.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  }
  return `${lines.join('\n')}\n`;
}
