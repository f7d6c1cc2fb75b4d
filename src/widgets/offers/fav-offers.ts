import {localized, msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Offer, Redemption} from '../../api/schemas/loyalty.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {pageSizeOf} from '../../ui/pager.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import {offersStyles} from './fav-offers.styles.js';
import {OffersFlow, type OffersTab} from './offers-flow.js';
import {renderListStep, renderOffers, renderTiers, type ViewContext} from './offers-views.js';

type Steps = typeof import('./offers-steps.js');

declare global {
  interface FavEventMap {
    'fav-before-redeem': FavBeforeRedeemDetail;
    'fav-offer-redeemed': FavOfferRedeemedDetail;
    'fav-gift-claimed': FavGiftClaimedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-offers': FavOffers;
  }
}

/** `detail` of the cancelable `fav-before-redeem`. */
export interface FavBeforeRedeemDetail {
  /** The offer as the API last returned it. */
  offer: Offer;
  quantity: number;
}

/** `detail` of `fav-offer-redeemed`. */
export interface FavOfferRedeemedDetail {
  offer: Offer;
  quantity: number;
  /** One redemption per unit, as the API returned them (status, coupon code, expiry, remarks). */
  redemptions: Redemption[];
}

/** `detail` of `fav-gift-claimed`. */
export interface FavGiftClaimedDetail {
  /** The redemption as the API returned it. */
  redemption: Redemption;
  /** The claim token, when the gift was claimed from a link. */
  claimToken?: string;
  /** The offer id, when a signed-in member claimed a free offer by its id. */
  offerId?: string;
}

/** Loads `<fav-login>` for the sign-in box; its code stays out of this widget's chunk. */
const loadLogin = () => import('../../entries/login.js');

const DEFAULT_PAGE_SIZE = 12;
const LIST_STEPS: ReadonlySet<string> = new Set(['offers', 'tiers', 'redemptions']);

/**
 * Loyalty for members: gift offers (image, name, cost in points or stamps, value, validity, stock)
 * → an offer's detail → redeem a quantity after a confirmation, with the coupon code and what to do
 * next; the membership tiers with their benefits (the member's own highlighted when the offers show
 * it); the member's redemptions with their status. A claim token from the `claim-token` attribute
 * or the page URL opens the claim flow; a signed-in member can also claim a free offer. Signed out,
 * the visitor browses and signs in in place when they want to redeem or claim.
 *
 * @summary Gift offers, membership tiers, redemptions and gift claims.
 * @tagname fav-offers
 * @event fav-before-redeem - Cancelable, before an offer is redeemed. `detail`: `{offer, quantity}`; `preventDefault()` stops the redeem (the member is told it cannot be redeemed here).
 * @event fav-offer-redeemed - The member redeemed an offer. `detail`: `{offer, quantity, redemptions}` (one redemption per unit, as the API returned them).
 * @event fav-gift-claimed - The member claimed a gift. `detail`: `{redemption, claimToken?, offerId?}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The step heading.
 * @csspart tabs - The Gift offers / Membership tiers / My redemptions switch; each is a `tab`, the chosen one also `tab-selected`.
 * @csspart offer-list - The list of gift offers.
 * @csspart offer-card - One gift offer in the list.
 * @csspart offer-button - An offer's name, which opens it.
 * @csspart offer-image - An offer's image.
 * @csspart cost - An offer's cost in points or stamps.
 * @csspart stock - How many of an offer there are (in total, per member).
 * @csspart reason - Why the offer cannot be redeemed (ended, sold out; for a member also tier, limit, points).
 * @csspart tier-list - The list of membership tiers.
 * @csspart tier - One tier; the member's own also `tier-current`.
 * @csspart badge - "Your tier" or "Popular" on a tier.
 * @csspart benefits - A tier's benefits.
 * @csspart price - A tier's price.
 * @csspart summary - An offer's or redemption's details.
 * @csspart terms - An offer's terms and conditions.
 * @csspart form - The quantity form.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `hint`, `error`.
 * @csspart redemption-list - Redemptions (the result of a redeem, or the member's list).
 * @csspart redemption - One redemption.
 * @csspart status - A redemption's status; also `status-valid`, `status-fulfilled`, `status-used`, `status-expired`, `status-voided`, `status-other`.
 * @csspart coupon-code - A redemption's coupon code.
 * @csspart next-steps - What to do with a redeemed gift (pick-up or usage instructions).
 * @csspart claim-code - The claim code from the link.
 * @csspart login - The sign-in box (`<fav-login>`); its own base is `login-base`.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart pager - The list pages; also `pager-button`, `pager-status`.
 * @csspart skeleton - Placeholders while something loads.
 */
@localized()
export class FavOffers extends FavWidget {
  static override styles = offersStyles;

  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /** A gift claim token (e.g. from a campaign): opens the claim flow. */
  @property({attribute: 'claim-token'}) claimToken?: string;
  /** The page URL parameter that carries a claim token. Once that gift is claimed, the parameter is removed from the page URL (other parameters and the hash stay), so a reload shows the offers instead of "already claimed". */
  @property({attribute: 'claim-param'}) claimParam = 'claim';
  /** Open this offer (its id) first instead of the list. */
  @property({attribute: 'offer-id'}) offerId?: string;
  /** Offers and redemptions per page (1–100). */
  @property({type: Number, attribute: 'page-size'}) pageSize = DEFAULT_PAGE_SIZE;

