/**
 * The later steps of `<fav-offers>`: an offer's detail, the redeem confirmation and result, the
 * claim, and the member's redemptions. Loaded once the first list is on screen.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import type {Offer, Redemption} from '../../api/schemas/loyalty.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {formatDate, formatDateTime} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {isFree, maxQuantity, type OffersFlow} from './offers-flow.js';
import {costOf, faceValueOf, reasonText, renderOfferImage, stockOf, validityOf, type ViewContext} from './offers-views.js';

export {stepStyles} from './offers-steps.styles.js';
export {claim, claimOffer, CreateCall, forgetClaimParam, redeem} from './offers-calls.js';

/** "Sign in to …" with a button that opens the sign-in box in place (or the box, once open). */
function renderSignIn(context: ViewContext, intro: string) {
  return html`<div class="sign-in">
    ${context.expired
      ? renderBanner({
          tone: 'warning',
          message: msg('Your session has expired. Please sign in again to continue where you left off.', {
            id: 'offers.session-expired',
            desc: 'The member session ended while they were using the loyalty widget',
          }),
        })
      : html`<p class="muted">${intro}</p>`}
    ${context.login !== nothing
      ? context.login
      : html`<div class="actions">
          ${renderButton({label: msg('Sign in', {id: 'offers.sign-in', desc: 'Button that opens the sign-in box'}), variant: 'primary', onClick: context.onSignIn})}
        </div>`}
  </div>`;
}

type Row = [string, string];

