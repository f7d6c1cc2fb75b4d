import {localized} from '@lit/localize';
import type {Page} from '../../api/schemas/cms.js';
import {CmsArticle} from './cms-article.js';
import {ContentFlow, pageFetch} from './cms-flow.js';

declare global {
  interface FavEventMap {
    'fav-page-loaded': FavPageLoadedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-page': FavPage;
  }
}

/** `detail` of `fav-page-loaded`: what a host page needs for its title and meta tags. */
export interface FavPageLoadedDetail {
  id: string;
  slug: string;
  title: string;
  seoTitle: string | null;
  seoDescription: string | null;
}

/**
 * A published CMS page by slug (C2): its title and content. Content arrives as blocks or HTML
 * (every form of the contract); HTML is sanitized with DOMPurify before it is rendered, images load
 * lazily with their alt text, and headings sit below the page title. Links in the content to pages
 * (`/pages/{slug}`) and posts (`/posts/{slug}`) follow the `page-url` and `post-url` templates when
 * set, as `<fav-menu>` and `<fav-posts>` do. A page that does not exist or is
 * not published shows a short notice.
 *
 * @summary A published CMS page.
 * @tagname fav-page
 * @event fav-page-loaded - The page is shown. `detail`: `{id, slug, title, seoTitle, seoDescription}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The element's outer box.
 * @csspart heading - The page title; also `title`.
 * @csspart content - The page content; it inherits the host page's typography.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-danger`.
 * @csspart button - The "Try again" button; also `button-secondary`.
 * @csspart skeleton - The loading placeholder.
 * @cssproperty [--fav-cms-font-family=var(--fav-font-family)] - Font of the content.
 * @cssproperty [--fav-cms-color=var(--fav-color-text, inherit)] - Text colour of the content.
 * @cssproperty [--fav-cms-gap=var(--fav-space-md)] - Space between content blocks.
 * @cssproperty [--fav-cms-link-color=var(--fav-color-primary)] - Colour of links in the content.
 */
@localized()
export class FavPage extends CmsArticle<Page> {
  protected readonly kind = 'page' as const;
  protected static override lookups = {getPage: 'slug'};

  protected readonly flow = new ContentFlow<Page>(
    this,
    {
      failed: (error) => this.reportError(error),
      loaded: (page) => this.emit('fav-page-loaded', {id: String(page.id), slug: page.slug, title: page.title, seoTitle: page.seoTitle, seoDescription: page.seoDescription}),
    },
    pageFetch,
  );
}
