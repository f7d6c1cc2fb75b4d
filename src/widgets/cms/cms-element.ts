import {property} from 'lit/decorators.js';
import {FavWidget} from '../../context/fav-widget.js';

/** What the CMS elements share: their heading level, their locale and the client. */
export class CmsElement extends FavWidget {
  /**
   * Level of the element's own heading (2–6, default 2); the content's headings sit below it so the
   * page outline stays sensible.
   */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** A new locale: the content is read again in it, as when ready (the page and post keep showing meanwhile). */
  protected override localeChanged(): void {
    this.environmentReady();
  }

  /** The locale the content is shown in. */
  protected get localeName(): string {
    return this.environment?.locale ?? 'en';
  }

  /** The element's own heading level, 2–6. */
  protected get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }
}
