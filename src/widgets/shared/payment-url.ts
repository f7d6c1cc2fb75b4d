import {isSafeRedirectUrl} from '../../api/urls.js';

/**
 * A hosted payment page the widget may send the visitor to, from an API answer: `https:` (or `http:`
 * on localhost, for the mock and local development), or this page's own origin.
 */
export function isAllowedPaymentUrl(url: unknown): url is string {
  if (isSafeRedirectUrl(url)) return true;
  if (typeof url !== 'string') return false;
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false; // relative or not a URL
  }
}

/**
 * The page a hosted payment returns to: `wanted` (a widget's `return-url`) when it is https or this
 * site, else this page; `refuse` is told a value it may not use (`javascript:…`, `http://` to
 * another site …).
 */
export function safeReturnUrl(wanted: string | undefined, refuse: (value: string) => void): string {
  if (wanted) {
    try {
      const url = new URL(wanted, location.href);
      if (url.protocol === 'https:' || url.origin === location.origin) return url.href;
    } catch {
      // refused below
    }
    refuse(wanted);
  }
  return location.href.split('#')[0]!;
}
