import {property} from 'lit/decorators.js';
import {FavWidget} from '../../context/fav-widget.js';

/** What the CMS elements share: their heading level, the client and error reporting. */
export class CmsElement extends FavWidget {
  /**
   * Level of the element's own heading (2–6, default 2); the content's headings sit below it so the
   * page outline stays sensible.
   */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** @internal */
  get localeName(): string {
    return this.environment?.locale ?? 'en';
  }

  /** @internal */
  get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  /** @internal */
  failed(error: unknown): void {
    this.reportError(error);
  }
}
