import {knownTimeZone, normalizeLocale} from '../i18n/locale.js';

/**
 * Mistakes in a tag, found here and explained in the console by tag-problem-messages.ts, which a page
 * loads only when there is one to explain (a correctly configured page never does). The visitor
 * sees a calm message on the page instead. README "Troubleshooting" lists every message.
 */
export type TagProblem =
  /** `attribute="value"` is not one of `values`; the element uses `fallback`. */
  | {kind: 'value'; attribute: string; value: string; values: readonly string[]; fallback: string}
  | {kind: 'locale'; value: string}
  | {kind: 'time-zone'; value: string}
  /** No company-id or domain, and the page's host cannot name the tenant. */
  | {kind: 'missing-tenant'; host: string}
  | {kind: 'unknown-domain'; host: string}
  | {kind: 'unknown-company'; companyId: string}
  | {kind: 'unreachable'; apiBase: string}
  /** The API found nothing for the value of `attribute` (404 on `operation`). */
  | {kind: 'lookup'; attribute: string; operation: string}
  /** A `return-url` the payment page may not send the customer back to (not https, not this site). */
  | {kind: 'unsafe-return-url'; value: string};

/** Says in the console what is wrong with `element`'s tag and how to fix it, once per element and problem. */
export function reportTagProblem(element: Element, problem: TagProblem): void {
  void import('./tag-problem-messages.js').then(({reportOnce}) => reportOnce(element, problem));
}

/** Attributes with a fixed set of values (by property name), on whichever element has them, and what an unknown value gets. */
const CHOICES: Record<string, readonly [attribute: string, values: readonly string[], fallback: string]> = {
  theme: ['theme', ['inherit', 'light', 'dark', 'auto'], 'light'],
  tokenStorage: ['token-storage', ['local', 'session', 'memory'], 'local'],
  layout: ['layout', ['grid', 'list'], 'grid'],
};

/**
 * Reports attribute values the element does not know (`theme="drak"`, `locale="fr"`). `skip` names
 * a property whose value the element did not get from its own tag.
 */
export function checkAttributeValues(element: Element & Record<string, unknown>, skip?: string): void {
  for (const [property, [attribute, values, fallback]] of Object.entries(CHOICES)) {
    const value = property === skip ? undefined : element[property];
    if (typeof value === 'string' && !values.includes(value)) reportTagProblem(element, {kind: 'value', attribute, value, values, fallback});
  }
  const locale = element.locale;
  if (typeof locale === 'string' && locale && !normalizeLocale(locale)) reportTagProblem(element, {kind: 'locale', value: locale});
  const zone = element.timeZone;
  if (typeof zone === 'string' && zone && !knownTimeZone(zone)) reportTagProblem(element, {kind: 'time-zone', value: zone});
}
