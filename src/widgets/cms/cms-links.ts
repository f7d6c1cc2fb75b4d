/**
 * Where a page, post or category link goes: the host page's URL template (`post-url="/blog/{slug}"`)
 * when one is set, else the URL the API gave. Every result is checked: an unsafe URL gives undefined
 * and the item is shown as text.
 */
import type {MenuItem} from '../../api/schemas/cms.js';
import {isSafeLinkUrl} from '../../api/urls.js';

/** URL templates with `{slug}` (and `{id}`), per kind of target. */
export interface LinkTemplates {
  page?: string;
  post?: string;
  category?: string;
}

/** Fills a template; values are URL-encoded. */
export function fillTemplate(template: string, values: {slug: string; id?: string | number | null}): string {
  return template.replace(/\{(slug|id)\}/g, (_, key: 'slug' | 'id') => encodeURIComponent(String(values[key] ?? '')));
}

/**
 * True for an image source: a safe link URL, or a `data:image/…` URL (an image never runs script,
 * not even an SVG one).
 */
export function isSafeImageUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (cleaned.startsWith('data:')) return /^data:image\/[a-z0-9.+-]+[;,]/.test(cleaned);
  return isSafeLinkUrl(url);
}

/** An image `src` from the API, or undefined when it is not safe. */
export function safeImage(url: string | undefined | null): string | undefined {
  const trimmed = url?.trim();
  return trimmed && isSafeImageUrl(trimmed) ? trimmed : undefined;
}

export function safeHref(url: string | undefined | null): string | undefined {
  const trimmed = url?.trim();
  return trimmed && isSafeLinkUrl(trimmed) ? trimmed : undefined;
}

/** The href of a menu item under the templates, or undefined when it has no safe one. */
export function menuItemHref(item: MenuItem, templates: LinkTemplates): string | undefined {
  const kind = item.type;
  const template = kind === 'page' || kind === 'post' || kind === 'category' ? templates[kind as keyof LinkTemplates] : undefined;
  if (template && item.slug) return safeHref(fillTemplate(template, {slug: item.slug, id: item.id}));
  return safeHref(item.url);
}
