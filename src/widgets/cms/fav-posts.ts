import {localized, msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {PostSummary} from '../../api/schemas/cms.js';
import {renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField, renderSelectField} from '../../ui/field.js';
import {formatDate} from '../../ui/format.js';
import {pageSizeOf, renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {CmsElement} from './cms-element.js';
import {PostsFlow} from './cms-flow.js';
import {renderHeading} from './cms-heading.js';
import {fillTemplate, safeHref, safeImage} from './cms-links.js';
import {postsStyles} from './cms.styles.js';

declare global {
  interface FavEventMap {
    'fav-post-selected': FavPostSelectedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-posts': FavPosts;
  }
}

/** `detail` of the cancelable `fav-post-selected`. */
export interface FavPostSelectedDetail {
  id: string;
  slug: string;
  title: string;
  type: string;
  /** The link from `post-url`; absent when the post opens in place. */
  url?: string;
}

/**
 * A list of published posts (C3) with a search box, a category filter (C5) and pages. Each post links
 * to the `post-url` template (`/blog/{slug}`), or, without one, opens in place with "Back to posts".
 *
 * @summary Post list with search, category filter and pages.
 * @tagname fav-posts
 * @event fav-post-selected - Cancelable, when the visitor opens a post. `detail`: `{id, slug, title, type, url?}`; `preventDefault()` stops the navigation (e.g. to route in a single-page app).
 * @event fav-post-loaded - A post opened in place is shown (from the inner `<fav-post>`). `detail`: `{id, slug, type, title, seoTitle, seoDescription, publishedAt}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The element's outer box.
 * @csspart heading - The list heading and each post title's heading.
 * @csspart search - The search and category form; its fields have `field`, `label`, `input`.
 * @csspart post-list - The list of posts.
 * @csspart post-card - One post in the list.
 * @csspart post-link - The link (or button) of a post title.
 * @csspart image - A post's featured image.
 * @csspart meta - A post's date.
 * @csspart excerpt - A post's excerpt.
 * @csspart pager - Previous / Next; also `pager-button`, `pager-status`.
 * @csspart post - The post opened in place (a `<fav-post>`).
 * @csspart content - The content of the post opened in place.
 * @csspart button - Every button; also `button-primary`, `button-secondary`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-danger`.
 * @cssproperty [--fav-cms-font-family=var(--fav-font-family)] - Font of the list and posts.
 * @cssproperty [--fav-cms-color=var(--fav-color-text, inherit)] - Text colour.
 * @cssproperty [--fav-cms-gap=var(--fav-space-md)] - Space between blocks.
 */
@localized()
export class FavPosts extends CmsElement {
  static override styles = postsStyles;

  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /** Where each post links, with `{slug}` (and `{id}`), e.g. `/blog/{slug}`. Without it posts open in place. */
  @property({attribute: 'post-url'}) postUrl?: string;
  /** Only posts of this category (id). */
  @property() category?: string;
  /** Only posts of this type, e.g. `recipe`. */
  @property() type?: string;
  /** Posts per page (default 10). */
  @property({type: Number}) limit = 10;
  /** The list heading; "Posts" when empty. */
  @property() heading?: string;

  private readonly flow = new PostsFlow(this, {failed: (error) => this.reportError(error)});
  private lastOpened = '';
  /** The post opened in place takes the focus when it shows (not when it shows again in a new locale). */
  private focusPost = false;

  protected override environmentReady(): void {
    void this.flow.start(this.category ?? '', this.type ?? '', pageSizeOf(this.limit, 10));
  }

  protected override localeChanged(): void {
    this.flow.reread();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.client && (changed.has('category') || changed.has('type') || changed.has('limit'))) this.environmentReady();
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const search = (form.elements.namedItem('search') as HTMLInputElement).value;
    const category = (form.elements.namedItem('category') as HTMLSelectElement | null)?.value ?? this.flow.query.categoryId;
    void this.flow.search(search, category);
  }

  private hrefOf(post: PostSummary): string | undefined {
    return this.postUrl ? safeHref(fillTemplate(this.postUrl, {slug: post.slug, id: post.id})) : undefined;
  }

  private select(event: Event, post: PostSummary, url: string | undefined): void {
    const proceed = this.emit('fav-post-selected', {id: String(post.id), slug: post.slug, title: post.title, type: post.type, ...(url ? {url} : {})}, {cancelable: true});
    if (!proceed) {
      event.preventDefault();
      return;
    }
    if (url) return; // the link navigates
    this.lastOpened = post.slug;
    this.focusPost = true;
    this.flow.open(post.slug);
  }

  private async back(): Promise<void> {
    this.flow.back();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-slug="${CSS.escape(this.lastOpened)}"]`)?.focus();
  }

  private async postLoaded(event: Event): Promise<void> {
    if (!this.focusPost) return;
    this.focusPost = false;
    const post = event.currentTarget as HTMLElement & {updateComplete: Promise<unknown>};
    await post.updateComplete;
    post.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  private renderCard(post: PostSummary) {
    const locale = this.localeName;
    const url = this.hrefOf(post);
    const image = safeImage(post.featuredImage);
    const title = url
      ? html`<a part="post-link" class="card-link" href=${url} data-slug=${post.slug} @click=${(event: Event) => this.select(event, post, url)}>${post.title}</a>`
      : html`<button part="post-link" class="card-link" type="button" data-slug=${post.slug} @click=${(event: Event) => this.select(event, post, undefined)}>${post.title}</button>`;
    return html`<li part="post-card" class="card">
      ${image ? html`<img part="image" class="card-image" src=${image} alt="" loading="lazy" decoding="async" />` : nothing}
      <div class="card-body">
        ${renderHeading(this.level + 1, title, {part: 'heading', className: 'card-title'})}
        ${post.publishedAt
          ? html`<p part="meta" class="meta muted"><time datetime=${String(post.publishedAt)}>${formatDate(post.publishedAt, locale, {dateStyle: 'long'})}</time></p>`
          : nothing}
        ${post.excerpt ? html`<p part="excerpt" class="card-text">${post.excerpt}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderList() {
    const flow = this.flow;
    const categories = flow.categories;
    const shown = flow.shown;
    const pagination = flow.pagination;
    const form = html`<form part="search" class="search" role="search" @submit=${(event: SubmitEvent) => this.search(event)}>
      ${renderField({
        id: 'search',
        name: 'search',
        type: 'text',
        inputmode: 'search',
        label: msg('Search posts', {id: 'cms.posts.search', desc: 'Label of the post search box'}),
        value: flow.query.search,
        onInput: (event) => flow.searchTyped((event.target as HTMLInputElement).value),
      })}
      ${categories.length
        ? renderSelectField({
            id: 'category',
            name: 'category',
            label: msg('Category', {id: 'cms.posts.category', desc: 'Label of the post category filter'}),
            placeholder: msg('All categories', {id: 'cms.posts.all-categories', desc: 'Category filter option that shows every post'}),
            value: flow.query.categoryId,
            options: categories.map((category) => ({value: String(category.id), label: category.name})),
            onChange: (event) => flow.categoryChosen((event.target as HTMLSelectElement).value),
          })
        : nothing}
      ${renderButton({label: msg('Search', {id: 'cms.posts.search-button', desc: 'Button that runs the post search'}), type: 'submit', busy: flow.busy})}
    </form>`;
    let results;
    if (!shown) {
      results = flow.step === 'error' ? renderErrorBanner(flow.error, () => void flow.retry()) : renderSkeleton(['card', 'card']);
    } else {
      results = html`${flow.error ? renderErrorBanner(flow.error, () => void flow.retry()) : nothing}
        ${flow.posts.length
          ? html`<ul part="post-list" class="card-list" aria-busy=${flow.busy ? 'true' : 'false'}>${flow.posts.map((post) => this.renderCard(post))}</ul>`
          : html`<p class="empty" role="status">
              ${shown.search.trim()
                ? msg(str`No posts match “${shown.search.trim()}”.`, {id: 'cms.posts.no-match', desc: 'Empty search result of the post list'})
                : msg('There are no posts yet.', {id: 'cms.posts.empty', desc: 'The post list has no posts'})}
            </p>`}
        ${pagination
          ? renderPager({
              page: pagination.page,
              totalPages: pagination.totalPages,
              hasNext: pagination.hasNext,
              hasPrev: pagination.hasPrev,
              busy: flow.busy,
              onPage: (page) => void flow.fetchPage(page),
            })
          : nothing}`;
    }
    return html`${renderHeading(this.level, this.heading || msg('Posts', {id: 'cms.posts.heading', desc: 'Default heading of the post list'}), {part: 'heading', className: 'step-heading', focusable: true})}
      ${form} ${results}`;
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="cms">${environment}</div>`;
    if (this.flow.step === 'post') {
      return html`<div part="base" class="cms">
        ${renderButton({label: msg('Back to posts', {id: 'cms.posts.back', desc: 'Button from a post opened in place back to the post list'}), onClick: () => void this.back()})}
        <fav-post
          part="post"
          exportparts="heading, title, content, meta, categories, image, banner, button"
          slug=${this.flow.openSlug}
          heading-level=${this.level}
          @fav-post-loaded=${(event: Event) => void this.postLoaded(event)}
        ></fav-post>
      </div>`;
    }
    return html`<div part="base" class="cms">${this.renderList()}</div>`;
  }
}
