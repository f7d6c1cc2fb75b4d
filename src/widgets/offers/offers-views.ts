import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {Offer, Tier} from '../../api/schemas/loyalty.js';
import {renderErrorBanner} from '../../ui/banner.js';
import {formatDate, formatMoney, formatNumber} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {renderTabs} from '../../ui/tabs.js';
import type {OffersFlow, OffersTab} from './offers-flow.js';


/** What a view needs from the element besides the flow. */
export interface ViewContext {
  locale: string;
  /** The tenant's currency (for money face values). */
  currency: string;
  signedIn: boolean;
  /** The sign-in box, when it is open; nothing otherwise. */
  login: TemplateResult | typeof nothing;
  /** The session ended by itself: say so above the sign-in box. */
  expired: boolean;
  onSignIn(): void;
}

const TABS: readonly OffersTab[] = ['offers', 'tiers', 'redemptions'];

export function heading(): string {
  return msg('Rewards', {id: 'offers.heading', desc: 'Heading of the loyalty widget: gift offers, membership tiers and redemptions'});
}

function tabLabel(tab: OffersTab): string {
  if (tab === 'tiers') return msg('Membership tiers', {id: 'offers.tab.tiers', desc: 'Tab with the membership tiers'});
  if (tab === 'redemptions') return msg('My redemptions', {id: 'offers.tab.redemptions', desc: 'Tab with the gifts the member has redeemed'});
  return msg('Gift offers', {id: 'offers.tab.offers', desc: 'Tab with the gift offers'});
}

/** The tabs, then the chosen list in its panel. */
export function renderListStep(flow: OffersFlow, onTab: (tab: OffersTab) => void, panel: unknown) {
  return html`
    ${renderStepHeader(heading())}
    ${renderTabs({tabs: TABS, selected: flow.tab, label: heading(), labelOf: tabLabel, panelId: 'offers-panel', onSelect: onTab}, panel)}
  `;
}

// ---------------------------------------------------------------------------------------------
// Offers

/** "300 points", "10 stamps" or "Free". */
export function costOf(offer: Pick<Offer, 'points' | 'stamps'>, context: ViewContext, quantity = 1): string {
  if (offer.points) {
    const points = formatNumber(offer.points * quantity, context.locale);
    return msg(str`${points} points`, {id: 'offers.cost.points', desc: 'Cost of a gift offer in loyalty points; the number is formatted'});
  }
  if (offer.stamps) {
    const stamps = formatNumber(offer.stamps * quantity, context.locale);
    return msg(str`${stamps} stamps`, {id: 'offers.cost.stamps', desc: 'Cost of a gift offer in stamps; the number is formatted'});
  }
  return msg('Free', {id: 'offers.cost.free', desc: 'A gift offer that costs nothing'});
}

/** "10 % off" or "HK$50 off"; empty when the offer has no face value. */
export function faceValueOf(offer: Pick<Offer, 'faceValue' | 'faceValueType'>, context: ViewContext): string {
  if (offer.faceValue === null || offer.faceValue === undefined) return '';
  if (String(offer.faceValueType).toUpperCase() === 'PERCENTAGE') {
    const percent = formatNumber(offer.faceValue / 100, context.locale, {style: 'percent', maximumFractionDigits: 2});
    return msg(str`${percent} off`, {id: 'offers.value.percent', desc: 'Face value of a percentage discount, e.g. "10% off"'});
  }
  const amount = formatMoney(offer.faceValue, context.currency, context.locale);
  return msg(str`Worth ${amount}`, {id: 'offers.value.amount', desc: 'Face value of a gift in money, e.g. "Worth HK$50"'});
}

/** "Until 31 Mar 2027", "From … to …" or '' when open. */
export function validityOf(offer: Pick<Offer, 'startDate' | 'endDate'>, context: ViewContext): string {
  const end = offer.endDate ? formatDate(offer.endDate, context.locale) : '';
  if (!end) return '';
  return msg(str`Until ${end}`, {id: 'offers.valid-until', desc: 'Last day a gift offer can be redeemed'});
}

