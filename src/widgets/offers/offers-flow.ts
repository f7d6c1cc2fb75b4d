import type {FavClient} from '../../api/client.js';
import {isFavApiError} from '../../api/errors.js';
import {getGiftOffer, listGiftOffers, listMembershipTiers, listRedemptions} from '../../api/loyalty.js';
import type {Offer, Redemption, Tier} from '../../api/schemas/loyalty.js';
import type {ListResult} from '../../api/schemas/parse.js';
import type {CreateCall} from '../shared/create-call.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';

/** The steps of `<fav-offers>`: three lists (tabs), then an offer's detail, its confirmation and result, and the claim flow. */
export type OffersStep = 'offers' | 'tiers' | 'redemptions' | 'detail' | 'confirm' | 'result' | 'claim';

/** The lists shown as tabs. */
export type OffersTab = 'offers' | 'tiers' | 'redemptions';

export interface Loadable<T> {
  result?: T;
  page: number;
  busy: boolean;
  error?: unknown;
}

/** What the flow asks of `<fav-offers>`: the session, the page size and the page's events. */
export interface OffersHooks extends FlowHooks {
  signedIn(): boolean;
  /** Offers and redemptions per page (1–100). */
  listLimit(): number;
  /** Fires the cancelable `fav-before-redeem`; false when the page stopped it. */
  beforeRedeem(offer: Offer, quantity: number): boolean;
  offerRedeemed(offer: Offer, quantity: number, redemptions: Redemption[]): void;
  giftClaimed(redemption: Redemption, claim: {claimToken?: string; offerId?: string}): void;
  /** A claim that needed a member: send it again, now that one signed in. */
  claimAgain(): void;
}

/** The most a member may redeem at once (the API accepts 1–20). */
export const MAX_QUANTITY = 20;

const empty = <T>(): Loadable<T> => ({page: 1, busy: false});

const aborted = (error: unknown) => isFavApiError(error) && error.kind === 'aborted';

/** A free offer (no points, no stamps): a signed-in member claims it instead of redeeming it. */
export function isFree(offer: Offer): boolean {
  return !offer.points && !offer.stamps;
}

/** The most this member may ask for: 20, or the per-member limit when lower. */
export function maxQuantity(offer: Offer): number {
  return Math.max(1, Math.min(MAX_QUANTITY, offer.quotaPerMember ?? MAX_QUANTITY));
}

/**
 * The loyalty flows of `<fav-offers>`, apart from their rendering: tiers, offers and redemptions
 * (each with its pages), an offer's detail, the redeem (quantity, confirmation, result) and the
 * claim. A failure never clears the quantity typed; a create keeps its Idempotency-Key across
 * retries until it succeeds or what it would create changes.
 */
export class OffersFlow extends FlowState<FlowElement, OffersHooks, OffersFlow> {
  step: OffersStep = 'offers';
  tab: OffersTab = 'offers';
  tiers: Loadable<ListResult<Tier>> = empty();
  offers: Loadable<ListResult<Offer>> = empty();
  redemptions: Loadable<ListResult<Redemption>> = empty();

  /** The open offer. */
  offer?: Offer;
  detailBusy = false;
  detailError?: unknown;

  quantity = '1';
  quantityError?: string;
  redeemBusy = false;
  redeemError?: unknown;
  /** The page stopped the redeem (`fav-before-redeem` prevented). */
  redeemStopped = false;
  /** What the last redeem or claim returned. */
  redeemed?: {kind: 'redeem' | 'claim'; offer?: Offer; quantity: number; redemptions: Redemption[]};

  /** Claim: by token (link) or by offer id (signed-in member). */
  claimToken?: string;
  claimOfferId?: string;
  claimBusy = false;
  claimError?: unknown;
  /** The claim needs a member: it is sent again as soon as one signs in. */
  claimNeedsMember = false;

