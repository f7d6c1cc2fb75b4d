/**
 * Redeeming an offer (E4) and claiming a gift (E5), with their failure paths. Loaded with the later
 * steps of `<fav-offers>`, where the confirmation and the claim show.
 */
import {claimGift, redeemGiftOffer} from '../../api/loyalty.js';
import type {Offer} from '../../api/schemas/loyalty.js';
import {CreateCall} from '../shared/create-call.js';
import type {OffersFlow} from './offers-flow.js';

/** E4, once per press (a busy press is ignored), with one Idempotency-Key for this offer and quantity. */
export async function redeem(flow: OffersFlow): Promise<void> {
  const client = flow.host.client;
  const offer = flow.offer;
  if (!client || !offer || flow.redeemBusy) return;
  const quantity = Number(flow.quantity.trim());
  if (!flow.host.beforeRedeem(offer, quantity)) {
    flow.update({redeemStopped: true});
    return;
  }
  flow.update({redeemStopped: false});
  flow.redeemCall ??= new CreateCall(flow.host, ({busy, error}) => flow.update({redeemBusy: busy, redeemError: error}));
  const redemptions = await flow.redeemCall.send({
    request: {offer: offer.id, quantity},
    call: (options) => redeemGiftOffer(client, offer.id, {quantity}, options),
    asMember: true,
    // The session store signs the member out: the widget asks them to sign in again.
    sessionEnded: () => undefined,
  });
  if (!redemptions) return;
  flow.redemptions = {...flow.redemptions, result: undefined};
  flow.update({step: 'result', redeemed: {kind: 'redeem', offer, quantity, redemptions}});
  flow.host.offerRedeemed(offer, quantity, redemptions);
}

/** A signed-in member claims a free offer by its id. */
export function claimOffer(flow: OffersFlow, offer: Offer): Promise<void> {
  flow.update({claimOfferId: String(offer.id), claimToken: undefined});
  return claim(flow);
}

/** E5 with the token or offer id, once per press; the key is kept until it succeeds. */
export async function claim(flow: OffersFlow): Promise<void> {
  const client = flow.host.client;
  if (!client || flow.claimBusy) return;
  const claimToken = flow.claimToken;
  const offerId = claimToken ? undefined : flow.claimOfferId;
  if (!claimToken && !offerId) return;
  flow.update({claimNeedsMember: false});
  flow.claimCall ??= new CreateCall(flow.host, ({busy, error}) => flow.update({claimBusy: busy, claimError: error}));
  const redemption = await flow.claimCall.send({
    request: claimToken ? {claimToken} : {offerId},
    call: (options) => claimGift(client, {claimToken, offerId}, options),
    // Signed out, or the session ended meanwhile: the claim goes out again once a member signs in.
    refused: (error) => {
      if (error.code !== 'LOGIN_REQUIRED' && !(error.status === 401 && !flow.host.signedIn)) return false;
      flow.update({claimNeedsMember: true});
      return true;
    },
  });
  if (!redemption) return;
  flow.redemptions = {...flow.redemptions, result: undefined};
  const offer = flow.offer && offerId === String(flow.offer.id) ? flow.offer : undefined;
  flow.update({step: 'result', redeemed: {kind: 'claim', offer, quantity: 1, redemptions: [redemption]}});
  flow.host.giftClaimed(redemption, claimToken ? {claimToken} : {offerId});
}