function renderSummary(rows: readonly Row[]) {
  return html`<dl part="summary" class="summary">
    ${rows.filter(([, value]) => value).map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** The message for a refused redeem or claim, by status and code; undefined for other failures. */
export function refusalOf(error: unknown): string | undefined {
  if (!isFavApiError(error)) return undefined;
  switch (error.code) {
    case 'INSUFFICIENT_POINTS':
      return msg('You do not have enough points for this. Choose a smaller quantity or another offer.', {id: 'offers.error.points', desc: 'Redeem refused: not enough points'});
    case 'INSUFFICIENT_STAMPS':
      return msg('You do not have enough stamps for this.', {id: 'offers.error.stamps', desc: 'Redeem refused: not enough stamps'});
    case 'QUOTA_EXCEEDED': {
      const perMember = error.details && 'quotaPerMember' in error.details;
      return perMember
        ? msg('You have reached the limit for this offer.', {id: 'offers.error.member-limit', desc: 'Redeem refused: the member has redeemed as many as allowed'})
        : msg('Sorry, this offer is out of stock.', {id: 'offers.error.sold-out', desc: 'Redeem refused: none of the gift left'});
    }
    case 'TIER_REQUIRED':
      return msg('This offer is for another membership tier.', {id: 'offers.reason.tier', desc: 'Only members of another tier may redeem the offer'});
    case 'OFFER_EXPIRED':
      return msg('This offer has ended.', {id: 'offers.reason.expired', desc: 'The gift offer is no longer available'});
    case 'ALREADY_CLAIMED':
      return msg('You have already claimed this gift.', {id: 'offers.error.already-claimed', desc: 'Claim refused: the member claimed this gift before'});
    case 'CLAIM_EXPIRED':
      return msg('This gift link has expired.', {id: 'offers.error.claim-expired', desc: 'Claim refused: the claim code is too old'});
  }
  if (error.status === 410) return msg('This gift link has expired.', {id: 'offers.error.claim-expired', desc: 'Claim refused: the claim code is too old'});
  if (error.status === 404) return msg('This gift link is not valid. Check the link or code.', {id: 'offers.error.claim-invalid', desc: 'Claim refused: unknown claim code'});
  return undefined;
}

/** A refusal as a warning (no "Try again"), anything else as the usual error banner. */
function renderFailure(error: unknown, retry: () => void) {
  if (!error) return nothing;
  const refusal = refusalOf(error);
  return refusal ? renderBanner({tone: 'danger', message: refusal}) : renderErrorBanner(error, retry);
}

// ---------------------------------------------------------------------------------------------
// Detail

export function renderDetail(
  flow: OffersFlow,
  context: ViewContext,
  handlers: {onBack(): void; onRetry(): void; onQuantity(value: string): void; onRedeem(): void; onClaim(offer: Offer): void},
) {
  const offer = flow.offer;
  const back = renderButton({label: msg('Back to offers', {id: 'offers.back', desc: 'Button back to the list of gift offers'}), variant: 'link', onClick: handlers.onBack});
  if (!offer) {
    return html`${renderStepHeader(msg('Gift offer', {id: 'offers.detail.heading', desc: 'Heading while a gift offer loads'}))}
      ${renderErrorBanner(flow.detailError, handlers.onRetry)} ${flow.detailError ? nothing : renderSkeleton(['card', 'line'])} ${back}`;
  }
  const reason = reasonText(offer, context.signedIn);
  const rows: Row[] = [
    [msg('Cost', {id: 'offers.row.cost', desc: 'Summary row: what the gift costs in points or stamps'}), costOf(offer, context)],
    [msg('Value', {id: 'offers.row.value', desc: 'Summary row: the face value of the gift'}), faceValueOf(offer, context)],
    [msg('Valid', {id: 'offers.row.valid', desc: 'Summary row: until when the offer can be redeemed'}), validityOf(offer, context)],
    [msg('Availability', {id: 'offers.row.stock', desc: 'Summary row: how many of the gift there are'}), stockOf(offer, context)],
  ];
  const max = maxQuantity(offer);
  let action: unknown = nothing;
  if (!context.signedIn) action = renderSignIn(context, msg('Sign in to redeem this offer with your points.', {id: 'offers.sign-in.redeem', desc: 'Prompt to sign in before redeeming'}));
  else if (!offer.isRedeemable) action = nothing;
  else if (isFree(offer))
    action = html`${renderFailure(flow.claimError, () => handlers.onClaim(offer))}
      <div class="actions">
        ${renderButton({label: msg('Claim this gift', {id: 'offers.claim-offer', desc: 'Button that claims a free gift for the member'}), variant: 'primary', busy: flow.claimBusy, onClick: () => handlers.onClaim(offer)})}
      </div>`;
  else
    action = html`<form
      part="form"
      class="form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        handlers.onRedeem();
      }}
    >
      ${renderField({
        id: 'offer-quantity',
        name: 'quantity',
        label: msg('Quantity', {id: 'offers.quantity', desc: 'Label of how many of the gift to redeem'}),
        type: 'number',
        inputmode: 'numeric',
        value: flow.quantity,
        required: true,
        hint: msg(str`From 1 to ${max}.`, {id: 'offers.quantity.hint', desc: 'Hint: the allowed quantities'}),
        error: flow.quantityError,
        onInput: (event) => handlers.onQuantity((event.target as HTMLInputElement).value),
      })}
      <div class="actions">${renderButton({label: msg('Redeem', {id: 'offers.redeem', desc: 'Button that goes on to confirm redeeming a gift'}), variant: 'primary', type: 'submit'})}</div>
    </form>`;
  return html`
    ${renderStepHeader(offer.name)} ${renderOfferImage(offer, 'hero-image')}
    ${offer.description ? html`<p class="description">${offer.description}</p>` : nothing} ${renderSummary(rows)}
    ${offer.termsAndConditions
      ? html`<div part="terms" class="terms">
          <h3 class="subheading">${msg('Terms and conditions', {id: 'offers.terms', desc: 'Heading of the gift offer terms'})}</h3>
          <p class="muted">${offer.termsAndConditions}</p>
        </div>`
      : nothing}
    ${renderErrorBanner(flow.detailError, handlers.onRetry)} ${reason ? renderBanner({tone: 'warning', message: reason}) : nothing} ${action} ${back}
  `;
}

// ---------------------------------------------------------------------------------------------
// Confirm

export function renderConfirm(flow: OffersFlow, context: ViewContext, handlers: {onBack(): void; onConfirm(): void}) {
  const offer = flow.offer!;
  const quantity = Number(flow.quantity);
  const rows: Row[] = [
    [msg('Gift', {id: 'offers.row.gift', desc: 'Summary row: the gift'}), offer.name],
    [msg('Quantity', {id: 'offers.quantity', desc: 'Label of how many of the gift to redeem'}), String(quantity)],
    [msg('Total cost', {id: 'offers.row.total', desc: 'Summary row: the points or stamps the redeem costs in all'}), costOf(offer, context, quantity)],
  ];
  return html`
    ${renderStepHeader(msg('Confirm your redemption', {id: 'offers.confirm.heading', desc: 'Heading of the redeem confirmation step'}))}
    ${renderSummary(rows)}
    ${context.signedIn ? nothing : renderSignIn(context, msg('Sign in to redeem this offer with your points.', {id: 'offers.sign-in.redeem', desc: 'Prompt to sign in before redeeming'}))}
    ${flow.redeemStopped
      ? renderBanner({tone: 'warning', message: msg('This offer cannot be redeemed here right now.', {id: 'offers.redeem.stopped', desc: 'The page stopped the redeem'})})
      : nothing}
    ${renderFailure(flow.redeemError, handlers.onConfirm)}
    <div class="actions">
      ${context.signedIn
        ? renderButton({label: msg('Confirm and redeem', {id: 'offers.confirm', desc: 'Button that redeems the gift'}), variant: 'primary', busy: flow.redeemBusy, onClick: handlers.onConfirm})
        : nothing}
      ${renderButton({label: msg('Back', {id: 'offers.confirm.back', desc: 'Button back from the confirmation to the offer'}), onClick: handlers.onBack})}
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------
// Result and redemptions

