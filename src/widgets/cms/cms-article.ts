import {html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {Page, Post} from '../../api/schemas/cms.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {CmsElement} from './cms-element.js';
import type {ContentFlow} from './cms-flow.js';
import {cmsStyles} from './cms.styles.js';
import {renderArticle, renderMissingSlug} from './cms-views.js';

/** What `<fav-page>` and `<fav-post>` share: one item by slug, loaded when the slug is set or changes. */
export abstract class CmsArticle<T extends Page | Post> extends CmsElement {
  static override styles = cmsStyles;

  /** The slug of the page or post to show. */
  @property() slug = '';
  /** Hides the title (the host page shows it); content headings then start at `heading-level`. */
  @property({type: Boolean, attribute: 'hide-title'}) hideTitle = false;
  /** Link of a page linked in the content (`/pages/{slug}`), with `{slug}`, e.g. `/about/{slug}`; the link as written when empty. */
  @property({attribute: 'page-url'}) pageUrl?: string;
  /** Link of a post linked in the content (`/posts/{slug}`), with `{slug}`, e.g. `/blog/{slug}`; the link as written when empty. */
  @property({attribute: 'post-url'}) postUrl?: string;

  protected abstract readonly flow: ContentFlow<T>;
  protected abstract readonly kind: 'page' | 'post';
  /** Moves the focus to the title once the item shows. */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);

  protected override environmentReady(): void {
    if (this.slug) void this.flow.load(this.slug);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('slug') && this.hasUpdated && this.client && this.slug) void this.flow.load(this.slug);
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="cms base-plain">${environment}</div>`;
    if (!this.slug) return html`<div part="base" class="cms">${renderMissingSlug(this.localName)}</div>`;
    return html`<div part="base" class="cms">${renderArticle(this.flow, {
      kind: this.kind,
      level: this.level,
      locale: this.localeName,
      hideTitle: this.hideTitle,
      links: {page: this.pageUrl || undefined, post: this.postUrl || undefined},
    })}</div>`;
  }
}