/**
 * Why the offer cannot be redeemed, in words, or ''. Without a member only what holds for everyone
 * is known (ended, not started, sold out); a member also hears about their tier, limit and points.
 */
export function reasonText(offer: Offer, signedIn: boolean): string {
  if (offer.isRedeemable) return '';
  const reason = offer.reason ?? (String(offer.status).toUpperCase() === 'EXPIRED' ? 'expired' : '');
  switch (reason) {
    case 'expired':
      return msg('This offer has ended.', {id: 'offers.reason.expired', desc: 'The gift offer is no longer available'});
    case 'not_started':
      return msg('This offer has not started yet.', {id: 'offers.reason.not-started', desc: 'The gift offer opens later'});
    case 'quota_exceeded':
      return signedIn
        ? msg('Sold out, or you have reached the limit for this offer.', {id: 'offers.reason.quota', desc: 'The gift offer has none left for this member'})
        : msg('Sold out.', {id: 'offers.reason.sold-out', desc: 'The gift offer has none left'});
  }
  if (!signedIn) return '';
  switch (reason) {
    case 'tier_required':
      return msg('This offer is for another membership tier.', {id: 'offers.reason.tier', desc: 'Only members of another tier may redeem the offer'});
    case 'insufficient_points':
      return msg('You do not have enough points for this offer yet.', {id: 'offers.reason.points', desc: 'The member has too few points'});
    case 'insufficient_stamps':
      return msg('You do not have enough stamps for this offer yet.', {id: 'offers.reason.stamps', desc: 'The member has too few stamps'});
    default:
      return '';
  }
}

/** "Limited to 100 · Up to 2 per member", or ''. */
export function stockOf(offer: Offer, context: ViewContext): string {
  const parts: string[] = [];
  if (offer.quota !== null) {
    const quota = formatNumber(offer.quota, context.locale);
    parts.push(msg(str`Limited to ${quota}`, {id: 'offers.stock.total', desc: 'How many of a gift exist in total, e.g. "Limited to 100"'}));
  }
  if (offer.quotaPerMember !== null) {
    const perMember = formatNumber(offer.quotaPerMember, context.locale);
    parts.push(msg(str`Up to ${perMember} per member`, {id: 'offers.stock.per-member', desc: 'How many of a gift one member may redeem'}));
  }
  return parts.join(' · ');
}

export function renderOfferImage(offer: Pick<Offer, 'image'>, className: string) {
  // Decorative: the name beside it says what it is.
  return offer.image ? html`<img part="offer-image" class=${className} src=${offer.image} alt="" loading="lazy" />` : nothing;
}

function renderOfferCard(offer: Offer, context: ViewContext, onOpen: (offer: Offer) => void) {
  const value = faceValueOf(offer, context);
  const reason = reasonText(offer, context.signedIn);
  const validity = validityOf(offer, context);
  const stock = stockOf(offer, context);
  return html`<li part="offer-card" class="card">
    ${renderOfferImage(offer, 'card-image')}
    <div class="card-body">
      <h3 class="card-title">
        <button part="offer-button" class="card-link" type="button" data-id=${String(offer.id)} @click=${() => onOpen(offer)}>${offer.name}</button>
      </h3>
      <p class="meta"><span part="cost" class="price">${costOf(offer, context)}</span>${value ? html`<span>${value}</span>` : nothing}</p>
      ${validity ? html`<p class="muted">${validity}</p>` : nothing} ${stock ? html`<p part="stock" class="muted">${stock}</p>` : nothing}
      ${reason ? html`<p part="reason" class="reason">${reason}</p>` : nothing}
    </div>
  </li>`;
}

