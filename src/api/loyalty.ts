/** E1–E6. Loyalty: tiers, gift offers, redeem, claim, redemptions. */
import {loyaltyAndOffers} from './operations/loyalty-and-offers.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {
  OfferSchema,
  RedemptionSchema,
  TierSchema,
  parseRedemptions,
  type Offer,
  type Redemption,
  type Tier,
} from './schemas/loyalty.js';
import {listOf, one, type ListResult} from './schemas/parse.js';

export interface OffsetPageQuery {
  /** 1-based; turned into `offset` when no offset is given. */
  page?: number;
  limit?: number;
  offset?: number;
}

export interface ClaimGiftInput {
  /** From a link or campaign; also sent as `code` (§8). */
  claimToken?: string;
  /** Signed-in flow. */
  offerId?: Id;
}

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

/**
 * E4. Customer token, Idempotency-Key. Always an array (one Redemption per unit redeemed).
 * 422 `INSUFFICIENT_POINTS`, 409 `QUOTA_EXCEEDED`, 403 `TIER_REQUIRED`.
 */
export function redeemGiftOffer(
  client: FavClient,
  offerId: Id,
  input: {quantity?: number} = {},
  options?: CallOptions,
): Promise<Redemption[]> {
  return client.call(loyaltyAndOffers.redeemGiftOffer, {params: {id: offerId}, body: compact({quantity: input.quantity}), parse: parseRedemptions}, options);
}

/** E5. Idempotency-Key. 401/403 `LOGIN_REQUIRED` when the claim needs a member. */
export function claimGift(client: FavClient, input: ClaimGiftInput, options?: CallOptions): Promise<Redemption> {
  return client.call(loyaltyAndOffers.claimGift,
    {body: compact({claimToken: input.claimToken, code: input.claimToken, offerId: input.offerId}), parse: one(RedemptionSchema)},
    options,
  );
}

/** E6. Customer token. `status` goes out lowercase. */
export function listRedemptions(
  client: FavClient,
  query: OffsetPageQuery & {status?: string} = {},
  options?: CallOptions,
): Promise<ListResult<Redemption>> {
  return client.call(loyaltyAndOffers.listRedemptions,
    {query: {status: query.status?.toLowerCase(), ...offsetQuery(query)}, parse: listOf(RedemptionSchema)},
    options,
  );
}
