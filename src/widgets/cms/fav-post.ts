import {localized} from '@lit/localize';
import type {Post} from '../../api/schemas/cms.js';
import {CmsArticle} from './cms-article.js';
import {ContentFlow, postFetch} from './cms-flow.js';

declare global {
  interface FavEventMap {
    'fav-post-loaded': FavPostLoadedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-post': FavPost;
  }
}

/** `detail` of `fav-post-loaded`: what a host page needs for its title and meta tags. */
export interface FavPostLoadedDetail {
  id: string;
  slug: string;
  /** Post type, e.g. `blog_post`. */
  type: string;
  title: string;
  /** ISO date-time. */
  publishedAt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
}

/**
 * A published post by slug (C4): its title, date, categories, featured image and content. Content arrives as blocks or HTML
 * (every form of the contract); HTML is sanitized with DOMPurify before it is rendered, images load
 * lazily with their alt text, and headings sit below the post title. Links in the content to pages
 * (`/pages/{slug}`) and posts (`/posts/{slug}`) follow the `page-url` and `post-url` templates when
 * set, as `<fav-menu>` and `<fav-posts>` do. A post that does not exist, is
 * not published or is scheduled shows a short notice.
 *
 * @summary A published blog post (or another post type).
 * @tagname fav-post
 * @event fav-post-loaded - The post is shown. `detail`: `{id, slug, type, title, seoTitle, seoDescription, publishedAt}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The element's outer box.
 * @csspart heading - The post title; also `title`.
 * @csspart meta - The publication date.
 * @csspart categories - The post's categories.
 * @csspart image - The featured image.
 * @csspart content - The post content; it inherits the host page's typography.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-danger`.
 * @csspart button - The "Try again" button; also `button-secondary`.
 * @csspart skeleton - The loading placeholder.
 * @cssproperty [--fav-cms-font-family=var(--fav-font-family)] - Font of the content.
 * @cssproperty [--fav-cms-color=var(--fav-color-text, inherit)] - Text colour of the content.
 * @cssproperty [--fav-cms-gap=var(--fav-space-md)] - Space between content blocks.
 * @cssproperty [--fav-cms-link-color=var(--fav-color-primary)] - Colour of links in the content.
 */
@localized()
export class FavPost extends CmsArticle<Post> {
  protected readonly kind = 'post' as const;
  protected static override lookups = {getPost: 'slug'};

  protected readonly flow = new ContentFlow<Post>(
    this,
    {
      failed: (error) => this.reportError(error),
      loaded: (post) =>
        this.emit('fav-post-loaded', {id: String(post.id), slug: post.slug, type: post.type, title: post.title, seoTitle: post.seoTitle, seoDescription: post.seoDescription, publishedAt: post.publishedAt ? String(post.publishedAt) : null}),
    },
    postFetch,
  );
}
