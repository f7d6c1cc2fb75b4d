/** E1–E6. Loyalty: membership tiers, gift offers, redemptions. */
import * as z from 'zod/mini';
import {
  bool,
  date,
  id,
  int,
  moneyOrZero,
  nullableId,
  nullableInt,
  nullableNumber,
  nullableText,
  oneOf,
  strings,
  text,
  withAliases,
} from './fields.js';

export const TierSchema = withAliases(
  {sortOrder: ['priority']},
  z.object({
    id,
    name: text,
    description: nullableText,
    /** `"0"` = free. */
    price: moneyOrZero,
    validPeriodValue: nullableInt,
    validPeriodUnit: oneOf(['MONTHS', 'YEARS']),
    /** Member discount, a percent. */
    discount: nullableNumber,
    benefits: strings,
    isPopular: bool,
    sortOrder: int(0),
    currency: nullableText,
  }),
);
export type Tier = z.output<typeof TierSchema>;

export const FACE_VALUE_TYPES = ['PERCENTAGE', 'AMOUNT'] as const;

const offerSummaryShape = {
  id,
  name: text,
  description: nullableText,
  /** Cost in points. */
  points: nullableInt,
  stamps: nullableInt,
  image: nullableText,
  faceValue: nullableNumber,
  faceValueType: oneOf(FACE_VALUE_TYPES),
  termsAndConditions: nullableText,
};

export const OfferSummarySchema = z.object(offerSummaryShape);
export type OfferSummary = z.output<typeof OfferSummarySchema>;

export const OfferSchema = z.object({
  ...offerSummaryShape,
  expiryPeriod: nullableText,
  expiryPeriodUnit: nullableText,
  /** Only members of this tier may redeem. */
  membershipTierId: nullableId,
  quota: nullableInt,
  quotaPerMember: nullableInt,
  startDate: date,
  endDate: date,
  isRedeemable: bool,
  status: text,
  /** Why this member cannot redeem, when signed in. */
  reason: nullableText,
});
export type Offer = z.output<typeof OfferSchema>;

// Redemptions (E4–E6) are in schemas/redemption.ts, loaded with the member's redemptions or a redeem.
export type {Redemption} from './redemption.js';
