/**
 * Page and post content as the API sends it (CONTRACT.md §7.10): blocks (an array, a JSON string, a
 * legacy `{blocks}` object) or HTML, rendered with every HTML value sanitized and every URL checked.
 * Text fields are rendered as text. Unknown block types are skipped. Loaded lazily, with DOMPurify,
 * the first time a CMS element shows content.
 */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import type {RawBlocks} from '../../api/schemas/cms.js';
import {isSafeLinkUrl} from '../../api/urls.js';
import {formatNumber} from '../../ui/format.js';
import {renderHeading} from './cms-heading.js';
import {isSafeImageUrl, type LinkTemplates} from './cms-links.js';
import {contentHref, sanitizeHtml, topHeadingIn} from './cms-sanitize.js';

export {sanitizeHtml};
export {renderedContentStyles} from './cms-content.styles.js';

type Data = Record<string, unknown>;
export interface Block {
  type: string;
  data: Data;
}

export type Content = {kind: 'blocks'; blocks: Block[]} | {kind: 'html'; html: string} | {kind: 'empty'};

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function blocksOf(array: unknown[]): Block[] {
  return array.filter(isRecord).flatMap((block) => (typeof block.type === 'string' ? [{type: block.type, data: isRecord(block.data) ? block.data : {}}] : []));
}

/** The forms of §7.10, in its order; `content` / `html` fields are the HTML fallback. */
export function contentOf(item: {blocks: RawBlocks; content?: string | null; html?: string | null}): Content {
  const raw = item.blocks;
  if (Array.isArray(raw) && raw.length) return {kind: 'blocks', blocks: blocksOf(raw)};
  if (isRecord(raw) && Array.isArray(raw.blocks)) return {kind: 'blocks', blocks: blocksOf(raw.blocks)};
  if (typeof raw === 'string' && raw.trim()) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (Array.isArray(parsed)) return {kind: 'blocks', blocks: blocksOf(parsed)};
        if (isRecord(parsed) && Array.isArray(parsed.blocks)) return {kind: 'blocks', blocks: blocksOf(parsed.blocks)};
      } catch {
        // not JSON: HTML
      }
    }
    return {kind: 'html', html: raw};
  }
  const fallback = item.html || item.content;
  return fallback && fallback.trim() ? {kind: 'html', html: fallback} : {kind: 'empty'};
}

/** The top heading level used by the content, to place it below the element's heading. */
function topHeading(blocks: Block[]): number | undefined {
  let top: number | undefined;
  const see = (level: number | undefined) => {
    if (level !== undefined) top = Math.min(top ?? 6, level);
  };
  for (const block of blocks) {
    if (block.type === 'heading') see(Math.min(6, Math.max(1, Number(block.data.level) || 2)));
    if (block.type === 'paragraph' || block.type === 'html') see(topHeadingIn(text(block.data.html)));
    if (block.type === 'columns' && Array.isArray(block.data.columns)) {
      for (const column of block.data.columns) if (isRecord(column) && Array.isArray(column.blocks)) see(topHeading(blocksOf(column.blocks)));
    }
  }
  return top;
}

interface RenderContext {
  shift: number;
  locale: string;
  /** The element's `page-url` and `post-url`: links to pages and posts follow them. */
  links: LinkTemplates;
}

const safe = (value: unknown, {shift, links}: RenderContext) => unsafeHTML(sanitizeHtml(text(value), shift, links));

function heading(level: number, content: string, anchor?: string) {
  const id = anchor && /^[A-Za-z][\w-]*$/.test(anchor) ? anchor : undefined;
  return renderHeading(level, content, {id});
}

function image(url: unknown, alt: unknown, caption: unknown, width?: unknown, height?: unknown) {
  const src = text(url);
  if (!src || !isSafeImageUrl(src)) return nothing;
  const w = Number(width) || undefined;
  const h = Number(height) || undefined;
  return html`<figure class="cms-figure">
    <img src=${src} alt=${text(alt)} loading="lazy" decoding="async" width=${w ?? nothing} height=${h ?? nothing} />
    ${text(caption) ? html`<figcaption>${text(caption)}</figcaption>` : nothing}
  </figure>`;
}

function link(href: string, label: string, newTab: boolean, className = '') {
  if (!isSafeLinkUrl(href)) return html`<span class=${className}>${label}</span>`;
  return newTab
    ? html`<a class=${className} href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`
    : html`<a class=${className} href=${href}>${label}</a>`;
}

function disclosure(items: unknown, titleKey: string, bodyKey: string, context: RenderContext) {
  if (!Array.isArray(items)) return nothing;
  return html`${items.filter(isRecord).map(
    (item) => html`<details class="cms-details">
      <summary>${text(item[titleKey])}</summary>
      <div class="cms-details-body">${safe(item[bodyKey], context)}</div>
    </details>`,
  )}`;
}

