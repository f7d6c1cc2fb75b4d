/**
 * The promotion code of a create call (the shop's order D8, a booking A6, an event registration C9),
 * apart from its markup (ui/promotion-field.ts): what the visitor typed, the code sent, and why the
 * server refused it. None of the 51 operations checks a code on its own, so "Apply" keeps the code
 * and the create sends it: the server's answer carries the discount, or refuses the code.
 *
 * The page may give a code (campaign links): the `promotion-code` attribute, over which the `?promo=`
 * URL parameter wins (README "Prefill"). It shows as applied until the visitor applies, removes or
 * opens the field themselves; from then on only their choice counts.
 *
 * Loaded with the later steps of the shop, booking and events: never in a first view.
 */
import type {FavApiError} from '../../api/errors.js';

/** The URL parameter of a campaign link's code: `?promo=WELCOME10`. */
export const PROMO_PARAM = 'promo';

/** The element a code is for: its `promotion-code` attribute and shadow root. */
export interface PromotionHost {
  getAttribute(name: string): string | null;
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** The code the page gives: `?promo=` (from `search`, default the page's), else the `promotion-code` attribute; '' for none. */
export function pageCode(element: Pick<PromotionHost, 'getAttribute'>, search = location.search): string {
  return new URLSearchParams(search).get(PROMO_PARAM)?.trim() || element.getAttribute('promotion-code')?.trim() || '';
}

/**
 * Whether the server refused the promotion code: a 4xx (not 401, 408 or 429, which are about the
 * session or the timing) with the code `INVALID_PROMOTION_CODE` (or another naming a promotion), or a
 * field error for `promotionCode` (`details.fields.promotionCode`, or `details.field`).
 */
export function refusesPromotionCode(error: FavApiError): boolean {
  if (error.kind !== 'http' || error.status < 400 || error.status > 499 || [401, 408, 429].includes(error.status)) return false;
  const details = (error.details ?? {}) as {fields?: unknown; field?: unknown};
  const fields = details.fields && typeof details.fields === 'object' ? (details.fields as Record<string, unknown>) : {};
  return /PROMO/i.test(error.code ?? '') || 'promotionCode' in fields || details.field === 'promotionCode';
}

/** What is wrong with the field: nothing typed before "Apply", or the server refused the code. */
export type PromotionProblem = 'empty' | 'refused';

/** Which control gets focus after a change: the text field, the "Remove" button or the "Have a code?" link. */
type Target = 'input' | 'remove' | 'open';

/**
 * One widget's promotion code, owned here and changed only by the methods below (each re-renders the
 * element). The field's id in the shadow root is `promotionCode`.
 */
export class PromotionCode {
  /** The field is open: a text field with "Apply" (after "Have a promotion code?", or a refusal). */
  editing = false;
  /** What the text field holds. */
  draft = '';
  problem?: PromotionProblem;
  /** The visitor chose (opened, applied or removed): the page's code no longer counts. */
  private chosen = false;
  /** The code the visitor applied ('' for none); only read once they chose. */
  private applied = '';

  constructor(private readonly host: PromotionHost) {}

  /** The code sent with the create: the visitor's, else the page's; '' for none. */
  get code(): string {
    return this.chosen ? this.applied : pageCode(this.host);
  }

  private set(patch: Partial<Pick<PromotionCode, 'editing' | 'draft' | 'problem'>> & {applied?: string}, focus?: Target): void {
    const {applied, ...rest} = patch;
    Object.assign(this, rest);
    if (applied !== undefined) this.applied = applied;
    this.chosen = true;
    this.host.requestUpdate();
    if (focus) void this.focus(focus);
  }

  /** Moves focus to the field's input, its "Remove" button or the "Have a promotion code?" link, once rendered. */
  async focus(target: Target): Promise<void> {
    await this.host.updateComplete;
    const selector = target === 'input' ? '#promotionCode' : `[data-promotion="${target}"]`;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** "Have a promotion code?": the text field opens, with focus. */
  open(): void {
    this.set({editing: true, draft: '', problem: undefined, applied: ''}, 'input');
  }

  /** The visitor typed in the field (no re-render: the input shows it). */
  typed(value: string): void {
    this.draft = value;
  }

  /** "Apply": the typed code is sent with the create; nothing typed says so beside the field. */
  apply(): void {
    const code = this.draft.trim();
    if (!code) this.set({problem: 'empty'}, 'input');
    else this.set({editing: false, applied: code, draft: code, problem: undefined}, 'remove');
  }

  /** "Remove": no code is sent; focus goes to "Have a promotion code?". */
  remove(): void {
    this.set({editing: false, applied: '', draft: '', problem: undefined}, 'open');
  }

  /**
   * The code to send now: a code typed in the open field counts as applied (the visitor pressed the
   * step's button instead of "Apply"); a refused one is sent again, and refused again, until changed
   * or removed.
   */
  commit(): string {
    const typed = this.draft.trim();
    if (this.editing && typed) this.set({editing: false, applied: typed, problem: undefined});
    return this.code;
  }

  /** The server refused `code`: the field opens with it and the message beside it, and takes focus. Nothing else the visitor typed changes. */
  refused(code: string): Promise<void> {
    this.set({editing: true, draft: code, applied: '', problem: 'refused'});
    return this.focus('input');
  }
}
