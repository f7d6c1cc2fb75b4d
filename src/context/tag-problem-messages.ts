import type {TagProblem} from './tag-problems.js';

/** The element's tag as the site owner wrote it, with the attributes that matter here. */
function tagOf(element: Element, ...attributes: string[]): string {
  const shown = attributes.filter((name) => element.hasAttribute(name)).map((name) => ` ${name}="${element.getAttribute(name)}"`);
  return `<${element.localName}${shown.join('')}>`;
}

/**
 * The console message for a mistake in a tag: what is wrong, and what to change. English only: it is
 * for the site owner's developer tools, not for visitors. Loaded only on a page with a mistake.
 */
export function describeTagProblem(element: Element, problem: TagProblem): string {
  switch (problem.kind) {
    case 'value':
      return `${tagOf(element, problem.attribute)}: "${problem.value}" is not a ${problem.attribute} value; use ${problem.values.join(', ')} (using ${problem.fallback}).`;
    case 'locale':
      return `${tagOf(element, 'locale')}: "${problem.value}" is not a supported locale; use en or zh-Hant (using the page's language).`;
    case 'time-zone':
      return `${tagOf(element, 'time-zone')}: "${problem.value}" is not a time zone this browser knows; use an IANA name such as Asia/Hong_Kong (using the zone the API names, else the times' own offset).`;
    case 'missing-tenant':
      return element.localName === 'fav-provider'
        ? `${tagOf(element)} has no company-id or domain, and the tenant cannot be found from this host ("${problem.host}"). Set company-id (from your FavCRM settings).`
        : `${tagOf(element)} is not inside a <fav-provider> and has no company-id or domain. Put it inside <fav-provider company-id="…">, or set company-id on it.`;
    case 'unknown-domain':
      return element.hasAttribute('domain')
        ? `${tagOf(element, 'domain')}: "${problem.host}" is not a FavCRM storefront domain (resolve-domain answered 404). Check the domain, or set company-id instead.`
        : `${tagOf(element)} has no company-id or domain, and this page's host "${problem.host}" is not a FavCRM storefront domain. Set company-id (from your FavCRM settings).`;
    case 'unknown-company':
      return `${tagOf(element, 'company-id')}: FavCRM has no company "${problem.companyId}" (the API answered 404 COMPANY_NOT_FOUND). Copy the company id from your FavCRM settings.`;
    case 'unreachable':
      return `${tagOf(element, 'api-base')}: could not reach ${problem.apiBase} from this page. If that address is right and the API is up, it must allow this page's origin (${location.origin}) in its CORS settings, with the headers X-Company-Id, Authorization, Accept-Language and Idempotency-Key.`;
    case 'lookup':
      return `${tagOf(element, problem.attribute)}: the API found nothing for this ${problem.attribute} (404 on ${problem.operation}). Check the value, or remove the attribute.`;
    case 'unsafe-return-url':
      return `${tagOf(element, 'return-url')}: refused, the payment page may only send the customer back to an https address or a page of this site (${location.origin}). It returns to this page instead.`;
  }
}

const told = new WeakMap<Element, Set<string>>();

/** Logs `problem` of `element` once per element and problem (tag-problems.ts `reportTagProblem`). */
export function reportOnce(element: Element, problem: TagProblem): void {
  const key = JSON.stringify(problem);
  let problems = told.get(element);
  if (!problems) told.set(element, (problems = new Set()));
  if (problems.has(key)) return;
  problems.add(key);
  console.error(`fav-widgets: ${describeTagProblem(element, problem)}`, element);
}