  private readonly flow = new OffersFlow(this, {
    failed: (error) => this.reportError(error),
    signedIn: () => this.member !== null,
    listLimit: () => pageSizeOf(this.pageSize, DEFAULT_PAGE_SIZE),
    beforeRedeem: (offer, quantity) => this.emit('fav-before-redeem', {offer, quantity}, {cancelable: true}),
    offerRedeemed: (offer, quantity, redemptions) => this.emit('fav-offer-redeemed', {offer, quantity, redemptions}),
    giftClaimed: (redemption, claim) => {
      if (claim.claimToken) this.steps?.forgetClaimParam(this.claimParam, claim.claimToken);
      this.emit('fav-gift-claimed', {redemption, ...claim});
    },
    claimAgain: () => void this.laterSteps.load().then((steps) => steps.claim(this.flow), (error: unknown) => this.reportError(error)),
  });
  /** The detail, confirmation, result, claim and redemptions steps. */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./offers-steps.js'), {
    arrived: (steps) => this.flow.callsLoaded(steps.CreateCall),
  });
  @state() private loginOpen = false;
  @state() private expired = false;
  /** Moves the focus to each new step's heading; switching tabs keeps it on the tab. */
  protected readonly stepFocus = new StepFocusController(this, () => (LIST_STEPS.has(this.flow.step) ? 'list' : this.flow.step));

  /** The claim token of the attribute, else of the page URL parameter. */
  private pageClaimToken(): string | undefined {
    const fromAttribute = this.claimToken?.trim();
    if (fromAttribute) return fromAttribute;
    const name = this.claimParam?.trim();
    if (!name) return undefined;
    return new URL(location.href).searchParams.get(name)?.trim() || undefined;
  }

  protected override environmentReady(): void {
    const token = this.pageClaimToken();
    void this.flow.start(token).then(() => {
      if (this.offerId && !token) void this.flow.openOffer(this.offerId);
      return this.laterSteps.load().catch(() => undefined);
    });
  }

  protected override localeChanged(): void {
    this.flow.reread();
  }

  protected override sessionChanged(session: MemberSession | null, change: SessionChange): void {
    if (change === 'refreshed') return;
    if (session) {
      this.loginOpen = false;
      this.expired = false;
      if (this.client) this.flow.memberChanged();
      return;
    }
    if (change === 'expired') {
      // Keep where the member was (and the quantity typed) for after they sign in again.
      this.expired = true;
      this.loginOpen = true;
      void loadLogin();
      return;
    }
    this.expired = false;
    this.loginOpen = false;
    this.flow.memberChanged();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !this.client) return;
    // What the attributes select changed: start again there (a claim, an offer, or the list).
    if (['claimToken', 'claimParam', 'pageSize'].some((key) => changed.has(key as keyof FavOffers)) || (changed.has('offerId') && !this.offerId)) this.environmentReady();
    else if (changed.has('offerId') && this.offerId) void this.flow.openOffer(this.offerId);
  }

  /** The later steps, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  private async showLogin(): Promise<void> {
    this.loginOpen = true;
    void loadLogin();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  private viewContext(): ViewContext {
    const environment = this.environment;
    const needsLogin = !this.member && (this.loginOpen || this.flow.claimNeedsMember);
    if (needsLogin) void loadLogin();
    return {
      locale: environment?.locale ?? 'en',
      currency: environment?.tenant?.currency ?? 'HKD',
      signedIn: this.member !== null,
      expired: this.expired,
      login: needsLogin ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
      onSignIn: () => void this.showLogin(),
    };
  }

  private showTab(tab: OffersTab): void {
    this.flow.showTab(tab);
    if (tab === 'redemptions') void this.laterSteps.load().catch((error: unknown) => this.reportError(error));
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    let body: unknown;
    switch (flow.step) {
      case 'offers':
        body = renderListStep(
          flow,
          (tab) => this.showTab(tab),
          renderOffers(flow, context, {onPage: (page) => void flow.loadOffers(page), onOpen: (offer) => void flow.openOffer(offer)}),
        );
        break;
      case 'tiers':
        body = renderListStep(flow, (tab) => this.showTab(tab), renderTiers(flow, context, () => void flow.loadTiers()));
        break;
      case 'redemptions':
        body = renderListStep(flow, (tab) => this.showTab(tab), this.renderLaterStep(context, false));
        break;
      default:
        body = this.renderLaterStep(context, true);
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  /** Detail, confirm, result, claim and redemptions: from the lazily loaded module. */
  private renderLaterStep(context: ViewContext, withHeading: boolean) {
    const steps = this.steps;
    if (!steps) {
      void this.laterSteps.load().catch((error: unknown) => this.reportError(error));
      return renderSkeleton(withHeading ? ['heading', 'card'] : ['card']);
    }
    const flow = this.flow;
    const invalid = (max: number) =>
      msg(str`Enter a whole number from 1 to ${max}.`, {id: 'offers.quantity.invalid', desc: 'Error for a quantity out of range; the number is the most allowed'});
    switch (flow.step) {
      case 'detail':
        return steps.renderDetail(flow, context, {
          onBack: () => flow.backToList(),
          onRetry: () => flow.offer && void flow.openOffer(flow.offer),
          onQuantity: (value) => flow.setQuantity(value),
          onRedeem: () => flow.toConfirm({invalid}),
          onClaim: (offer) => void steps.claimOffer(flow, offer),
        });
      case 'confirm':
        return steps.renderConfirm(flow, context, {onBack: () => flow.backToDetail(), onConfirm: () => void steps.redeem(flow)});
      case 'result':
        return steps.renderResult(flow, context, {onRedemptions: () => this.showTab('redemptions'), onOffers: () => this.showTab('offers')});
      case 'claim':
        return steps.renderClaim(flow, context, {onClaim: () => void steps.claim(flow), onOffers: () => flow.leaveClaim()});
      case 'redemptions':
        return steps.renderRedemptions(flow, context, {onPage: (page) => void flow.loadRedemptions(page)});
      default:
        return nothing;
    }
  }
}
