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
