/** URL checks for values that come from API responses (CONTRACT.md §9.12, §7.10). */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * True for a redirect target the widgets may navigate to (payment pages, join links): an absolute
 * `https:` URL, or `http:` on localhost (the mock and local development).
 */
export function isSafeRedirectUrl(url: unknown): url is string {
  if (typeof url !== 'string' || !url.trim()) return false;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false; // relative or invalid
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLocalHost(parsed.hostname);
}

/**
 * True for a link or media URL that may be rendered: `http(s)`, site-relative paths, `mailto:` and
 * `tel:`. Never `javascript:`, `data:` or other schemes.
 */
export function isSafeLinkUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  // Browsers ignore control characters and whitespace inside a scheme (`java\nscript:`).
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!cleaned) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (!scheme) return true; // relative (including protocol-relative `//host/…`, which stays http(s))
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}
