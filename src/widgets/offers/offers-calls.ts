/**
 * Redeeming an offer (E4) and claiming a gift (E5), with their failure paths. Loaded with the later
 * steps of `<fav-offers>`, where the confirmation and the claim show.
 */
import {claimGift, redeemGiftOffer} from '../../api/loyalty.js';
import type {Offer} from '../../api/schemas/loyalty.js';
import type {OffersFlow} from './offers-flow.js';

export {CreateCall} from '../shared/create-call.js';

/** E4, once per press (a busy press is ignored), with one Idempotency-Key for this offer and quantity. */
export async function redeem(flow: OffersFlow): Promise<void> {
  const client = flow.element.client;
  const offer = flow.offer;
  const call = flow.redeemCall;
  if (!client || !offer || !call || flow.redeemBusy) return;
  const quantity = Number(flow.quantity.trim());
  if (!flow.redeemAllowed(flow.hooks.beforeRedeem(offer, quantity))) return;
  const redemptions = await call.send({
    request: {offer: offer.id, quantity},
    call: (options) => redeemGiftOffer(client, offer.id, {quantity}, options),
    asMember: true,
    // The session store signs the member out: the widget asks them to sign in again.
    sessionEnded: () => undefined,
  });
  if (!redemptions) return;
  flow.giftReceived({kind: 'redeem', offer, quantity, redemptions});
  flow.hooks.offerRedeemed(offer, quantity, redemptions);
}

/** A signed-in member claims a free offer by its id. */
export function claimOffer(flow: OffersFlow, offer: Offer): Promise<void> {
  flow.claimOffer(offer);
  return claim(flow);
}

/** E5 with the token or offer id, once per press; the key is kept until it succeeds. */
export async function claim(flow: OffersFlow): Promise<void> {
  const client = flow.element.client;
  const call = flow.claimCall;
  if (!client || !call || flow.claimBusy) return;
  const claimToken = flow.claimToken;
  const offerId = claimToken ? undefined : flow.claimOfferId;
  if (!claimToken && !offerId) return;
  flow.claimWaitsForMember(false);
  const redemption = await call.send({
    request: claimToken ? {claimToken} : {offerId},
    call: (options) => claimGift(client, {claimToken, offerId}, options),
    // Signed out, or the session ended meanwhile: the claim goes out again once a member signs in.
    refused: (error) => {
      if (error.code !== 'LOGIN_REQUIRED' && !(error.status === 401 && !flow.hooks.signedIn())) return false;
      flow.claimWaitsForMember(true);
      return true;
    },
  });
  if (!redemption) return;
  const offer = flow.offer && offerId === String(flow.offer.id) ? flow.offer : undefined;
  flow.giftReceived({kind: 'claim', offer, quantity: 1, redemptions: [redemption]});
  flow.hooks.giftClaimed(redemption, claimToken ? {claimToken} : {offerId});
}

/**
 * After a gift from a link was claimed: the claim parameter `name` leaves the page URL when it holds
 * `token` (history.replaceState; the other parameters, verbatim, and the hash stay), so a reload
 * shows the offers instead of claiming again.
 */
export function forgetClaimParam(name: string | undefined, token: string): void {
  const key = name?.trim();
  const pairs = location.search.slice(1).split('&');
  const kept = pairs.filter((pair) => {
    const [[k, v] = ['', '']] = new URLSearchParams(pair);
    return !key || k !== key || v.trim() !== token;
  });
  if (kept.length === pairs.length) return;
  try {
    history.replaceState(history.state, '', location.pathname + (kept.length ? `?${kept.join('&')}` : '') + location.hash);
  } catch {
    // A page whose URL cannot be replaced (a sandboxed frame) keeps it.
  }
}
