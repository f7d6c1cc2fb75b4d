/** The loyalty mock (E1–E6): tiers, offers with per-member redeemability, redeem, claim, redemptions. */
import {expect} from '@open-wc/testing';
import {mockControl} from '../../src/mock/index.js';
import {MOCK_LOYALTY_IDS} from '../../src/mock/fixtures/loyalty.js';
import {mockGet as get, mockPost as post, type MockCallOptions, mockCall} from '../support/mock.js';

const ids = MOCK_LOYALTY_IDS;
const O = ids.offers;
/** Tuesday 1 December 2026, 09:00 in Hong Kong and Taipei (01:00 UTC). */
const NOW = '2026-12-01T09:00:00+08:00';
const NOW_ISO = '2026-12-01T01:00:00.000Z';

const chanToken = () => mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
const leeToken = () => mockControl.issueToken('demo', 'mem-demo-lee').accessToken;
const linToken = () => mockControl.issueToken('demo-taipei', 'mem-tpe-lin').accessToken;
const redeem = (offerId: string, options: MockCallOptions & {quantity?: unknown} = {}) => {
  const {quantity, ...rest} = options;
  return post(`/gifts/offers/${offerId}/redeem`, quantity === undefined ? {} : {quantity}, rest);
};
const offer = async (id: string, token?: string) => (await get(`/gifts/offers/${id}`, {token})).data;
/** The mock clock keeps running after setNow: instants are checked to within a few seconds. */
const near = (actual: string, expected: string) => expect(Math.abs(Date.parse(actual) - Date.parse(expected)), `${actual} vs ${expected}`).to.be.below(5000);
const reasons = (items: any[]) => Object.fromEntries(items.map((o) => [o.id, o.isRedeemable ? true : o.reason]));

