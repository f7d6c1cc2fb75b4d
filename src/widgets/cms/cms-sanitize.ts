/**
 * Merchant-authored CMS HTML made safe to render (CONTRACT.md §7.10, §9.12). DOMPurify with the
 * HTML profile only (no SVG or MathML), no forms, frames, objects or `<style>`, no `style` attribute;
 * links and media keep only `http(s)`, relative, `mailto:` and `tel:` URLs (`data:` only for
 * images); `target=_blank` links get `rel="noopener noreferrer"`; images load lazily and always have
 * an `alt`; headings move below the element's own heading. Loaded only by the CMS elements.
 */
import DOMPurify from 'dompurify';
import {isSafeLinkUrl} from '../../api/urls.js';
import {fillTemplate, isSafeImageUrl, safeHref, type LinkTemplates} from './cms-links.js';

const purifier = DOMPurify(window);

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'template', 'noscript', 'svg', 'math', 'dialog'];
const FORBID_ATTR = ['style', 'srcset', 'formaction', 'action', 'ping', 'background', 'poster', 'xlink:href', 'autofocus', 'tabindex'];
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'longdesc', 'action', 'data'];


purifier.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const safe = node.localName === 'img' && name === 'src' ? isSafeImageUrl(value) : isSafeLinkUrl(value);
    if (!safe) node.removeAttribute(name);
  }
  for (const attribute of Array.from(node.attributes)) {
    if (/^on/i.test(attribute.name)) node.removeAttribute(attribute.name);
  }
  if (node.localName === 'a') {
    const target = node.getAttribute('target');
    if (target && target !== '_blank' && target !== '_self') node.removeAttribute('target');
    if (node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.localName === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
  }
});

/** A start tag, its attributes' quoted values kept whole (they may hold `>`). */
const START_TAG = /<[a-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^"'>])*>/gi;
/** One attribute of a start tag with its value, if any; a quoted value is consumed whole. */
const ATTRIBUTE = /([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?/g;
/** Attributes that run or style inline. */
const INLINE_ATTRIBUTE_NAME = /^(?:style|on[a-z]+)$/i;

/**
 * Drops `<style>` elements, `style` attributes and event-handler attributes from the text before it
 * is parsed. DOMPurify removes them anyway, but merely parsing them (even in an inert document)
 * makes a page with a strict `style-src`, or (Chromium 156 on) a strict `script-src`, report
 * Content-Security-Policy violations to its owner.
 */
function withoutInlineCode(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '').replace(START_TAG, (tag) => {
    const name = /^<[^\s/>]+/.exec(tag)![0];
    const attributes = tag.slice(name.length).replace(ATTRIBUTE, (attribute, attributeName: string) => (INLINE_ATTRIBUTE_NAME.test(attributeName) ? '' : attribute));
    return name + attributes;
  });
}

/** A link to a CMS page or post as the API writes it in content: `/pages/{slug}`, `/posts/{slug}` (a query or `#hash` may follow). */
const CMS_LINK = /^\/(pages|posts)\/([^/?#]+)\/?(?:\?[^#]*)?(#.*)?$/;

/**
 * Where a link in page or post content goes: a link to a page or post follows the `page-url` or
 * `post-url` template when one is set (its `#hash` kept), as menus and post lists do; every other
 * link, and a template that gives no safe URL, keeps the href as written.
 */
export function contentHref(href: string, links: LinkTemplates): string {
  const match = CMS_LINK.exec(href.trim());
  const template = match && links[match[1] === 'pages' ? 'page' : 'post'];
  if (!match || !template) return href;
  let slug = match[2]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // a malformed escape: the slug as written
  }
  return safeHref(fillTemplate(template, {slug}) + (match[3] ?? '')) ?? href;
}

/** The smallest heading level in an HTML string (1–6), or undefined without headings. */
export function topHeadingIn(html: string): number | undefined {
  let top: number | undefined;
  for (const match of html.matchAll(/<h([1-6])[\s>/]/gi)) top = Math.min(top ?? 6, Number(match[1]));
  return top;
}

/**
 * Safe HTML for `unsafeHTML`. Each heading moves by `shift` levels (clamped to h2–h6), so the
 * content's top heading sits below the element's own; links to pages and posts follow `links`
 * ({@link contentHref}).
 */
export function sanitizeHtml(html: string, shift = 0, links: LinkTemplates = {}): string {
  if (!html.trim()) return '';
  const fragment = purifier.sanitize(withoutInlineCode(html), {
    USE_PROFILES: {html: true},
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  });
  if (!fragment) return '';
  if (shift !== 0) {
    for (const heading of Array.from(fragment.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
      const level = Math.min(6, Math.max(2, Number(heading.localName[1]) + shift));
      const replacement = document.createElement(`h${level}`);
      const id = heading.getAttribute('id');
      if (id) replacement.setAttribute('id', id);
      replacement.append(...Array.from(heading.childNodes));
      heading.replaceWith(replacement);
    }
  }
  if (links.page || links.post) {
    for (const anchor of Array.from(fragment.querySelectorAll('a[href]'))) anchor.setAttribute('href', contentHref(anchor.getAttribute('href')!, links));
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
