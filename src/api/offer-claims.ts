/** E4 and E5: redeeming and claiming a gift, the writes of the offers' later steps. */
import {loyaltyAndOffers} from './operations/loyalty-and-offers.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import type {OperationId} from './operations.js';
import {isRecord, type Id} from './schemas/fields.js';
import {RedemptionSchema, type Redemption} from './schemas/redemption.js';
import {MalformedPayload, ROOT_PATH, one, parseOrThrow, type Parser} from './schemas/parse.js';

export interface ClaimGiftInput {
  /** From a link or campaign; also sent as `code` (§8). */
  claimToken?: string;
  /** Signed-in flow. */
  offerId?: Id;
}

/** E4: one Redemption, an array, or `{items}`; every element must parse (it is a write's result). */
export const parseRedemptions: Parser<Redemption[]> = (payload) => {
  if (Array.isArray(payload)) return payload.map((item, index) => parseOrThrow(RedemptionSchema, item, [index]));
  if (isRecord(payload) && Array.isArray(payload.items)) {
    return payload.items.map((item, index) => parseOrThrow(RedemptionSchema, item, ['items', index]));
  }
  if (isRecord(payload)) return [parseOrThrow(RedemptionSchema, payload)];
  throw new MalformedPayload(ROOT_PATH, 'The response has no data');
};

/** What a redemption makes stale. */
const STALE: readonly OperationId[] = ['listGiftOffers', 'getGiftOffer', 'listRedemptions'];

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
  return client.call(loyaltyAndOffers.redeemGiftOffer, {params: {id: offerId}, body: compact({quantity: input.quantity}), parse: parseRedemptions, invalidates: STALE}, options);
}

/** E5. Idempotency-Key. 401/403 `LOGIN_REQUIRED` when the claim needs a member. */
export function claimGift(client: FavClient, input: ClaimGiftInput, options?: CallOptions): Promise<Redemption> {
  return client.call(loyaltyAndOffers.claimGift,
    {body: compact({claimToken: input.claimToken, code: input.claimToken, offerId: input.offerId}), parse: one(RedemptionSchema), invalidates: STALE},
    options,
  );
}