export function renderOffers(flow: OffersFlow, context: ViewContext, handlers: {onPage(page: number): void; onOpen(offer: Offer): void}) {
  const list = flow.offers;
  const result = list.result;
  let body: unknown;
  if (!result) body = list.error ? nothing : renderSkeleton(['card', 'card']);
  else if (result.items.length === 0) body = html`<p class="empty">${msg('There are no gift offers right now.', {id: 'offers.empty', desc: 'No gift offers to show'})}</p>`;
  else
    body = html`<ul part="offer-list" class="card-list offer-grid" aria-busy=${list.busy ? 'true' : 'false'}>
      ${result.items.map((offer) => renderOfferCard(offer, context, handlers.onOpen))}
    </ul>`;
  return html`${renderErrorBanner(list.error, () => handlers.onPage(list.page))} ${body}
  ${result?.pagination ? renderPager({...result.pagination, busy: list.busy, onPage: handlers.onPage}) : nothing}`;
}

// ---------------------------------------------------------------------------------------------
// Tiers

function periodOf(tier: Tier, context: ViewContext): string {
  if (!tier.validPeriodValue) return '';
  const unit = tier.validPeriodUnit === 'YEARS' ? 'year' : 'month';
  const period = formatNumber(tier.validPeriodValue, context.locale, {style: 'unit', unit, unitDisplay: 'long'});
  return msg(str`Valid for ${period}`, {id: 'offers.tier.period', desc: 'How long a membership tier lasts, e.g. "Valid for 1 year"'});
}

function renderTier(tier: Tier, context: ViewContext, own: boolean) {
  const price = formatMoney(tier.price, tier.currency || context.currency, context.locale);
  const period = periodOf(tier, context);
  const discount = tier.discount ? formatNumber(tier.discount / 100, context.locale, {style: 'percent', maximumFractionDigits: 2}) : '';
  return html`<li part=${own ? 'tier tier-current' : 'tier'} class="card tier ${own ? 'current' : ''}" aria-current=${own ? 'true' : nothing}>
    <div class="card-body">
      <div class="tier-heading">
        <h3 class="card-title">${tier.name}</h3>
        ${own
          ? html`<span part="badge" class="badge current">${msg('Your tier', {id: 'offers.tier.yours', desc: 'Badge on the membership tier the member is in'})}</span>`
          : tier.isPopular
            ? html`<span part="badge" class="badge">${msg('Popular', {id: 'offers.tier.popular', desc: 'Badge on the most chosen membership tier'})}</span>`
            : nothing}
      </div>
      <p class="meta"><span part="price" class="price">${price}</span>${period ? html`<span>${period}</span>` : nothing}</p>
      ${tier.description ? html`<p class="description">${tier.description}</p>` : nothing}
      ${discount
        ? html`<p class="muted">${msg(str`Member discount: ${discount}`, {id: 'offers.tier.discount', desc: 'The discount members of a tier get, e.g. "Member discount: 10%"'})}</p>`
        : nothing}
      ${tier.benefits.length
        ? html`<ul part="benefits" class="benefits">
            ${tier.benefits.map((benefit) => html`<li>${benefit}</li>`)}
          </ul>`
        : nothing}
    </div>
  </li>`;
}

export function renderTiers(flow: OffersFlow, context: ViewContext, onRetry: () => void) {
  const list = flow.tiers;
  const result = list.result;
  const own = flow.memberTierId;
  let body: unknown;
  if (!result) body = list.error ? nothing : renderSkeleton(['card', 'card']);
  else if (result.items.length === 0) body = html`<p class="empty">${msg('There are no membership tiers.', {id: 'offers.tiers.empty', desc: 'No membership tiers to show'})}</p>`;
  else
    body = html`<ul part="tier-list" class="card-list tier-grid">
      ${result.items.map((tier) => renderTier(tier, context, own !== undefined && String(tier.id) === own))}
    </ul>`;
  return html`${renderErrorBanner(list.error, onRetry)} ${body}`;
}
