/** E1–E6. Loyalty: tiers, gift offers, redeem, claim, redemptions. */
import {loyaltyAndOffers} from './operations/loyalty-and-offers.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {
  OfferSchema,
  TierSchema,
  type Offer,
  type Redemption,
  type Tier,
} from './schemas/loyalty.js';
import {listOf, loaded, one, type ListResult} from './schemas/parse.js';

export interface OffsetPageQuery {
  /** 1-based; turned into `offset` when no offset is given. */
  page?: number;
  limit?: number;
  offset?: number;
}

export type {ClaimGiftInput} from './offer-claims.js';

/** E2/E6 send `limit` + `offset` (+ `page`), as the SDK does (§8). */
function offsetQuery({page, limit, offset}: OffsetPageQuery) {
  const derived = offset ?? (page && limit ? (page - 1) * limit : undefined);
  return {limit, offset: derived, page};
}

/** E1. */
export function listMembershipTiers(client: FavClient, options?: CallOptions): Promise<ListResult<Tier>> {
  return client.call(loyaltyAndOffers.listMembershipTiers, {parse: listOf(TierSchema)}, options);
}

/** E2. Optional token (`isRedeemable` for this member). */
export function listGiftOffers(client: FavClient, query: OffsetPageQuery = {}, options?: CallOptions): Promise<ListResult<Offer>> {
  return client.call(loyaltyAndOffers.listGiftOffers, {query: offsetQuery(query), parse: listOf(OfferSchema)}, options);
}

/** E3. 404 `NOT_FOUND`. */
export function getGiftOffer(client: FavClient, id: Id, options?: CallOptions): Promise<Offer> {
  return client.call(loyaltyAndOffers.getGiftOffer, {params: {id}, parse: one(OfferSchema)}, options);
}

// E4 and E5, the writes, live in offer-claims.ts, loaded with the later steps.
export {redeemGiftOffer, claimGift} from './offer-claims.js';

/** E6. Customer token. `status` goes out lowercase. */
export function listRedemptions(
  client: FavClient,
  query: OffsetPageQuery & {status?: string} = {},
  options?: CallOptions,
): Promise<ListResult<Redemption>> {
  return client.call(loyaltyAndOffers.listRedemptions,
    {query: {status: query.status?.toLowerCase(), ...offsetQuery(query)}, parse: loaded(import('./schemas/redemption.js').then((m) => listOf(m.RedemptionSchema)))},
    options,
  );
}
