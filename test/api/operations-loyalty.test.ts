/** Every E-group client function (E1–E6) against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {claimGift, getGiftOffer, listGiftOffers, listMembershipTiers, listRedemptions, redeemGiftOffer} from '../../src/api/loyalty.js';
import {createMockFetch, mockControl} from '../../src/mock/index.js';
import {MOCK_LOYALTY_IDS} from '../../src/mock/fixtures/loyalty.js';
import type {OperationId} from '../../src/api/operations.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_LOYALTY_IDS;
const O = ids.offers;
const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const count = (operation: OperationId) => mockControl.requests.filter((r) => r.operation === operation).length;

describe('loyalty operations (E1–E6) through FavClient and the mock', () => {
  let token: string | undefined;
  let client: FavClient;

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow('2026-12-01T09:00:00+08:00');
    token = undefined;
    client = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      session: {getAccessToken: () => token, handleUnauthorized: async () => false},
    });
  });

  const signIn = (member = 'mem-demo-chan', company = 'demo') => {
    token = mockControl.issueToken(company, member).accessToken;
    return token;
  };

  it('E1 listMembershipTiers parses Tiers (money as decimal strings, enums, benefits) in the client locale', async () => {
    const tiers = await listMembershipTiers(client);
    const request = last('listMembershipTiers');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/membership-tiers`);
    expect(request.query).to.deep.equal({});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(tiers.dropped).to.equal(0);
    expect(tiers.items.map((t) => [t.id, t.name, t.price])).to.deep.equal([
      [ids.tiers.basic, 'Basic', '0.00'],
      [ids.tiers.silver, 'Silver', '388.00'],
      [ids.tiers.gold, 'Gold', '888.00'],
    ]);
    expect(tiers.items[1]).to.deep.include({validPeriodValue: 1, validPeriodUnit: 'YEARS', discount: 5, isPopular: true, sortOrder: 2, currency: 'HKD'});
    expect(tiers.items[1]!.benefits).to.deep.equal(['5 % off treatments', 'Earn 1.5× points', 'Priority booking']);
    expect(tiers.pagination).to.include({page: 1, total: 3, hasNext: false, hasPrev: false});

    const taipei = new FavClient({companyId: 'demo-taipei', locale: 'zh-Hant', fetch: createMockFetch()});
    const zh = await listMembershipTiers(taipei);
    expect(last('listMembershipTiers').headers).to.include({'x-company-id': 'demo-taipei', 'accept-language': 'zh-Hant'});
    expect(zh.items.map((t) => [t.name, t.price, t.currency, t.validPeriodUnit])).to.deep.equal([
      ['茶友', '0.00', 'TWD', 'MONTHS'],
      ['品茗家', '1200.00', 'TWD', 'YEARS'],
    ]);
  });

  it('E2 listGiftOffers sends limit + offset (+ page) and derives pagination from the offset shape', async () => {
    const page2 = await listGiftOffers(client, {page: 2, limit: 3});
    const request = last('listGiftOffers');
    expect(request.path).to.equal(`${PREFIX}/gifts/offers`);
    expect(request.query).to.deep.equal({limit: '3', offset: '3', page: '2'});
    expect(request.headers).not.to.have.property('authorization');
    expect(page2.items.map((o) => o.id)).to.deep.equal([O.goldOnly, O.soldOut, O.stamps]);
    expect(page2.pagination).to.deep.equal({page: 2, limit: 3, total: 8, totalPages: 3, hasNext: true, hasPrev: true});

    const lastPage = await listGiftOffers(client, {offset: 6, limit: 3});
    expect(last('listGiftOffers').query).to.deep.equal({limit: '3', offset: '6'});
    expect(lastPage.items.map((o) => o.id)).to.deep.equal([O.welcome, O.expired]);
    expect(lastPage.pagination).to.include({page: 3, hasNext: false, hasPrev: true});

    const all = await listGiftOffers(client);
    expect(last('listGiftOffers').query).to.deep.equal({});
    expect(all.dropped).to.equal(0);
    expect(all.items).to.have.length(8);
    const percentage = all.items.find((o) => o.id === O.percentage)!;
    expect(percentage).to.deep.include({points: 200, stamps: null, faceValue: 10, faceValueType: 'PERCENTAGE', quota: 100, quotaPerMember: null, isRedeemable: true, reason: null, status: 'ACTIVE', expiryPeriod: '2', expiryPeriodUnit: 'MONTHS', startDate: '2026-11-01', endDate: '2027-03-31'});
    expect(all.items.find((o) => o.id === O.soldOut)).to.include({isRedeemable: false, reason: 'quota_exceeded'});
    expect(all.items.find((o) => o.id === O.expired)).to.include({isRedeemable: false, reason: 'expired', status: 'EXPIRED'});
  });

  it('E2 sends the bearer when signed in and parses the member’s isRedeemable/reason', async () => {
    signIn('mem-demo-lee');
    const offers = await listGiftOffers(client);
    expect(last('listGiftOffers').headers.authorization).to.equal(`Bearer ${token}`);
    const byId = Object.fromEntries(offers.items.map((o) => [o.id, o]));
    expect(byId[O.cheap]).to.include({isRedeemable: true, reason: null});
    expect(byId[O.goldOnly]).to.include({isRedeemable: false, reason: 'tier_required', membershipTierId: ids.tiers.gold});
    expect(byId[O.percentage]).to.include({isRedeemable: false, reason: 'insufficient_points'});
  });

  it('E3 getGiftOffer puts the id in the path and parses an Offer; 404 NOT_FOUND', async () => {
    signIn();
    const offer = await getGiftOffer(client, O.goldOnly);
    const request = last('getGiftOffer');
    expect(request.path).to.equal(`${PREFIX}/gifts/offers/${O.goldOnly}`);
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(offer).to.deep.include({id: O.goldOnly, name: 'Gold members: free 30-minute massage', points: 800, faceValue: 380, faceValueType: 'AMOUNT', membershipTierId: ids.tiers.gold, quotaPerMember: 1, isRedeemable: true});
    expect(offer.image).to.match(/^data:image\/svg\+xml,/);
    const error = await rejection(getGiftOffer(client, 'offer nope/1'));
    expect(last('getGiftOffer').path).to.equal(`${PREFIX}/gifts/offers/offer%20nope%2F1`);
    expect(error).to.be.instanceOf(FavApiError);
    expect(error).to.include({status: 404, code: 'NOT_FOUND', kind: 'http'});
  });

  it('E4 redeemGiftOffer posts with the bearer and an Idempotency-Key and parses Redemption[]', async () => {
    signIn();
    const [one, ...rest] = await redeemGiftOffer(client, O.percentage);
    const request = last('redeemGiftOffer');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/gifts/offers/${O.percentage}/redeem`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.body).to.deep.equal({});
    expect(rest).to.deep.equal([]);
    expect(one).to.deep.include({id: 'rdm-1101', status: 'VALID', couponCode: 'HWS-G1101', points: 200, redemptionDate: '2026-12-01', fulfilledAt: null, fulfillmentMethod: 'coupon'});
    expect(one!.giftOffer).to.deep.include({id: O.percentage, name: '10 % off the online shop', faceValue: 10, faceValueType: 'PERCENTAGE'});
    expect(Date.parse(one!.expiresAt!)).to.be.greaterThan(Date.parse(one!.createdAt!));

    const firstKey = request.headers['idempotency-key'];
    const two = await redeemGiftOffer(client, O.cheap, {quantity: 2});
    expect(last('redeemGiftOffer').body).to.deep.equal({quantity: 2});
    expect(last('redeemGiftOffer').headers['idempotency-key']).to.match(UUID).and.not.equal(firstKey);
    expect(two.map((r) => [r.id, r.status, r.points])).to.deep.equal([
      ['rdm-1102', 'VALID', 50],
      ['rdm-1103', 'VALID', 50],
    ]);
  });

  it('E4 reuses a caller’s idempotencyKey: the replay returns the same redemption and deducts once', async () => {
    signIn();
    const key = crypto.randomUUID();
    const [first] = await redeemGiftOffer(client, O.goldOnly, {}, {idempotencyKey: key});
    const [again] = await redeemGiftOffer(client, O.goldOnly, {}, {idempotencyKey: key});
    expect(last('redeemGiftOffer').headers['idempotency-key']).to.equal(key);
    expect(count('redeemGiftOffer')).to.equal(2);
    expect(again).to.deep.equal(first);
    // 1200 − 800 = 400: two 200-point offers fit, a third does not.
    await redeemGiftOffer(client, O.percentage);
    await redeemGiftOffer(client, O.percentage);
    const broke = await rejection(redeemGiftOffer(client, O.percentage));
    expect(broke).to.include({status: 422, code: 'INSUFFICIENT_POINTS'});
    expect(broke.details).to.deep.equal({required: 200, available: 0});
  });

  it('E4 errors: 422 INSUFFICIENT_POINTS, 409 QUOTA_EXCEEDED, 403 TIER_REQUIRED, 400 quantity, 401', async () => {
    signIn('mem-demo-lee');
    const points = await rejection(redeemGiftOffer(client, O.percentage));
    expect(points).to.be.instanceOf(FavApiError);
    expect(points).to.include({status: 422, code: 'INSUFFICIENT_POINTS', kind: 'http', retryable: false});
    expect(points.details).to.deep.equal({required: 200, available: 80});
    expect(await rejection(redeemGiftOffer(client, O.soldOut))).to.include({status: 409, code: 'QUOTA_EXCEEDED'});
    expect(await rejection(redeemGiftOffer(client, O.goldOnly))).to.include({status: 403, code: 'TIER_REQUIRED'});
    expect(await rejection(redeemGiftOffer(client, O.expired))).to.include({status: 410, code: 'OFFER_EXPIRED'});
    const quantity = await rejection(redeemGiftOffer(client, O.cheap, {quantity: 0}));
    expect(last('redeemGiftOffer').body).to.deep.equal({quantity: 0});
    expect(quantity).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(quantity.details!.fields).to.have.property('quantity');

    // Signed out: the client refuses before sending anything.
    token = undefined;
    const before = count('redeemGiftOffer');
    const signedOut = await rejection(redeemGiftOffer(client, O.cheap));
    expect(signedOut).to.include({status: 401, code: 'LOGIN_REQUIRED'});
    expect(count('redeemGiftOffer')).to.equal(before);
    // An expired session: the mock answers 401 and the session bridge finds no fresh token.
    signIn();
    mockControl.expireToken(token);
    const expired = await rejection(redeemGiftOffer(client, O.cheap));
    expect(expired).to.include({status: 401, code: 'TOKEN_EXPIRED'});
    expect(count('redeemGiftOffer')).to.equal(before + 1);
  });

  it('E4 after a 401 refresh retries once with the fresh bearer and the same Idempotency-Key', async () => {
    const stale = signIn();
    mockControl.expireToken(stale);
    client = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      session: {
        getAccessToken: () => token,
        handleUnauthorized: async () => {
          signIn();
          return true;
        },
      },
    });
    const [redemption] = await redeemGiftOffer(client, O.cheap);
    const sent = mockControl.requests.filter((r) => r.operation === 'redeemGiftOffer');
    expect(sent.map((r) => r.headers.authorization)).to.deep.equal([`Bearer ${stale}`, `Bearer ${token}`]);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
    expect(redemption).to.include({status: 'VALID', points: 50});
  });

  it('E5 claimGift sends claimToken and code with an Idempotency-Key and parses the Redemption', async () => {
    signIn();
    const redemption = await claimGift(client, {claimToken: ids.claimTokens.valid});
    const request = last('claimGift');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/gifts/claim`);
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.body).to.deep.equal({claimToken: ids.claimTokens.valid, code: ids.claimTokens.valid});
    expect(redemption).to.deep.include({id: 'rdm-1101', status: 'FULFILLED', couponCode: 'HWS-G1101', points: 0, fulfillmentMethod: 'pickup'});
    expect(redemption.fulfilledAt).to.be.a('string');
    expect(redemption.giftOffer).to.include({id: O.welcome, name: 'Welcome gift: aroma sample'});

    const again = await rejection(claimGift(client, {offerId: O.welcome}));
    expect(last('claimGift').body).to.deep.equal({offerId: O.welcome});
    expect(again).to.include({status: 409, code: 'ALREADY_CLAIMED'});
    expect(again.details).to.deep.equal({offerId: O.welcome});
  });

  it('E5 errors: 401 LOGIN_REQUIRED for a guest (no bearer sent), 410 expired, 404 unknown', async () => {
    const guest = await rejection(claimGift(client, {claimToken: ids.claimTokens.valid}));
    expect(last('claimGift').headers).not.to.have.property('authorization');
    expect(guest).to.include({status: 401, code: 'LOGIN_REQUIRED', kind: 'http'});
    expect(await rejection(claimGift(client, {claimToken: ids.claimTokens.expired}))).to.include({status: 410, code: 'CLAIM_EXPIRED'});
    expect(await rejection(claimGift(client, {claimToken: 'NOPE'}))).to.include({status: 404, code: 'NOT_FOUND'});
    signIn('mem-demo-lee');
    const byOffer = await claimGift(client, {offerId: O.welcome});
    expect(byOffer).to.include({status: 'FULFILLED', id: 'rdm-1101'});
  });

  it('E6 listRedemptions sends status lowercase with limit/offset and the bearer; parses Redemptions', async () => {
    signIn();
    await redeemGiftOffer(client, O.cheap);
    const all = await listRedemptions(client);
    const request = last('listRedemptions');
    expect(request.path).to.equal(`${PREFIX}/gifts/redemptions`);
    expect(request.query).to.deep.equal({});
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(all.dropped).to.equal(0);
    expect(all.items.map((r) => [r.id, r.status])).to.deep.equal([
      ['rdm-1101', 'VALID'],
      [ids.redemptions.fulfilled, 'FULFILLED'],
      [ids.redemptions.used, 'USED'],
    ]);
    expect(all.items[1]).to.deep.include({couponCode: ids.redemptions.fulfilledCoupon, points: 300, redemptionDate: '2026-11-26'});
    expect(all.pagination).to.include({page: 1, total: 3, hasNext: false, hasPrev: false});

    const fulfilled = await listRedemptions(client, {status: 'FULFILLED', limit: 1, page: 1});
    expect(last('listRedemptions').query).to.deep.equal({status: 'fulfilled', limit: '1', offset: '0', page: '1'});
    expect(fulfilled.items.map((r) => r.id)).to.deep.equal([ids.redemptions.fulfilled]);
    expect(fulfilled.pagination).to.include({page: 1, limit: 1, total: 1, hasNext: false});

    const second = await listRedemptions(client, {limit: 2, page: 2});
    expect(last('listRedemptions').query).to.deep.equal({limit: '2', offset: '2', page: '2'});
    expect(second.items.map((r) => r.id)).to.deep.equal([ids.redemptions.used]);
    expect(second.pagination).to.include({page: 2, limit: 2, total: 3, hasNext: false, hasPrev: true});

    token = undefined;
    expect(await rejection(listRedemptions(client))).to.include({status: 401, code: 'LOGIN_REQUIRED'});
    signIn('mem-tpe-lin', 'demo-taipei');
    expect(await rejection(listRedemptions(client))).to.include({status: 401, code: 'UNAUTHORIZED'});
    client.configure({companyId: 'demo-taipei'});
    const lin = await listRedemptions(client);
    expect(last('listRedemptions').headers['x-company-id']).to.equal('demo-taipei');
    expect(lin.items.map((r) => [r.id, r.status, r.couponCode])).to.deep.equal([['rdm-2001', 'VALID', 'TPE-G2001']]);
  });
});
