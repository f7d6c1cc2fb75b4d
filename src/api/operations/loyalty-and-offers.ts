import type {Operation} from './spec.js';

/** E. Loyalty and offers. */
export const loyaltyAndOffers = {
  listMembershipTiers: {id: 'listMembershipTiers', code: 'E1', method: 'GET', path: '/membership-tiers', auth: 'public'},
  listGiftOffers: {id: 'listGiftOffers', code: 'E2', method: 'GET', path: '/gifts/offers', auth: 'optional'},
  getGiftOffer: {id: 'getGiftOffer', code: 'E3', method: 'GET', path: '/gifts/offers/{id}', auth: 'optional'},
  redeemGiftOffer: {id: 'redeemGiftOffer', code: 'E4', method: 'POST', path: '/gifts/offers/{id}/redeem', auth: 'customer', create: true},
  claimGift: {id: 'claimGift', code: 'E5', method: 'POST', path: '/gifts/claim', auth: 'optional', create: true},
  listRedemptions: {id: 'listRedemptions', code: 'E6', method: 'GET', path: '/gifts/redemptions', auth: 'customer'},
} as const satisfies Record<string, Operation>;