function renderBlock(block: Block, context: RenderContext, nested = false): TemplateResult | typeof nothing {
  const {data} = block;
  const {shift} = context;
  const safeIn = (value: unknown) => safe(value, context);
  switch (block.type) {
    case 'paragraph':
      return typeof data.html === 'string' ? html`<div class="cms-paragraph">${safeIn(data.html)}</div>` : html`<p>${text(data.text)}</p>`;
    case 'html':
      return html`<div class="cms-html">${safeIn(data.html)}</div>`;
    case 'heading':
      return heading((Number(data.level) || 2) + shift, text(data.text), text(data.anchor));
    case 'image': {
      const file = isRecord(data.file) ? data.file.url : undefined;
      return image(data.url ?? data.src ?? file, data.alt, data.caption, data.width, data.height);
    }
    case 'list': {
      const items = Array.isArray(data.items) ? data.items.map((item) => html`<li>${safeIn(isRecord(item) ? item.content : item)}</li>`) : [];
      return data.ordered === true || data.style === 'ordered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'quote':
      return html`<figure class="cms-quote">
        <blockquote><p>${text(data.text)}</p></blockquote>
        ${text(data.cite) ? html`<figcaption>${text(data.cite)}</figcaption>` : nothing}
      </figure>`;
    case 'code':
      return html`<pre class="cms-code"><code>${text(data.code)}</code></pre>`;
    case 'divider':
      return html`<hr />`;
    case 'callout':
      return html`<div class="cms-callout ${['info', 'success', 'warning', 'danger', 'note'].includes(text(data.tone)) ? text(data.tone) : 'note'}" role="note">
        ${text(data.title) ? html`<p class="cms-callout-title">${text(data.title)}</p>` : nothing}
        <div>${safeIn(data.body)}</div>
      </div>`;
    case 'faq':
      return html`<div class="cms-faq">
        ${text(data.title) ? html`<p class="cms-callout-title">${text(data.title)}</p>` : nothing}${disclosure(data.items, 'question', 'answer', context)}
      </div>`;
    case 'accordion':
      return html`<div class="cms-accordion">${disclosure(data.items, 'title', 'body', context)}</div>`;
    case 'gallery':
      return Array.isArray(data.images)
        ? html`<div class="cms-gallery">${data.images.filter(isRecord).map((item) => image(item.url, item.alt, item.caption))}</div>`
        : nothing;
    case 'cta': {
      const href = text(data.href);
      const style = text(data.style) === 'primary' ? 'primary' : 'secondary';
      return html`<p class="cms-cta">${link(contentHref(href, context.links), text(data.label), data.openInNewTab === true, `button ${style}`)}</p>`;
    }
    case 'file': {
      const label = text(data.displayName) || text(data.originalName) || text(data.url);
      const size = Number(data.sizeBytes);
      const kb = size > 0 ? ` (${formatNumber(Math.max(1, Math.round(size / 1024)), context.locale)} KB)` : '';
      return html`<p class="cms-file">${link(text(data.url), label + kb, false)}</p>`;
    }
    case 'youtube':
    case 'embed': {
      const videoId = text(data.videoId);
      const url = block.type === 'youtube' && /^[\w-]{6,20}$/.test(videoId) ? `https://www.youtube.com/watch?v=${videoId}` : text(data.url);
      if (!/^https:\/\//i.test(url)) return nothing;
      const title = text(data.title);
      const label = title
        ? msg(str`Watch “${title}”`, {id: 'cms.video.watch-titled', desc: 'Link to an embedded video, with its title'})
        : msg('Open the video', {id: 'cms.video.watch', desc: 'Link to an embedded video without a title'});
      return html`<p class="cms-embed">${link(url, label, true)}</p>`;
    }
    case 'columns':
      if (nested || !Array.isArray(data.columns)) return nothing;
      return html`<div class="cms-columns">
        ${data.columns.filter(isRecord).map((column) => html`<div class="cms-column">${blocksOf(Array.isArray(column.blocks) ? column.blocks : []).map((inner) => renderBlock(inner, context, true))}</div>`)}
      </div>`;
    default:
      return nothing; // unknown types are skipped (forward compatibility)
  }
}

/** The content under an element heading of `headingLevel`; nothing when there is none. Links to pages and posts follow `links`. */
export function renderContent(content: Content, headingLevel: number, locale: string, links: LinkTemplates = {}): TemplateResult | typeof nothing {
  if (content.kind === 'empty') return nothing;
  if (content.kind === 'html') {
    const top = topHeadingIn(content.html);
    return html`${unsafeHTML(sanitizeHtml(content.html, top === undefined ? 0 : headingLevel + 1 - top, links))}`;
  }
  const top = topHeading(content.blocks);
  const context: RenderContext = {shift: top === undefined ? 0 : headingLevel + 1 - top, locale, links};
  return html`${content.blocks.map((block) => renderBlock(block, context))}`;
}
