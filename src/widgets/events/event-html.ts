/**
 * Merchant-authored event HTML (`introduction`, `content`), sanitized before it is rendered: parsed
 * in an inert document (no script runs, nothing loads), then rebuilt from an allowlist of text tags.
 * Attributes are dropped except a checked `href` on links; headings move below the widget's own.
 */
import {isSafeLinkUrl} from '../../api/urls.js';

const KEEP = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'blockquote', 'a', 'h4', 'h5', 'h6']);
const HEADING = new Set(['h1', 'h2', 'h3']);
const DROP = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'img', 'video', 'audio', 'link', 'meta', 'head', 'title']);

function copy(from: Node, to: Node): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (!(child instanceof Element)) continue;
    const tag = child.localName;
    if (DROP.has(tag)) continue;
    if (!KEEP.has(tag) && !HEADING.has(tag)) {
      copy(child, to); // unknown wrapper (div, span, …): keep its text
      continue;
    }
    const element = document.createElement(HEADING.has(tag) ? 'h4' : tag);
    if (tag === 'a') {
      const href = child.getAttribute('href');
      if (href && isSafeLinkUrl(href)) {
        element.setAttribute('href', href);
        element.setAttribute('rel', 'noopener noreferrer');
        element.setAttribute('target', '_blank');
      }
    }
    copy(child, element);
    to.appendChild(element);
  }
}

const cache = new Map<string, string>();

/** Safe HTML for `unsafeHTML`; the same input gives the same string (memoized). */
export function sanitizeHtml(html: string): string {
  let clean = cache.get(html);
  if (clean === undefined) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const container = document.createElement('div');
    copy(parsed.body, container);
    clean = container.innerHTML;
    if (cache.size > 50) cache.clear();
    cache.set(html, clean);
  }
  return clean;
}
