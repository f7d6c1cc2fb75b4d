import {operationTable} from './spec.js';

/** E. Loyalty and offers. */
export const loyaltyAndOffers = operationTable({
  listMembershipTiers: 'GET /membership-tiers', // E1
  listGiftOffers: 'GET /gifts/offers optional', // E2
  getGiftOffer: 'GET /gifts/offers/{id} optional', // E3
  redeemGiftOffer: 'POST /gifts/offers/{id}/redeem customer create', // E4
  claimGift: 'POST /gifts/claim optional create', // E5
  listRedemptions: 'GET /gifts/redemptions customer', // E6
});