  /** Redeems, with its Idempotency-Key (its code arrives with the later steps, which redeem: {@link callsLoaded}). */
  redeemCall?: CreateCall;
  /** Claims, with its Idempotency-Key (likewise). */
  claimCall?: CreateCall;
  private generations = {tiers: 0, offers: 0, redemptions: 0, detail: 0};

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.detailBusy = this.redeemBusy = this.claimBusy = false;
    this.tiers.busy = this.offers.busy = this.redemptions.busy = false;
  }

  /** {@link FlowState.set}, typed for this flow's fields; `busy` says whether any request of the flow runs (tests wait for it). */
  protected override set(patch: Partial<OffersFlow>): void {
    Object.assign(this, patch);
    super.set({busy: this.tiers.busy || this.offers.busy || this.redemptions.busy || this.detailBusy || this.redeemBusy || this.claimBusy});
  }

  /** The create calls' code arrived with the later steps (offers-calls.ts): redeem and claim use them. */
  callsLoaded(Call: typeof CreateCall): void {
    this.redeemCall ??= new Call(this, ({busy, error}) => this.set({redeemBusy: busy, redeemError: error}));
    this.claimCall ??= new Call(this, ({busy, error}) => this.set({claimBusy: busy, claimError: error}));
  }

  /**
   * The signed-in member's tier when the offers prove it: an offer for one tier that this member was
   * not refused for that tier (it is open, and its `reason` is not `tier_required`). Unknown otherwise.
   */
  get memberTierId(): string | undefined {
    if (!this.hooks.signedIn()) return undefined;
    const proof = this.offers.result?.items.find(
      (offer) => offer.membershipTierId !== null && offer.status.toUpperCase() === 'ACTIVE' && offer.reason !== 'tier_required',
    );
    return proof ? String(proof.membershipTierId) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Start and session

  /** First view: the claim when a token came with the page, otherwise the offers (and the tiers). */
  start(claimToken?: string): Promise<void> {
    if (claimToken) {
      this.set({step: 'claim', claimToken, claimOfferId: undefined, claimError: undefined, claimNeedsMember: false, redeemed: undefined});
      return Promise.resolve();
    }
    void this.loadTiers();
    return this.loadOffers(1);
  }

  /** Someone signed in or out: what the offers say about redeemability is out of date; member data goes. */
  memberChanged(): void {
    this.redemptions = empty();
    if (this.offers.result || this.offers.error) void this.loadOffers(this.offers.page);
    if (!this.hooks.signedIn()) {
      // Another member's redeem or claim is another request.
      this.redeemCall?.renew();
      this.claimCall?.renew();
      this.set({redeemed: undefined, redeemError: undefined, claimError: undefined, claimNeedsMember: false});
      if (['redemptions', 'confirm', 'result'].includes(this.step)) this.set({step: this.offer ? 'detail' : 'offers', tab: this.tab === 'redemptions' ? 'offers' : this.tab});
      return;
    }
    if (this.step === 'redemptions') void this.loadRedemptions(1);
    else if (this.step === 'detail' && this.offer) void this.openOffer(this.offer);
    else if (this.claimNeedsMember) this.hooks.claimAgain();
  }

  // -------------------------------------------------------------------------------------------
  // Lists

  showTab(tab: OffersTab): void {
    this.set({tab, step: tab});
    if (tab === 'tiers' && !this.tiers.result) void this.loadTiers();
    if (tab === 'offers' && !this.offers.result) void this.loadOffers(this.offers.page);
    if (tab === 'redemptions' && this.hooks.signedIn()) void this.loadRedemptions(1);
  }

  backToList(): void {
    this.set({step: this.tab, redeemError: undefined, redeemStopped: false, detailError: undefined});
    if (this.tab === 'offers') void this.loadOffers(this.offers.page);
    if (this.tab === 'redemptions' && this.hooks.signedIn()) void this.loadRedemptions(1);
  }

  private async load<T>(key: 'tiers' | 'offers' | 'redemptions', page: number, call: (client: FavClient) => Promise<T>): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    const generation = ++this.generations[key];
    this.set({[key]: {...this[key], busy: true, error: undefined, page}});
    try {
      const result = await call(client);
      if (generation !== this.generations[key]) return;
      this.set({[key]: {result, page, busy: false}});
    } catch (error) {
      if (generation !== this.generations[key]) return;
      if (!aborted(error)) this.failed(error);
      const lost = isFavApiError(error) && error.status === 401 && !this.hooks.signedIn();
      this.set({[key]: {...this[key], busy: false, error: aborted(error) || lost ? undefined : error}});
    }
  }

  loadTiers(): Promise<void> {
    return this.load('tiers', 1, (client) => listMembershipTiers(client, {signal: this.signal}));
  }

  loadOffers(page = this.offers.page): Promise<void> {
    const limit = this.hooks.listLimit();
    return this.load('offers', page, (client) => listGiftOffers(client, {page, limit}, {signal: this.signal, fresh: true}));
  }

  loadRedemptions(page = this.redemptions.page): Promise<void> {
    const limit = this.hooks.listLimit();
    return this.load('redemptions', page, (client) => listRedemptions(client, {page, limit}, {signal: this.signal, fresh: true}));
  }

  // -------------------------------------------------------------------------------------------
  // Detail and redeem

  /** Opens an offer: what the list knows at once, then its current state (E3). */
  async openOffer(offerOrId: Offer | string): Promise<void> {
    if (!this.element.client) return;
    const id = typeof offerOrId === 'string' ? offerOrId : String(offerOrId.id);
    const same = this.offer && String(this.offer.id) === id;
    if (!same) this.set({quantity: '1', quantityError: undefined});
    this.set({
      step: 'detail',
      offer: typeof offerOrId === 'string' ? (same ? this.offer : undefined) : offerOrId,
      detailBusy: true,
      detailError: undefined,
      redeemError: undefined,
      redeemStopped: false,
      claimError: undefined,
    });
    return this.readOffer(id);
  }

  /**
   * The locale changed: the lists shown so far and the open offer come again in its language; the
   * step, the tab, the pages and the quantity stay.
   */
  reread(): void {
    if (this.tiers.result) void this.loadTiers();
    if (this.offers.result) void this.loadOffers();
    if (this.redemptions.result) void this.loadRedemptions();
    if (this.offer) void this.readOffer(String(this.offer.id));
  }

  /** The offer's current state (E3); a newer read supersedes it. */
  private async readOffer(id: string): Promise<void> {
    const generation = ++this.generations.detail;
    try {
      const offer = await getGiftOffer(this.element.client!, id, {signal: this.signal, fresh: true});
      if (generation !== this.generations.detail) return;
      this.set({offer, detailBusy: false});
    } catch (error) {
      if (generation !== this.generations.detail) return;
      if (!aborted(error)) this.failed(error);
      this.set({detailBusy: false, detailError: aborted(error) ? undefined : error});
    }
  }

  setQuantity(value: string): void {
    this.set({quantity: value, quantityError: undefined});
  }

  /** The quantity as a whole number within the limits, or undefined (with the error set). */
  private checkedQuantity(messages: {invalid: (max: number) => string}): number | undefined {
    const offer = this.offer;
    if (!offer) return undefined;
    const max = maxQuantity(offer);
    const value = Number(this.quantity.trim());
    if (!/^\d+$/.test(this.quantity.trim()) || value < 1 || value > max) {
      this.set({quantityError: messages.invalid(max)});
      return undefined;
    }
    return value;
  }

  /** From the detail to the confirmation, when the quantity is valid. */
  toConfirm(messages: {invalid: (max: number) => string}): boolean {
    const quantity = this.checkedQuantity(messages);
    if (quantity === undefined) return false;
    this.set({step: 'confirm', redeemError: undefined, redeemStopped: false});
    return true;
  }

  backToDetail(): void {
    this.set({step: 'detail', redeemError: undefined, redeemStopped: false});
  }

  /** The page answered `fav-before-redeem`: a stopped redeem is said on the confirmation. */
  redeemAllowed(allowed: boolean): boolean {
    this.set({redeemStopped: !allowed});
    return allowed;
  }

  /** A signed-in member claims this free offer by its id. */
  claimOffer(offer: Offer): void {
    this.set({claimOfferId: String(offer.id), claimToken: undefined});
  }

  /** The claim waits for a member to sign in (then it is sent again), or no longer does. */
  claimWaitsForMember(waits: boolean): void {
    this.set({claimNeedsMember: waits});
  }

  /** A redeem or claim succeeded: its result shows, and the member's redemptions load again when next shown. */
  giftReceived(redeemed: NonNullable<OffersFlow['redeemed']>): void {
    this.redemptions = {...this.redemptions, result: undefined};
    this.set({step: 'result', redeemed});
  }

  /** Leaves the claim for the offers. */
  leaveClaim(): void {
    this.set({claimToken: undefined, claimOfferId: undefined, claimError: undefined, claimNeedsMember: false, tab: 'offers'});
    this.showTab('offers');
  }
}