describe('loyalty mock (E1–E6)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  describe('E1 listMembershipTiers', () => {
    it('lists the demo tiers in order with decimal prices, HKD and benefits, in both languages', async () => {
      const en = await get('/membership-tiers');
      expect(en.status).to.equal(200);
      expect(en.data.items.map((t: any) => [t.id, t.name, t.price, t.sortOrder, t.isPopular])).to.deep.equal([
        [ids.tiers.basic, 'Basic', '0.00', 1, false],
        [ids.tiers.silver, 'Silver', '388.00', 2, true],
        [ids.tiers.gold, 'Gold', '888.00', 3, false],
      ]);
      expect(en.data.pagination).to.deep.equal({page: 1, limit: 3, total: 3, totalPages: 1, hasNext: false, hasPrev: false});
      const gold = en.data.items[2];
      expect(gold).to.include({validPeriodValue: 1, validPeriodUnit: 'YEARS', discount: 10, currency: 'HKD'});
      expect(gold.benefits).to.have.length(4);
      expect(gold.benefits[0]).to.equal('10 % off treatments');
      const zh = await get('/membership-tiers', {locale: 'zh-Hant'});
      expect(zh.data.items.map((t: any) => t.name)).to.deep.equal(['基本會員', '銀卡會員', '金卡會員']);
      expect(zh.data.items[2].benefits[0]).to.equal('療程9折');
      expect(zh.data.items[0].description).to.equal('免費會籍：每次消費賺取積分。');
    });

    it('gives demo-taipei its own TWD tiers', async () => {
      const {data} = await get('/membership-tiers', {company: 'demo-taipei', locale: 'zh-Hant'});
      expect(data.items.map((t: any) => [t.id, t.name, t.price, t.currency])).to.deep.equal([
        ['tier-tpe-friend', '茶友', '0.00', 'TWD'],
        ['tier-tpe-connoisseur', '品茗家', '1200.00', 'TWD'],
      ]);
      expect(data.items[0].description).to.equal(null);
      const en = await get('/membership-tiers', {company: 'demo-taipei'});
      expect(en.data.items[1]).to.include({name: 'Connoisseur', isPopular: true, discount: 10});
    });
  });

  describe('E2 listGiftOffers', () => {
    it('pages with limit/offset (and page) in the SDK offset shape', async () => {
      const all = await get('/gifts/offers');
      expect(all.status).to.equal(200);
      expect(all.data).to.include({total: 8, limit: 20, offset: 0});
      expect(all.data).not.to.have.property('pagination');
      expect(all.data.items.map((o: any) => o.id)).to.deep.equal([O.cheap, O.perMemberQuota, O.percentage, O.goldOnly, O.soldOut, O.stamps, O.welcome, O.expired]);
      const second = await get('/gifts/offers?limit=3&offset=3');
      expect(second.data).to.include({total: 8, limit: 3, offset: 3});
      expect(second.data.items.map((o: any) => o.id)).to.deep.equal([O.goldOnly, O.soldOut, O.stamps]);
      const byPage = await get('/gifts/offers?limit=3&page=3');
      expect(byPage.data).to.include({total: 8, limit: 3, offset: 6});
      expect(byPage.data.items.map((o: any) => o.id)).to.deep.equal([O.welcome, O.expired]);
      const past = await get('/gifts/offers?limit=5&offset=10');
      expect(past.data.items).to.deep.equal([]);
      expect((await get('/gifts/offers?limit=500')).data.limit).to.equal(100);
    });

    it('describes offers with dates relative to the mock clock, costs, face values and images', async () => {
      const {data} = await get('/gifts/offers');
      const byId = Object.fromEntries(data.items.map((o: any) => [o.id, o]));
      expect(byId[O.perMemberQuota]).to.include({
        name: 'HK$50 off any treatment',
        points: 300,
        stamps: null,
        faceValue: 50,
        faceValueType: 'AMOUNT',
        quotaPerMember: 2,
        quota: null,
        membershipTierId: null,
        startDate: '2026-11-01',
        endDate: '2027-03-31',
        status: 'ACTIVE',
        expiryPeriod: 30,
        expiryPeriodUnit: 'DAYS',
      });
      expect(byId[O.perMemberQuota].termsAndConditions).to.contain('One coupon per booking');
      expect(byId[O.percentage]).to.include({faceValue: 10, faceValueType: 'PERCENTAGE', quota: 100, expiryPeriod: 2, expiryPeriodUnit: 'MONTHS'});
      expect(byId[O.goldOnly].membershipTierId).to.equal(ids.tiers.gold);
      expect(byId[O.stamps]).to.include({points: null, stamps: 10});
      expect(byId[O.expired]).to.include({status: 'EXPIRED', endDate: '2026-10-02'});
      for (const o of data.items) expect(o.image).to.match(/^data:image\/svg\+xml,/);
      mockControl.setNow('2027-01-10T09:00:00+08:00');
      const later = await offer(O.perMemberQuota);
      expect(later).to.include({startDate: '2026-12-11', endDate: '2027-05-10'});
    });

    it('says why each offer is not redeemable: anonymously, for mem-demo-chan and for mem-demo-lee', async () => {
      const anonymous = (await get('/gifts/offers')).data.items;
      expect(reasons(anonymous)).to.deep.equal({
        [O.cheap]: true,
        [O.perMemberQuota]: true,
        [O.percentage]: true,
        [O.goldOnly]: true,
        [O.soldOut]: 'quota_exceeded',
        [O.stamps]: true,
        [O.welcome]: true,
        [O.expired]: 'expired',
      });
      expect(anonymous.find((o: any) => o.id === O.cheap)).not.to.have.property('reason');
      const chan = (await get('/gifts/offers', {token: chanToken()})).data.items;
      expect(reasons(chan)).to.deep.equal({
        [O.cheap]: true,
        [O.perMemberQuota]: true,
        [O.percentage]: true,
        [O.goldOnly]: true,
        [O.soldOut]: 'quota_exceeded',
        [O.stamps]: 'insufficient_stamps',
        [O.welcome]: true,
        [O.expired]: 'expired',
      });
      const lee = (await get('/gifts/offers', {token: leeToken()})).data.items;
      expect(reasons(lee)).to.deep.equal({
        [O.cheap]: true,
        [O.perMemberQuota]: 'insufficient_points',
        [O.percentage]: 'insufficient_points',
        [O.goldOnly]: 'tier_required',
        [O.soldOut]: 'quota_exceeded',
        [O.stamps]: 'insufficient_stamps',
        [O.welcome]: true,
        [O.expired]: 'expired',
      });
      for (const item of [...anonymous, ...chan, ...lee]) {
        if (!item.isRedeemable) expect(ids.reasons).to.include(item.reason);
      }
    });

    it('answers in Traditional Chinese and keeps demo-taipei’s offers apart', async () => {
      const zh = (await get('/gifts/offers', {locale: 'zh-Hant'})).data.items;
      expect(zh.find((o: any) => o.id === O.cheap)).to.include({name: '免費花草茶', description: '課後享用一壺自家花草茶。'});
      const tpe = await get('/gifts/offers', {company: 'demo-taipei', locale: 'zh-Hant'});
      expect(tpe.data.total).to.equal(3);
      expect(tpe.data.items.map((o: any) => [o.id, o.name])).to.deep.equal([
        ['offer-tpe-sample', '茶葉試飲包'],
        ['offer-tpe-teaware', '茶具85折'],
        ['offer-tpe-welcome', '迎新奉茶'],
      ]);
      // A demo token means nothing to demo-taipei: the list is the anonymous one, not a 401.
      const foreign = await get('/gifts/offers', {company: 'demo-taipei', token: chanToken()});
      expect(foreign.status).to.equal(200);
      expect(foreign.data.items.every((o: any) => o.isRedeemable)).to.equal(true);
    });
  });

  describe('E3 getGiftOffer', () => {
    it('returns one offer with the member’s redeemability; 404 NOT_FOUND for unknown and other tenants’ ids', async () => {
      const answer = await get(`/gifts/offers/${O.goldOnly}`, {locale: 'zh-Hant'});
      expect(answer.status).to.equal(200);
      expect(answer.data).to.include({id: O.goldOnly, name: '金卡會員：免費30分鐘按摩', points: 800, faceValue: 380, isRedeemable: true, status: 'ACTIVE'});
      expect((await offer(O.goldOnly, leeToken()))).to.include({isRedeemable: false, reason: 'tier_required'});
      expect((await offer(O.goldOnly, chanToken())).isRedeemable).to.equal(true);
      for (const [id, company] of [
        ['offer-nope', 'demo'],
        [O.cheap, 'demo-taipei'],
        ['offer-tpe-sample', 'demo'],
      ] as const) {
        const missing = await get(`/gifts/offers/${id}`, {company});
        expect(missing.status).to.equal(404);
        expect(missing.error!.code).to.equal('NOT_FOUND');
      }
      expect((await get('/gifts/offers/offer-tpe-sample', {company: 'demo-taipei'})).data.points).to.equal(50);
    });
  });

  describe('E4 redeemGiftOffer', () => {
    it('issues a VALID redemption with a coupon, deducts the points and refuses the next one', async () => {
      const token = leeToken();
      const answer = await redeem(O.cheap, {token, key: 'lee-tea-1'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.deep.include({
        id: 'rdm-1101',
        status: 'VALID',
        couponCode: 'HWS-G1101',
        points: 50,
        redemptionDate: '2026-12-01',
        fulfilledAt: null,
        fulfillmentMethod: 'pickup',
        remarks: 'Show the coupon code at the Central studio reception to collect.',
      });
      near(answer.data.createdAt, NOW_ISO);
      near(answer.data.expiresAt, '2026-12-31T01:00:00.000Z');
      expect(answer.data.giftOffer).to.include({id: O.cheap, name: 'Free herbal tea', points: 50, faceValue: 38, faceValueType: 'AMOUNT'});
      // 80 − 50 = 30 points left.
      expect(await offer(O.cheap, token)).to.include({isRedeemable: false, reason: 'insufficient_points'});
      const again = await redeem(O.cheap, {token, key: 'lee-tea-2'});
      expect(again.status).to.equal(422);
      expect(again.error!.code).to.equal('INSUFFICIENT_POINTS');
      expect(again.error!.details).to.deep.equal({required: 50, available: 30});
    });

    it('redeems with no body (the SDK form) as one unit and quantity > 1 as {items}', async () => {
      const token = chanToken();
      const bare = await mockCall('POST', `/gifts/offers/${O.percentage}/redeem`, {token});
      expect(bare.status).to.equal(201);
      expect(bare.data).to.include({id: 'rdm-1101', status: 'VALID', points: 200, fulfillmentMethod: 'coupon'});
      near(bare.data.expiresAt, '2027-02-01T01:00:00.000Z');
      const two = await redeem(O.cheap, {token, quantity: 2});
      expect(two.status).to.equal(201);
      expect(two.data.items.map((r: any) => [r.id, r.couponCode, r.points])).to.deep.equal([
        ['rdm-1102', 'HWS-G1102', 50],
        ['rdm-1103', 'HWS-G1103', 50],
      ]);
      const text = await redeem(O.cheap, {token, quantity: '2'});
      expect(text.data.items).to.have.length(2);
      // 1200 − 200 − 100 − 100 = 800: exactly the gold massage, then nothing more.
      expect((await redeem(O.goldOnly, {token})).status).to.equal(201);
      const broke = await redeem(O.cheap, {token});
      expect(broke.error).to.deep.include({code: 'INSUFFICIENT_POINTS', details: {required: 50, available: 0}});
    });

    it('validates quantity (400 VALIDATION_ERROR details.fields.quantity)', async () => {
      const token = chanToken();
      for (const quantity of [0, -1, 1.5, 'two', 21, true]) {
        const answer = await redeem(O.cheap, {token, quantity});
        expect(answer.status, String(quantity)).to.equal(400);
        expect(answer.error!.code).to.equal('VALIDATION_ERROR');
        expect(answer.error!.details.fields).to.have.keys(['quantity']);
      }
      expect((await redeem(O.cheap, {token, quantity: 20})).status).to.equal(201);
    });

    it('refuses sold-out and per-member quotas with 409 QUOTA_EXCEEDED', async () => {
      const token = chanToken();
      const soldOut = await redeem(O.soldOut, {token});
      expect(soldOut.status).to.equal(409);
      expect(soldOut.error).to.deep.include({code: 'QUOTA_EXCEEDED', details: {quota: 20, remaining: 0}});
      // mem-demo-chan already has one of two: two more is too many, one is fine, then none.
      const tooMany = await redeem(O.perMemberQuota, {token, quantity: 2});
      expect(tooMany.status).to.equal(409);
      expect(tooMany.error).to.deep.include({code: 'QUOTA_EXCEEDED', details: {quotaPerMember: 2, remaining: 1}});
      expect((await redeem(O.perMemberQuota, {token})).status).to.equal(201);
      expect(await offer(O.perMemberQuota, token)).to.include({isRedeemable: false, reason: 'quota_exceeded'});
      const limit = await redeem(O.perMemberQuota, {token});
      expect(limit.status).to.equal(409);
      expect(limit.error).to.deep.include({code: 'QUOTA_EXCEEDED', details: {quotaPerMember: 2, remaining: 0}});
      // The per-member quota is per member.
      expect((await offer(O.perMemberQuota)).isRedeemable).to.equal(true);
    });

    it('answers 403 TIER_REQUIRED, 410 for an ended offer, 404 for an unknown one', async () => {
      const tier = await redeem(O.goldOnly, {token: leeToken()});
      expect(tier.status).to.equal(403);
      expect(tier.error).to.deep.include({code: 'TIER_REQUIRED', details: {requiredTierId: ids.tiers.gold, memberTierId: ids.tiers.basic}});
      const expired = await redeem(O.expired, {token: chanToken()});
      expect(expired.status).to.equal(410);
      expect(expired.error!.code).to.equal('OFFER_EXPIRED');
      expect(expired.error!.details).to.deep.equal({endDate: '2026-10-02'});
      const unknown = await redeem('offer-nope', {token: chanToken()});
      expect(unknown.status).to.equal(404);
      expect(unknown.error!.code).to.equal('NOT_FOUND');
    });

    it('answers 401 without a token, with an expired one and with another tenant’s', async () => {
      const none = await redeem(O.cheap);
      expect(none.status).to.equal(401);
      expect(none.error!.code).to.equal('UNAUTHORIZED');
      const token = chanToken();
      mockControl.expireToken(token);
      const stale = await redeem(O.cheap, {token});
      expect(stale.status).to.equal(401);
      expect(stale.error!.code).to.equal('TOKEN_EXPIRED');
      const foreign = await redeem('offer-tpe-sample', {company: 'demo-taipei', token: chanToken()});
      expect(foreign.status).to.equal(401);
    });

    it('replays by Idempotency-Key without deducting twice; another body with the key is 422', async () => {
      const token = chanToken();
      const first = await redeem(O.goldOnly, {token, key: 'gold-1'});
      const again = await redeem(O.goldOnly, {token, key: 'gold-1'});
      expect(first.status).to.equal(201);
      expect(again.status).to.equal(201);
      expect(again.data).to.deep.equal(first.data);
      // 1200 − 800 = 400 left (not −400): two 200-point redemptions still fit.
      expect((await redeem(O.percentage, {token, key: 'shop-1'})).status).to.equal(201);
      expect((await redeem(O.percentage, {token, key: 'shop-2'})).status).to.equal(201);
      expect((await redeem(O.cheap, {token, key: 'tea-1'})).error!.code).to.equal('INSUFFICIENT_POINTS');
      const mine = (await get('/gifts/redemptions', {token})).data;
      expect(mine.items.filter((r: any) => r.giftOffer.id === O.goldOnly)).to.have.length(1);
      const reused = await redeem(O.goldOnly, {token, key: 'gold-1', quantity: 2});
      expect(reused.status).to.equal(422);
      expect(reused.error!.code).to.equal('IDEMPOTENCY_KEY_REUSED');
    });

    it('keeps demo-taipei’s points, counters and coupons apart', async () => {
      const answer = await redeem('offer-tpe-teaware', {company: 'demo-taipei', token: linToken(), locale: 'zh-Hant'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.include({id: 'rdm-2101', couponCode: 'TPE-G2101', points: 400, remarks: '結帳時請提供優惠碼。'});
      expect(answer.data.giftOffer).to.include({name: '茶具85折', faceValue: 15, faceValueType: 'PERCENTAGE'});
      // 500 − 400 = 100.
      const more = await redeem('offer-tpe-teaware', {company: 'demo-taipei', token: linToken()});
      expect(more.error).to.deep.include({code: 'INSUFFICIENT_POINTS', details: {required: 400, available: 100}});
      expect((await redeem(O.cheap, {token: chanToken()})).data.id).to.equal('rdm-1101');
    });
  });

  describe('E5 claimGift', () => {
    it('lets the visitor sign in and retry with the same claimToken and Idempotency-Key (401 is not replayed)', async () => {
      const body = {claimToken: ids.claimTokens.valid, code: ids.claimTokens.valid};
      const guest = await post('/gifts/claim', body, {key: 'claim-after-login'});
      expect(guest.error!.code).to.equal('LOGIN_REQUIRED');
      const signedIn = await post('/gifts/claim', body, {key: 'claim-after-login', token: chanToken()});
      expect(signedIn.status).to.equal(201);
      expect(signedIn.data.giftOffer.id).to.equal(O.welcome);
    });

    it('refuses an Idempotency-Key reused on another offer (422 IDEMPOTENCY_KEY_REUSED)', async () => {
      const token = chanToken();
      expect((await post(`/gifts/offers/${O.cheap}/redeem`, {quantity: 1}, {token, key: 'reused'})).status).to.equal(201);
      const other = await post(`/gifts/offers/${O.percentage}/redeem`, {quantity: 1}, {token, key: 'reused'});
      expect(other.status).to.equal(422);
      expect(other.error!.code).to.equal('IDEMPOTENCY_KEY_REUSED');
    });

    it('claims WELCOME-2026 once per member (FULFILLED, free), then 409 ALREADY_CLAIMED', async () => {
      const token = chanToken();
      const answer = await post('/gifts/claim', {claimToken: ids.claimTokens.valid, code: ids.claimTokens.valid}, {token, key: 'claim-1'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.include({
        id: 'rdm-1101',
        status: 'FULFILLED',
        couponCode: 'HWS-G1101',
        points: 0,
        redemptionDate: '2026-12-01',
      });
      near(answer.data.createdAt, NOW_ISO);
      expect(answer.data.fulfilledAt).to.equal(answer.data.createdAt);
      expect(answer.data.giftOffer).to.include({id: O.welcome, name: 'Welcome gift: aroma sample'});
      expect(await offer(O.welcome, token)).to.include({isRedeemable: false, reason: 'quota_exceeded'});
      for (const body of [{claimToken: 'welcome-2026'}, {code: ids.claimTokens.valid}, {offerId: O.welcome}]) {
        const twice = await post('/gifts/claim', body, {token, key: `again-${JSON.stringify(body)}`});
        expect(twice.status).to.equal(409);
        expect(twice.error).to.deep.include({code: 'ALREADY_CLAIMED', details: {offerId: O.welcome}});
      }
      // Another member can still claim it; the code alone (SDK form) is enough.
      const lee = await post('/gifts/claim', {code: 'welcome-2026'}, {token: leeToken()});
      expect(lee.status).to.equal(201);
      expect(lee.data).to.include({id: 'rdm-1102', status: 'FULFILLED'});
    });

    it('claims a free offer by offerId; a points offer by offerId is 400, an unknown one 404', async () => {
      const token = leeToken();
      const answer = await post('/gifts/claim', {offerId: O.welcome}, {token, locale: 'zh-Hant'});
      expect(answer.status).to.equal(201);
      expect(answer.data.giftOffer.name).to.equal('迎新禮品：香薰試用裝');
      expect(answer.data.remarks).to.equal('請於中環館接待處出示優惠碼領取。');
      const points = await post('/gifts/claim', {offerId: O.cheap}, {token});
      expect(points.status).to.equal(400);
      expect(points.error!.details.fields).to.have.keys(['offerId']);
      const unknown = await post('/gifts/claim', {offerId: 'offer-nope'}, {token});
      expect(unknown.status).to.equal(404);
      expect(unknown.error!.code).to.equal('NOT_FOUND');
      const empty = await post('/gifts/claim', {}, {token});
      expect(empty.status).to.equal(400);
      expect(empty.error!.details.fields).to.have.keys(['claimToken']);
    });

    it('answers 410 for EXPIRED-2025 and 404 for an unknown code, signed in or not', async () => {
      for (const token of [undefined, chanToken()]) {
        const expired = await post('/gifts/claim', {claimToken: ids.claimTokens.expired, code: ids.claimTokens.expired}, {token});
        expect(expired.status).to.equal(410);
        expect(expired.error!.code).to.equal('CLAIM_EXPIRED');
        const unknown = await post('/gifts/claim', {claimToken: 'NOPE-2026'}, {token});
        expect(unknown.status).to.equal(404);
        expect(unknown.error!.code).to.equal('NOT_FOUND');
      }
    });

    it('asks for a member (401 LOGIN_REQUIRED), an expired token gets 401 TOKEN_EXPIRED, a foreign one 401', async () => {
      const guest = await post('/gifts/claim', {claimToken: ids.claimTokens.valid});
      expect(guest.status).to.equal(401);
      expect(guest.error!.code).to.equal('LOGIN_REQUIRED');
      const token = chanToken();
      mockControl.expireToken(token);
      const stale = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {token});
      expect(stale.status).to.equal(401);
      expect(stale.error!.code).to.equal('TOKEN_EXPIRED');
      const garbage = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {token: 'not-a-token'});
      // A bearer the server does not know signs nobody in.
      expect(garbage.status).to.equal(401);
      expect(garbage.error!.code).to.equal('LOGIN_REQUIRED');
      const foreign = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {company: 'demo-taipei', token: chanToken()});
      expect(foreign.status).to.equal(401);
      // Nothing was claimed along the way.
      expect((await offer(O.welcome, chanToken())).isRedeemable).to.equal(true);
    });

    it('replays a claim by Idempotency-Key instead of answering ALREADY_CLAIMED', async () => {
      const token = chanToken();
      const first = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {token, key: 'claim-k'});
      const again = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {token, key: 'claim-k'});
      expect(again.status).to.equal(201);
      expect(again.data).to.deep.equal(first.data);
      expect((await get('/gifts/redemptions', {token})).data.total).to.equal(3);
    });

    it('maps WELCOME-2026 to demo-taipei’s own welcome offer', async () => {
      const answer = await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {company: 'demo-taipei', token: linToken(), locale: 'zh-Hant'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.include({id: 'rdm-2101', couponCode: 'TPE-G2101', status: 'FULFILLED'});
      expect(answer.data.giftOffer).to.include({id: 'offer-tpe-welcome', name: '迎新奉茶'});
      // demo's welcome offer is untouched.
      expect((await offer(O.welcome, chanToken())).isRedeemable).to.equal(true);
      const expired = await post('/gifts/claim', {claimToken: ids.claimTokens.expired}, {company: 'demo-taipei', token: linToken()});
      expect(expired.status).to.equal(410);
    });
  });

  describe('E6 listRedemptions', () => {
    it('lists the member’s seeded redemptions newest first in the offset shape', async () => {
      const token = chanToken();
      const {status, data} = await get('/gifts/redemptions', {token});
      expect(status).to.equal(200);
      expect(data).to.include({total: 2, limit: 20, offset: 0});
      expect(data.items.map((r: any) => [r.id, r.status, r.couponCode])).to.deep.equal([
        [ids.redemptions.fulfilled, 'FULFILLED', ids.redemptions.fulfilledCoupon],
        [ids.redemptions.used, 'USED', 'HWS-G1001'],
      ]);
      expect(data.items[0]).to.include({
        points: 300,
        redemptionDate: '2026-11-26',
        fulfillmentMethod: 'coupon',
      });
      near(data.items[0].createdAt, '2026-11-26T01:00:00.000Z');
      near(data.items[0].fulfilledAt, '2026-11-26T02:00:00.000Z');
      near(data.items[0].expiresAt, '2026-12-26T01:00:00.000Z');
      expect(data.items[0].giftOffer).to.include({id: O.perMemberQuota, faceValue: 50, faceValueType: 'AMOUNT'});
      const zh = await get('/gifts/redemptions', {token, locale: 'zh-Hant'});
      expect(zh.data.items[1].giftOffer.name).to.equal('免費花草茶');
    });

    it('puts new redemptions first, filters by lowercase status and pages by offset', async () => {
      const token = chanToken();
      await redeem(O.cheap, {token});
      await post('/gifts/claim', {claimToken: ids.claimTokens.valid}, {token});
      const all = (await get('/gifts/redemptions', {token})).data;
      expect(all.total).to.equal(4);
      expect(all.items.map((r: any) => r.id)).to.deep.equal(['rdm-1102', 'rdm-1101', ids.redemptions.fulfilled, ids.redemptions.used]);
      const valid = (await get('/gifts/redemptions?status=valid', {token})).data;
      expect(valid.items.map((r: any) => r.id)).to.deep.equal(['rdm-1101']);
      expect(valid.total).to.equal(1);
      const fulfilled = (await get('/gifts/redemptions?status=fulfilled', {token})).data;
      expect(fulfilled.items.map((r: any) => r.id)).to.deep.equal(['rdm-1102', ids.redemptions.fulfilled]);
      expect((await get('/gifts/redemptions?status=used', {token})).data.items.map((r: any) => r.id)).to.deep.equal([ids.redemptions.used]);
      expect((await get('/gifts/redemptions?status=voided', {token})).data.items).to.deep.equal([]);
      const page = (await get('/gifts/redemptions?limit=2&offset=2', {token})).data;
      expect(page).to.include({total: 4, limit: 2, offset: 2});
      expect(page.items.map((r: any) => r.id)).to.deep.equal([ids.redemptions.fulfilled, ids.redemptions.used]);
      const byPage = (await get('/gifts/redemptions?limit=3&page=2', {token})).data;
      expect(byPage).to.include({offset: 3});
      expect(byPage.items.map((r: any) => r.id)).to.deep.equal([ids.redemptions.used]);
    });

    it('shows a redemption past its expiry as EXPIRED (and under status=expired)', async () => {
      await redeem(O.cheap, {token: chanToken()});
      expect((await get('/gifts/redemptions?status=expired', {token: chanToken()})).data.items).to.deep.equal([]);
      mockControl.setNow('2027-01-05T09:00:00+08:00');
      // A token issued before the jump would have expired too.
      const expired = (await get('/gifts/redemptions?status=expired', {token: chanToken()})).data;
      expect(expired.items.map((r: any) => [r.id, r.status])).to.deep.equal([['rdm-1101', 'EXPIRED']]);
      // Seeds are dated relative to the clock, so they moved along and are still live.
      expect((await get('/gifts/redemptions?status=fulfilled', {token: chanToken()})).data.items.map((r: any) => r.id)).to.deep.equal([ids.redemptions.fulfilled]);
    });

    it('is per member and per tenant; 401 without a valid token', async () => {
      expect((await get('/gifts/redemptions', {token: leeToken()})).data).to.deep.equal({items: [], total: 0, limit: 20, offset: 0});
      const lin = (await get('/gifts/redemptions', {company: 'demo-taipei', token: linToken()})).data;
      expect(lin.items.map((r: any) => [r.id, r.status, r.couponCode])).to.deep.equal([['rdm-2001', 'VALID', 'TPE-G2001']]);
      expect(lin.items[0].fulfilledAt).to.equal(null);
      const none = await get('/gifts/redemptions');
      expect(none.status).to.equal(401);
      expect(none.error!.code).to.equal('UNAUTHORIZED');
      expect((await get('/gifts/redemptions', {company: 'demo-taipei', token: chanToken()})).status).to.equal(401);
      const token = chanToken();
      mockControl.expireToken(token);
      expect((await get('/gifts/redemptions', {token})).error!.code).to.equal('TOKEN_EXPIRED');
    });
  });
});

