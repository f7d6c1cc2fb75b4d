/** E1–E6. Loyalty: membership tiers, gift offers, redeem, claim and redemptions. */
import {loyaltyFixtures, type LoyaltyTenantFixture, type OfferFixture} from '../fixtures/loyalty.js';
import {assertValid, MockError, notFound, ok, route, type MockRoute, type RouteContext} from '../route.js';
import {onePage} from '../paging.js';
import {onReset, type MemberRecord} from '../state.js';
import {pick, type MockLocale} from '../text.js';
import {money} from '../money.js';
import {addDays, wallOf} from '../zoned-time.js';

const DAY_MS = 86_400_000;

type RedemptionStatus = 'VALID' | 'FULFILLED' | 'USED' | 'EXPIRED' | 'VOIDED';

interface RedemptionRecord {
  id: string;
  memberUuid: string;
  offerId: string;
  status: RedemptionStatus;
  /** Epoch ms; null for seeds, which are `ageMs` before the mock clock. */
  createdAt: number | null;
  ageMs: number;
  couponCode: string | null;
  points: number | null;
  stamps: number | null;
  /** Ms after creation, for FULFILLED/USED ones. */
  fulfilledAfterMs: number | null;
  source: 'redeem' | 'claim' | 'seed';
}

interface LoyaltyState {
  redemptions: RedemptionRecord[];
  next: number;
}

let loyalty = new Map<string, LoyaltyState>();

onReset(() => {
  loyalty = new Map();
  for (const [tenantId, fixture] of Object.entries(loyaltyFixtures)) {
    loyalty.set(tenantId, {
      next: fixture.firstRedemption,
      redemptions: fixture.seedRedemptions.map((seed) => {
        const offer = fixture.offers.find((o) => o.id === seed.offerId)!;
        return {
          id: seed.id,
          memberUuid: seed.memberUuid,
          offerId: seed.offerId,
          status: seed.status,
          createdAt: null,
          ageMs: seed.ageDays * DAY_MS,
          couponCode: seed.couponCode,
          points: offer.points,
          stamps: offer.stamps,
          fulfilledAfterMs: seed.status === 'VALID' ? null : 3600_000,
          source: 'seed',
        };
      }),
    });
  }
});

function loyaltyOf(ctx: RouteContext): {fixture: LoyaltyTenantFixture; state: LoyaltyState} {
  const fixture = loyaltyFixtures[ctx.tenant.id];
  const state = loyalty.get(ctx.tenant.id);
  if (!fixture || !state) throw notFound('This tenant has no loyalty programme');
  return {fixture, state};
}

// ---------------------------------------------------------------------------------------------
// Dates in the tenant's zone

function addPeriod(ms: number, value: number, unit: string): number {
  if (unit === 'MONTHS') {
    const date = new Date(ms);
    date.setUTCMonth(date.getUTCMonth() + value);
    return date.getTime();
  }
  return ms + value * DAY_MS;
}

function offerWindow(offer: OfferFixture, ctx: RouteContext) {
  const today = wallOf(ctx.now, ctx.tenant.info.timezone).date;
  const startDate = offer.startInDays === null ? null : addDays(today, offer.startInDays);
  const endDate = offer.endInDays === null ? null : addDays(today, offer.endInDays);
  return {today, startDate, endDate, expired: endDate !== null && endDate < today, notStarted: startDate !== null && startDate > today};
}

// ---------------------------------------------------------------------------------------------
// Availability

const live = (r: RedemptionRecord) => r.status !== 'VOIDED';

function usedQuota(state: LoyaltyState, offer: OfferFixture): number {
  return offer.redeemedElsewhere + state.redemptions.filter((r) => r.offerId === offer.id && live(r)).length;
}

function memberUsed(state: LoyaltyState, offer: OfferFixture, member: MemberRecord): number {
  return state.redemptions.filter((r) => r.offerId === offer.id && r.memberUuid === member.uuid && live(r)).length;
}

