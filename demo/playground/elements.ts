/**
 * What the playground knows about each element, read from the custom-elements manifest (the same
 * JSDoc that documents the attributes in the README): one editor control per attribute.
 */

/** The part of a custom-elements manifest the playground reads. */
export interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      attributes?: {name: string; type?: {text: string}; default?: string; description?: string}[];
      cssProperties?: {name: string; description?: string}[];
    }[];
  }[];
}

/** What each `--fav-*` token colours or sizes, from the manifest (the bundle does not carry it). */
export function tokenDescriptions(manifest: Manifest): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        if (property.description && !descriptions.has(property.name)) descriptions.set(property.name, property.description);
      }
    }
  }
  return descriptions;
}

/** How an attribute is edited: a checkbox, a number, a choice between literals, or free text. */
export type AttributeKind = 'boolean' | 'number' | 'choice' | 'text';

export interface AttributeSpec {
  name: string;
  kind: AttributeKind;
  /** The literals of a `choice`. */
  options: string[];
  /** The value the element uses when the attribute is absent (`''` when unknown or none). */
  defaultValue: string | boolean;
  description: string;
}

export interface ElementSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
}

/** The order of the widget picker; elements the manifest adds later follow alphabetically. */
const PICKER_ORDER = ['fav-login', 'fav-booking', 'fav-my-bookings', 'fav-events', 'fav-shop-checkout', 'fav-offers', 'fav-survey', 'fav-contact', 'fav-page', 'fav-posts', 'fav-post', 'fav-menu'];

const LITERAL = /^'([^']*)'$/;

function kindOf(type: string | undefined): {kind: AttributeKind; options: string[]} {
  const text = (type ?? '').trim();
  if (text === 'boolean') return {kind: 'boolean', options: []};
  if (text === 'number') return {kind: 'number', options: []};
  const members = text.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  const literals = members.map((member) => LITERAL.exec(member)?.[1]);
  if (members.length > 1 && literals.every((literal) => literal !== undefined)) return {kind: 'choice', options: literals as string[]};
  return {kind: 'text', options: []};
}

/** The manifest's default as the attribute would read (`'list'` → `list`); `''` for an identifier or none. */
function defaultOf(kind: AttributeKind, text: string | undefined): string | boolean {
  if (kind === 'boolean') return text === 'true';
  if (text === undefined) return '';
  const literal = /^(['"`])(.*)\1$/.exec(text);
  if (literal) return literal[2]!;
  return /^-?\d+(\.\d+)?$/.test(text) ? text : '';
}

/**
 * One spec per widget (every custom element but the provider). Attributes the provider also has
 * (tenant, locale, theme, mock, ...) are left out: a widget inside `<fav-provider>` takes them from it.
 */
export function elementsFromManifest(manifest: Manifest): ElementSpec[] {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const provider = declarations.find((d) => d.tagName === 'fav-provider');
  const fromProvider = new Set((provider?.attributes ?? []).map((a) => a.name));
  const rank = (tag: string) => (PICKER_ORDER.includes(tag) ? PICKER_ORDER.indexOf(tag) : PICKER_ORDER.length);
  return declarations
    .filter((d) => d !== provider)
    .map((d) => ({
      tag: d.tagName!,
      summary: d.summary?.trim() ?? '',
      attributes: (d.attributes ?? [])
        .filter((a) => !fromProvider.has(a.name) && !a.description?.includes('@internal'))
        .map((a) => {
          const {kind, options} = kindOf(a.type?.text);
          return {name: a.name, kind, options, defaultValue: defaultOf(kind, a.default), description: (a.description ?? '').replace(/\s+/g, ' ').trim()};
        }),
    }))
    .sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}