export function statusLabel(status: string | null): string {
  switch ((status ?? '').toUpperCase()) {
    case 'VALID':
      return msg('Available', {id: 'offers.status.valid', desc: 'Redemption status: issued'});
    case 'FULFILLED':
      return msg('Ready to use', {id: 'offers.status.fulfilled', desc: 'Redemption status: the coupon can be presented'});
    case 'USED':
      return msg('Used', {id: 'offers.status.used', desc: 'Redemption status: used'});
    case 'EXPIRED':
      return msg('Expired', {id: 'offers.status.expired', desc: 'Redemption status: expired'});
    case 'VOIDED':
      return msg('Voided', {id: 'offers.status.voided', desc: 'Redemption status: cancelled by the business'});
    default:
      return status ?? '–';
  }
}

function renderStatus(status: string | null) {
  const upper = (status ?? '').toUpperCase();
  const known = ['VALID', 'FULFILLED', 'USED', 'EXPIRED', 'VOIDED'].includes(upper) ? upper.toLowerCase() : 'other';
  return html`<span part="status status-${known}" class="status ${known}">${statusLabel(status)}</span>`;
}

function renderRedemption(redemption: Redemption, context: ViewContext, level: 3 | 4) {
  const offer = redemption.giftOffer;
  const name = offer?.name ?? msg('Gift', {id: 'offers.row.gift', desc: 'Summary row: the gift'});
  const value = offer ? faceValueOf(offer, context) : '';
  const rows: Row[] = [
    [msg('Value', {id: 'offers.row.value', desc: 'Summary row: the face value of the gift'}), value],
    [msg('Redeemed on', {id: 'offers.row.redeemed', desc: 'Summary row: when the gift was redeemed'}), redemption.redemptionDate ? formatDate(redemption.redemptionDate, context.locale) : formatDateTime(redemption.createdAt, context.locale)],
    [msg('Use by', {id: 'offers.row.expires', desc: 'Summary row: when the redeemed gift expires'}), redemption.expiresAt ? formatDate(redemption.expiresAt, context.locale) : ''],
  ];
  const title = level === 3 ? html`<h3 class="card-title">${name}</h3>` : html`<h4 class="card-title">${name}</h4>`;
  const final = ['USED', 'EXPIRED', 'VOIDED'].includes((redemption.status ?? '').toUpperCase());
  return html`<li part="redemption" class="card" data-id=${String(redemption.id)}>
    <div class="card-body">
      <div class="card-heading">${title} ${renderStatus(redemption.status)}</div>
      ${redemption.couponCode
        ? html`<p class="coupon">
            <span class="muted">${msg('Coupon code', {id: 'offers.coupon', desc: 'Label of the coupon code to present'})}</span>
            <strong part="coupon-code" class="coupon-code ${final ? 'final' : ''}">${redemption.couponCode}</strong>
          </p>`
        : nothing}
      ${renderSummary(rows)} ${redemption.remarks && !final ? html`<p part="next-steps" class="next-steps">${redemption.remarks}</p>` : nothing}
    </div>
  </li>`;
}