interface Blocker {
  reason: string;
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Why `member` (or anyone, without one) cannot take `quantity` of `offer`; null when they can. */
function blocker(ctx: RouteContext, state: LoyaltyState, offer: OfferFixture, member: MemberRecord | null, quantity = 1): Blocker | null {
  const window = offerWindow(offer, ctx);
  if (window.expired) return {reason: 'expired', status: 410, code: 'OFFER_EXPIRED', message: 'This offer has ended', details: {endDate: window.endDate}};
  if (window.notStarted) return {reason: 'not_started', status: 422, code: 'OFFER_NOT_STARTED', message: 'This offer has not started yet', details: {startDate: window.startDate}};
  if (member && offer.membershipTierId && member.tierId !== offer.membershipTierId) {
    return {
      reason: 'tier_required',
      status: 403,
      code: 'TIER_REQUIRED',
      message: 'This offer is for another membership tier',
      details: {requiredTierId: offer.membershipTierId, memberTierId: member.tierId},
    };
  }
  if (offer.quota !== null) {
    const remaining = Math.max(offer.quota - usedQuota(state, offer), 0);
    if (remaining < quantity) {
      return {reason: 'quota_exceeded', status: 409, code: 'QUOTA_EXCEEDED', message: remaining ? `Only ${remaining} left` : 'This offer is fully redeemed', details: {quota: offer.quota, remaining}};
    }
  }
  if (member && offer.quotaPerMember !== null) {
    const remaining = Math.max(offer.quotaPerMember - memberUsed(state, offer, member), 0);
    if (remaining < quantity) {
      return {
        reason: 'quota_exceeded',
        status: 409,
        code: 'QUOTA_EXCEEDED',
        message: remaining ? `You can redeem ${remaining} more` : 'You have reached the limit for this offer',
        details: {quotaPerMember: offer.quotaPerMember, remaining},
      };
    }
  }
  if (member && offer.points) {
    const required = offer.points * quantity;
    if (member.points < required) {
      return {reason: 'insufficient_points', status: 422, code: 'INSUFFICIENT_POINTS', message: 'Not enough points', details: {required, available: member.points}};
    }
  }
  if (member && offer.stamps) {
    const required = offer.stamps * quantity;
    if (member.stamps < required) {
      return {reason: 'insufficient_stamps', status: 422, code: 'INSUFFICIENT_STAMPS', message: 'Not enough stamps', details: {required, available: member.stamps}};
    }
  }
  return null;
}

function raise(block: Blocker): never {
  throw new MockError(block.status, block.code, block.message, block.details);
}

// ---------------------------------------------------------------------------------------------
// JSON

function offerImage(offer: OfferFixture): string {
  const [from, to] = offer.colors;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="320" height="200" rx="16" fill="url(#g)"/><circle cx="160" cy="100" r="52" fill="#fff" fill-opacity=".35"/>` +
    `<text x="160" y="118" font-family="sans-serif" font-size="48" fill="#fff" text-anchor="middle">${offer.glyph}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function summaryJson(offer: OfferFixture, locale: MockLocale) {
  return {
    id: offer.id,
    name: pick(offer.name, locale),
    description: pick(offer.description, locale),
    points: offer.points,
    stamps: offer.stamps,
    image: offerImage(offer),
    faceValue: offer.faceValue,
    faceValueType: offer.faceValueType,
    termsAndConditions: pick(offer.termsAndConditions, locale),
  };
}

function offerJson(ctx: RouteContext, state: LoyaltyState, offer: OfferFixture) {
  const window = offerWindow(offer, ctx);
  const block = blocker(ctx, state, offer, ctx.member);
  return {
    ...summaryJson(offer, ctx.locale),
    expiryPeriod: offer.expiryPeriod,
    expiryPeriodUnit: offer.expiryPeriodUnit,
    membershipTierId: offer.membershipTierId,
    quota: offer.quota,
    quotaPerMember: offer.quotaPerMember,
    startDate: window.startDate,
    endDate: window.endDate,
    isRedeemable: block === null,
    status: window.expired ? 'EXPIRED' : window.notStarted ? 'SCHEDULED' : 'ACTIVE',
    ...(block ? {reason: block.reason} : {}),
  };
}

function redemptionJson(ctx: RouteContext, fixture: LoyaltyTenantFixture, record: RedemptionRecord) {
  const offer = fixture.offers.find((o) => o.id === record.offerId) ?? null;
  const created = record.createdAt ?? ctx.now - record.ageMs;
  const expires = offer?.expiryPeriod ? addPeriod(created, offer.expiryPeriod, offer.expiryPeriodUnit ?? 'DAYS') : null;
  const status: RedemptionStatus =
    (record.status === 'VALID' || record.status === 'FULFILLED') && expires !== null && expires <= ctx.now ? 'EXPIRED' : record.status;
  return {
    id: record.id,
    status,
    couponCode: record.couponCode,
    points: record.points,
    stamps: record.stamps,
    redemptionDate: wallOf(created, ctx.tenant.info.timezone).date,
    expiresAt: expires === null ? null : new Date(expires).toISOString(),
    fulfilledAt: record.fulfilledAfterMs === null ? null : new Date(created + record.fulfilledAfterMs).toISOString(),
    fulfillmentMethod: offer?.fulfillmentMethod ?? null,
    remarks: offer ? pick(offer.remarks, ctx.locale) : null,
    createdAt: new Date(created).toISOString(),
    giftOffer: offer ? summaryJson(offer, ctx.locale) : null,
  };
}

function offsetPage<T>(items: T[], query: Record<string, string>) {
  const limit = Math.min(100, Math.max(1, Number.parseInt(query.limit ?? '', 10) || 20));
  const page = Math.max(1, Number.parseInt(query.page ?? '', 10) || 1);
  const offsetRaw = Number.parseInt(query.offset ?? '', 10);
  const offset = Number.isFinite(offsetRaw) && offsetRaw >= 0 ? offsetRaw : (page - 1) * limit;
  return {items: items.slice(offset, offset + limit), total: items.length, limit, offset};
}

function newRedemption(ctx: RouteContext, fixture: LoyaltyTenantFixture, state: LoyaltyState, offer: OfferFixture, source: 'redeem' | 'claim'): RedemptionRecord {
  const n = state.next++;
  const record: RedemptionRecord = {
    id: `${fixture.redemptionPrefix}${n}`,
    memberUuid: ctx.member!.uuid,
    offerId: offer.id,
    status: source === 'claim' ? 'FULFILLED' : 'VALID',
    createdAt: ctx.now,
    ageMs: 0,
    couponCode: `${fixture.couponPrefix}${n}`,
    points: source === 'claim' ? 0 : offer.points,
    stamps: source === 'claim' ? null : offer.stamps,
    fulfilledAfterMs: source === 'claim' ? 0 : null,
    source,
  };
  state.redemptions.push(record);
  return record;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);

// ---------------------------------------------------------------------------------------------
// Routes

export const loyaltyRoutes: MockRoute[] = [
  route('listMembershipTiers', (ctx) => {
    const {fixture} = loyaltyOf(ctx);
    const items = [...fixture.tiers]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((tier) => ({
        id: tier.id,
        name: pick(tier.name, ctx.locale),
        description: pick(tier.description, ctx.locale),
        price: money(tier.priceCents),
        validPeriodValue: tier.validPeriodValue,
        validPeriodUnit: tier.validPeriodUnit,
        discount: tier.discount,
        benefits: tier.benefits.map((b) => pick(b, ctx.locale)),
        isPopular: tier.isPopular,
        sortOrder: tier.sortOrder,
        currency: ctx.tenant.info.currency,
      }));
    return ok(onePage(items));
  }),

  route('listGiftOffers', (ctx) => {
    const {fixture, state} = loyaltyOf(ctx);
    return ok(offsetPage(fixture.offers.map((offer) => offerJson(ctx, state, offer)), ctx.query));
  }),

  route('getGiftOffer', (ctx) => {
    const {fixture, state} = loyaltyOf(ctx);
    const offer = fixture.offers.find((o) => o.id === ctx.params.id);
    if (!offer) throw notFound('Offer not found');
    return ok(offerJson(ctx, state, offer));
  }),

  route('redeemGiftOffer', (ctx) => {
    const {fixture, state} = loyaltyOf(ctx);
    const member = ctx.member!;
    const raw = ctx.body.quantity;
    const quantity = raw === undefined || raw === null ? 1 : typeof raw === 'string' ? Number(raw) : raw;
    assertValid({quantity: typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 && quantity <= 20 ? undefined : 'Enter a whole number from 1 to 20'});
    const count = quantity as number;
    const offer = fixture.offers.find((o) => o.id === ctx.params.id);
    if (!offer) throw notFound('Offer not found');
    const block = blocker(ctx, state, offer, member, count);
    if (block) raise(block);
    member.points -= (offer.points ?? 0) * count;
    member.stamps -= (offer.stamps ?? 0) * count;
    const records = Array.from({length: count}, () => newRedemption(ctx, fixture, state, offer, 'redeem'));
    const items = records.map((record) => redemptionJson(ctx, fixture, record));
    return ok(count === 1 ? items[0] : {items}, 201);
  }),

  route('claimGift', (ctx) => {
      const {fixture, state} = loyaltyOf(ctx);
    const token = str(ctx.body.claimToken) ?? str(ctx.body.code);
    const offerId = str(ctx.body.offerId);
    assertValid({claimToken: token || offerId ? undefined : 'Enter a claim code'});
    let offer: OfferFixture | undefined;
    if (token) {
      const claim = fixture.claimTokens.find((c) => c.token.toUpperCase() === token.toUpperCase());
      if (!claim) throw new MockError(404, 'NOT_FOUND', 'This gift code is not valid');
      if (claim.expired) throw new MockError(410, 'CLAIM_EXPIRED', 'This gift code has expired');
      offer = fixture.offers.find((o) => o.id === claim.offerId)!;
    } else {
      offer = fixture.offers.find((o) => o.id === offerId);
      if (!offer) throw notFound('Offer not found');
      assertValid({offerId: offer.claimable ? undefined : 'This offer is redeemed with points'});
    }
    const member = ctx.member;
    if (!member) throw new MockError(401, 'LOGIN_REQUIRED', 'Sign in to claim this gift');
    if (memberUsed(state, offer, member) > 0) throw new MockError(409, 'ALREADY_CLAIMED', 'You have already claimed this gift', {offerId: offer.id});
    // Claims are free: points and stamps are not checked.
    const block = blocker(ctx, state, {...offer, points: null, stamps: null, quotaPerMember: null}, member);
    if (block) raise(block);
    const record = newRedemption(ctx, fixture, state, offer, 'claim');
    return ok(redemptionJson(ctx, fixture, record), 201);
  }),

  route('listRedemptions', (ctx) => {
    const {fixture, state} = loyaltyOf(ctx);
    const status = ctx.query.status?.trim().toUpperCase();
    const mine = state.redemptions
      .filter((r) => r.memberUuid === ctx.member!.uuid)
      .sort((a, b) => (b.createdAt ?? ctx.now - b.ageMs) - (a.createdAt ?? ctx.now - a.ageMs) || b.id.localeCompare(a.id))
      .map((r) => redemptionJson(ctx, fixture, r))
      .filter((r) => !status || r.status === status);
    return ok(offsetPage(mine, ctx.query));
  }),
];
