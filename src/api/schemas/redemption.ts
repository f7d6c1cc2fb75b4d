/** E4–E6. A member's redemption of a gift offer. Loaded with their redemptions, a redeem or a claim. */
import * as z from 'zod/mini';
import {date, dateTime, id, maybe, nullableInt, nullableText, oneOf} from './fields.js';
import {OfferSummarySchema} from './loyalty.js';

export const REDEMPTION_STATUSES = ['VALID', 'FULFILLED', 'USED', 'EXPIRED', 'VOIDED'] as const;

export const RedemptionSchema = z.object({
  id,
  status: oneOf(REDEMPTION_STATUSES),
  couponCode: nullableText,
  /** Points spent. */
  points: nullableInt,
  redemptionDate: date,
  /** A date or a date-time. */
  expiresAt: dateTime,
  fulfilledAt: dateTime,
  fulfillmentMethod: nullableText,
  remarks: nullableText,
  createdAt: dateTime,
  giftOffer: maybe(OfferSummarySchema),
});
export type Redemption = z.output<typeof RedemptionSchema>;