export function renderResult(flow: OffersFlow, context: ViewContext, handlers: {onRedemptions(): void; onOffers(): void}) {
  const done = flow.redeemed!;
  const heading =
    done.kind === 'claim'
      ? msg('Your gift is claimed', {id: 'offers.result.claimed', desc: 'Heading after a gift was claimed'})
      : msg('Redeemed', {id: 'offers.result.redeemed', desc: 'Heading after a gift was redeemed'});
  return html`
    ${renderStepHeader(heading)}
    ${renderBanner({
      tone: 'success',
      message: msg('Keep the code below: show it or quote it to use your gift. You can find it again under My redemptions.', {
        id: 'offers.result.next',
        desc: 'What to do after redeeming or claiming a gift',
      }),
    })}
    <ul part="redemption-list" class="card-list">
      ${done.redemptions.map((redemption) => renderRedemption(redemption, context, 3))}
    </ul>
    <div class="actions">
      ${renderButton({label: msg('View my redemptions', {id: 'offers.result.redemptions', desc: 'Button to the list of redeemed gifts'}), variant: 'primary', onClick: handlers.onRedemptions})}
      ${renderButton({label: msg('Back to offers', {id: 'offers.back', desc: 'Button back to the list of gift offers'}), onClick: handlers.onOffers})}
    </div>
  `;
}

export function renderRedemptions(flow: OffersFlow, context: ViewContext, handlers: {onPage(page: number): void}) {
  if (!context.signedIn) {
    return renderSignIn(context, msg('Sign in to see the gifts you have redeemed.', {id: 'offers.sign-in.redemptions', desc: 'Prompt to sign in to see redemptions'}));
  }
  const list = flow.redemptions;
  const result = list.result;
  let body: unknown;
  if (!result) body = list.error ? nothing : renderSkeleton(['card', 'card']);
  else if (result.items.length === 0)
    body = html`<p class="empty">${msg('You have not redeemed any gifts yet.', {id: 'offers.redemptions.empty', desc: 'The member has no redemptions'})}</p>`;
  else
    body = html`<ul part="redemption-list" class="card-list" aria-busy=${list.busy ? 'true' : 'false'}>
      ${result.items.map((redemption) => renderRedemption(redemption, context, 3))}
    </ul>`;
  return html`${renderErrorBanner(list.error, () => handlers.onPage(list.page))} ${body}
  ${result?.pagination ? renderPager({...result.pagination, busy: list.busy, onPage: handlers.onPage}) : nothing}`;
}

// ---------------------------------------------------------------------------------------------
// Claim

export function renderClaim(flow: OffersFlow, context: ViewContext, handlers: {onClaim(): void; onOffers(): void}) {
  const refused = flow.claimError && refusalOf(flow.claimError);
  return html`
    ${renderStepHeader(msg('Claim your gift', {id: 'offers.claim.heading', desc: 'Heading of the gift claim step'}))}
    ${flow.claimToken
      ? html`<p>${msg('Gift code', {id: 'offers.claim.code', desc: 'Label of the claim code from the link'})}: <strong part="claim-code">${flow.claimToken}</strong></p>`
      : nothing}
    ${flow.claimNeedsMember
      ? renderSignIn(context, msg('Sign in to claim your gift. It is added to your account as soon as you are in.', {id: 'offers.sign-in.claim', desc: 'Prompt to sign in to claim a gift'}))
      : nothing}
    ${renderFailure(flow.claimError, handlers.onClaim)}
    <div class="actions">
      ${flow.claimNeedsMember || refused
        ? nothing
        : renderButton({label: msg('Claim gift', {id: 'offers.claim', desc: 'Button that claims the gift of the link'}), variant: 'primary', busy: flow.claimBusy, onClick: handlers.onClaim})}
      ${renderButton({label: msg('See all offers', {id: 'offers.claim.offers', desc: 'Button from the claim to the gift offers'}), onClick: handlers.onOffers})}
    </div>
  `;
}
