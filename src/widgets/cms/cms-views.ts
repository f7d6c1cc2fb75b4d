/** The shared views of `<fav-page>` and `<fav-post>`: loading, missing, failed, and the article. */
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {Page, Post} from '../../api/schemas/cms.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {formatDate} from '../../ui/format.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import type {ContentFlow} from './cms-flow.js';
import {renderHeading} from './cms-heading.js';
import {safeImage, type LinkTemplates} from './cms-links.js';

export interface ArticleOptions {
  kind: 'page' | 'post';
  level: number;
  locale: string;
  hideTitle: boolean;
  /** `page-url` and `post-url`: where links in the content to pages and posts go. */
  links: LinkTemplates;
}

export function renderArticle<T extends Page | Post>(flow: ContentFlow<T>, options: ArticleOptions): TemplateResult {
  const {kind, level, locale, hideTitle, links} = options;
  if (flow.step === 'loading') return renderSkeleton(['heading', 'line', 'line', 'line']);
  if (flow.step === 'not-found') {
    return renderBanner({
      tone: 'info',
      message:
        kind === 'page'
          ? msg('This page is not available.', {id: 'cms.page.not-found', desc: 'A CMS page that does not exist or is not published'})
          : msg('This post is not available.', {id: 'cms.post.not-found', desc: 'A blog post that does not exist or is not published'}),
    });
  }
  const item = flow.item;
  if (flow.step === 'error' || !item || !flow.renderer || !flow.content) return html`${renderErrorBanner(flow.error, () => void flow.retry())}`;
  const post = 'categories' in item ? (item as Post) : undefined;
  const image = safeImage(item.featuredImage);
  const body = flow.renderer.renderContent(flow.content, hideTitle ? level - 1 : level, locale, links);
  return html`<article class="article" aria-labelledby=${hideTitle ? nothing : 'cms-title'}>
    ${flow.error ? renderErrorBanner(flow.error, () => void flow.retry()) : nothing}
    ${hideTitle ? nothing : renderHeading(level, item.title, {part: 'heading title', id: 'cms-title', className: 'title', focusable: true})}
    ${post?.publishedAt
      ? html`<p part="meta" class="meta">
          <time datetime=${String(post.publishedAt)}>${formatDate(post.publishedAt, locale, {dateStyle: 'long'})}</time>
        </p>`
      : nothing}
    ${post?.categories.length
      ? html`<ul part="categories" class="categories" aria-label=${msg('Categories', {id: 'cms.post.categories', desc: 'Accessible name of the list of categories of a post'})}>
          ${post.categories.map((category) => html`<li>${category.name}</li>`)}
        </ul>`
      : nothing}
    ${image && kind === 'post' ? html`<img part="image" class="featured" src=${image} alt="" loading="lazy" decoding="async" />` : nothing}
    <div part="content" class="content">${body}</div>
  </article>`;
}

export function renderMissingSlug(tag: string): TemplateResult {
  return renderBanner({
    tone: 'danger',
    message: msg(`This element is not set up: add a slug attribute.`, {id: 'cms.missing-slug', desc: 'Configuration error for site owners: a CMS page or post element without a slug'}) + ` (<${tag}>)`,
  });
}
