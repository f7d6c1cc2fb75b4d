/**
 * One prefill rule for every form widget (README "Prefill"). Four sources, each overriding the one
 * before for the fields it gives: the `prefill` attribute (JSON), the signed-in member (name, email,
 * phone; off with `no-prefill`), the URL parameters the site allow-lists in `prefill-params`, and the
 * `prefill` property. A value the visitor typed is never replaced.
 *
 * Never in a widget's first view: it arrives with the later steps of booking, events and the shop
 * (whose forms show the prefill each time they render), and for the contact form and the sign-in
 * (contact/contact-prefill.ts, login/login-prefill.ts) only when the page or the member gives
 * something to fill in.
 */
import type {MemberSession} from '../../context/session-store.js';

/** Values for a form's fields by name, e.g. `{name: 'Ann', email: 'ann@example.com'}`. */
export type PrefillValues = Record<string, string>;

/** Where the values come from, lowest first. */
export interface PrefillSources {
  /** The `prefill` attribute: a JSON object. */
  attribute?: string | null;
  /** The signed-in member; null when signed out or with `no-prefill`. */
  member?: Pick<MemberSession, 'memberName' | 'email' | 'phone'> | null;
  /** `prefill-params`: `field` or `field:param`, space or comma separated. */
  params?: string | null;
  /** The query string the allow-listed parameters are read from; default the page's. */
  search?: string;
  /** The `prefill` property: an object. */
  property?: unknown;
}

/**
 * A widget with a form: its `prefill` property, and its `prefill`, `prefill-params` and `no-prefill`
 * attributes, read here when a form is filled (they cost the widget's first view nothing).
 */
export interface PrefillHost {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  prefill?: PrefillValues;
  noPrefill?: boolean;
}

/** The fields each form widget takes (`<fav-login>` takes its identifier: login/login-prefill.ts). */
export const PREFILL_FIELDS: Record<string, readonly string[]> = {
  'fav-contact': ['name', 'email', 'phone', 'subject', 'message'],
  'fav-booking': ['name', 'email', 'phone', 'notes'],
  'fav-events': ['name', 'email', 'phone'],
  'fav-shop-checkout': ['name', 'email', 'phone', 'addressLine1', 'addressLine2', 'city', 'zipCode'],
};

/** The text values of `fields` in `source` (strings and numbers, trimmed, not empty). */
function pick(source: unknown, fields: readonly string[]): PrefillValues {
  const values: PrefillValues = {};
  if (!source || typeof source !== 'object') return values;
  for (const field of fields) {
    const value = (source as Record<string, unknown>)[field];
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    if (text) values[field] = text;
  }
  return values;
}

/** Attribute values already reported as invalid (forms read their prefill on every render). */
const reported = new Set<string>();

function parseJson(json: string | null | undefined): unknown {
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    if (!reported.has(json)) console.warn('fav-widgets: the prefill attribute is not valid JSON; it is ignored.');
    reported.add(json);
    return undefined;
  }
}

/**
 * The allow-listed URL parameters: `email name` reads `?email=…&name=…`, `email:e` reads the email
 * from `?e=…`. A parameter that is not on the list is never read.
 */
export function allowedParams(list: string | null | undefined, search: string): PrefillValues {
  const query = new URLSearchParams(search);
  const values: PrefillValues = {};
  for (const entry of (list ?? '').split(/[\s,]+/)) {
    const [field, param = field] = entry.split(':');
    const value = field && param ? query.get(param) : null;
    if (value !== null) values[field!] = value;
  }
  return values;
}

/** The prefill for `fields`: attribute, then member, then URL parameters, then property; later sources win field by field. */
export function resolvePrefill(sources: PrefillSources, fields: readonly string[]): PrefillValues {
  const member = sources.member;
  return {
    ...pick(parseJson(sources.attribute), fields),
    ...pick(member && {name: member.memberName, email: member.email, phone: member.phone}, fields),
    ...pick(allowedParams(sources.params, sources.search ?? location.search), fields),
    ...pick(sources.property, fields),
  };
}

/** The sources an element declares; the member is left out with `no-prefill`. */
export function prefillSources(element: PrefillHost, member: MemberSession | null): PrefillSources {
  return {
    attribute: element.getAttribute('prefill'),
    member: element.noPrefill || element.hasAttribute('no-prefill') ? null : member,
    params: element.getAttribute('prefill-params'),
    property: element.prefill,
  };
}

/** What prefill last put in each field, per element: a field still holding it was not typed in. */
const applied = new WeakMap<object, PrefillValues>();
/** What the visitor last typed in each field, per element (see {@link keepTyped}). */
const typed = new WeakMap<object, PrefillValues>();

/**
 * Input handlers for a form that shows the prefill: each keeps what the visitor types (`save`) and
 * remembers it, so no prefill comes back over it, not even into a field they emptied.
 */
export function keepTyped<F extends string>(owner: object, save: (field: F, value: string) => void): (field: F) => (event: Event) => void {
  return (field) => (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!typed.has(owner)) typed.set(owner, {});
    typed.get(owner)![field] = value;
    save(field, value);
  };
}

/**
 * `values` with `prefill` in every field the visitor has not typed in: an empty field, or one still
 * holding what an earlier prefill put there (so a member signing in replaces an attribute's value,
 * but never the visitor's own).
 */
export function fillUntyped<T extends object>(owner: object, values: T, prefill: PrefillValues): T {
  const before = applied.get(owner) ?? {};
  const own = typed.get(owner) ?? {};
  const next = {...values} as Record<string, unknown>;
  for (const [field, value] of Object.entries(prefill)) {
    const current = next[field];
    if (field in own && own[field] === current) continue; // the visitor's own value, an emptied field too
    if (current === undefined || current === '' || current === before[field]) next[field] = before[field] = value;
  }
  applied.set(owner, before);
  return next as T;
}

/** The values a contact, booking, events or shop form shows: `values` with the prefill where the visitor has not typed. */
export function prefilled<T extends object>(element: PrefillHost, member: MemberSession | null, values: T): T {
  return fillUntyped(element, values, resolvePrefill(prefillSources(element, member), PREFILL_FIELDS[element.localName] ?? []));
}
