/** The events mock (C7–C11): fixtures, seats, registration rules, hosted payment and access, errors. */
import {expect} from '@open-wc/testing';
import {mockControl} from '../../src/mock/index.js';
import {MOCK_EVENTS_IDS} from '../../src/mock/fixtures/events.js';
import {mockGet as get, mockPost as post, type MockCallOptions} from '../support/mock.js';

const ids = MOCK_EVENTS_IDS;
const E = ids.events;
const SL = ids.slugs;
const S = ids.sessions;
const TE = ids.taipeiEvents;
const TS = ids.taipeiSessions;
const R = ids.registrations;
const PM = ids.paymentMethods;
/** Tuesday 1 December 2026, 09:00 in Hong Kong and Taipei. */
const NOW = '2026-12-01T09:00:00+08:00';
const NEW_ID = /^evr_\d{4}_[a-z0-9]{6}$/;


const chanToken = () => mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
const leeToken = () => mockControl.issueToken('demo', 'mem-demo-lee').accessToken;
const linToken = () => mockControl.issueToken('demo-taipei', 'mem-tpe-lin').accessToken;

const guest = {name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567'};
const register = (body: Record<string, unknown>, options?: MockCallOptions) => post('/event-registrations', {...guest, ...body}, options);
const intent = (id: string, body: Record<string, unknown>, options?: MockCallOptions) =>
  post(`/event-registrations/${encodeURIComponent(id)}/payment-intent`, body, options);
const access = (id: string, options?: MockCallOptions) => get(`/event-registrations/${encodeURIComponent(id)}/access`, options);
const RETURN_URL = 'https://shop.example.com/events?lang=zh-Hant#tickets';

async function event(slug: string, options?: MockCallOptions) {
  const {status, data} = await get(`/events/${slug}`, options);
  expect(status).to.equal(200);
  return data;
}

async function remaining(slug: string, sessionId: string, options?: MockCallOptions): Promise<number | null> {
  return (await event(slug, options)).dates.find((d: any) => d.id === sessionId).remainingQuota;
}

describe('events mock (C7–C11)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  describe('C7 listEvents', () => {
    it('lists every demo event upcoming first (by next session), then past ones latest first', async () => {
      const {status, data} = await get('/events');
      expect(status).to.equal(200);
      expect(data.items.map((e: any) => e.id)).to.deep.equal([
        E.ongoing,
        E.soldOut,
        E.free,
        E.cancelled,
        E.memberPrice,
        E.nearlySoldOut,
        E.earlyBird,
        E.quantityLimit,
        E.pastFree,
        E.pastPaid,
      ]);
      expect(data.items.map((e: any) => e.status)).to.deep.equal([
        'ongoing',
        'upcoming',
        'upcoming',
        'cancelled',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
        'past',
        'past',
      ]);
      expect(data.pagination).to.deep.equal({page: 1, limit: 20, total: 10, totalPages: 1, hasNext: false, hasPrev: false});
      for (const item of data.items) {
        expect(item.price).to.match(/^\d+\.\d{2}$/);
        expect(item.regularPrice).to.match(/^\d+\.\d{2}$/);
        expect(item.currency).to.equal('HKD');
        expect(item.image).to.match(/^data:image\/svg\+xml,/);
        expect(item.title).to.be.a('string').and.not.equal('');
        expect(item.introduction).to.match(/^<p>/);
        expect(item).not.to.have.property('publicPresentation');
        expect(item.registered).to.equal(false);
        for (const date of item.dates) {
          expect(date.id).to.match(/^ses_hk_/);
          expect(date.startTime).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
        }
      }
    });

    it('places sessions relative to the mock clock in the tenant zone and counts the seats left', async () => {
      const byId = Object.fromEntries((await get('/events')).data.items.map((e: any) => [e.id, e]));
      expect(byId[E.free].dates).to.deep.equal([
        {id: S.breathworkFirst, startTime: '2026-12-06T19:00:00+08:00', endTime: '2026-12-06T20:15:00+08:00', allDay: false, remainingQuota: 11, isExpired: false, isFull: false, available: true},
        {id: S.breathworkSecond, startTime: '2026-12-13T19:00:00+08:00', endTime: '2026-12-13T20:15:00+08:00', allDay: false, remainingQuota: 18, isExpired: false, isFull: false, available: true},
      ]);
      expect(byId[E.free]).to.include({price: '0.00', regularPrice: '0.00', pricingSource: 'regular', deliveryMode: 'in_person', quota: 20, maxTicketsPerOrder: 4, venue: 'Harbour Wellness Studio'});
      expect(byId[E.nearlySoldOut]).to.include({price: '380.00', showRemainingQuota: true});
      expect(byId[E.nearlySoldOut].dates[0]).to.include({remainingQuota: 2, isFull: false, available: true});
      expect(byId[E.soldOut].dates[0]).to.include({remainingQuota: 0, isFull: true, available: false});
      expect(byId[E.quantityLimit]).to.include({price: '2680.00', maxTicketsPerOrder: 2});
      expect(byId[E.quantityLimit].dates[0]).to.include({startTime: '2026-12-19T09:00:00+08:00', endTime: '2026-12-20T16:00:00+08:00'});
      expect(byId[E.ongoing].dates[0]).to.deep.equal({
        id: S.sleepReset,
        startTime: '2026-11-29T00:00:00+08:00',
        endTime: '2026-12-05T23:59:00+08:00',
        allDay: true,
        remainingQuota: null,
        isExpired: false,
        isFull: false,
        available: true,
      });
      expect(byId[E.ongoing]).to.include({deliveryMode: 'online', venue: null, quota: null});
      expect(byId[E.cancelled].dates[0]).to.include({isExpired: false, isFull: false, available: false});
      expect(byId[E.pastFree].dates[0]).to.include({startTime: '2026-11-17T10:00:00+08:00', isExpired: true, available: false});
      expect(byId[E.memberPrice]).to.include({deliveryMode: 'hybrid', price: '150.00', discountedPrice: null});
    });

    it('gives the early-bird price until its end, then the regular price', async () => {
      const before = await event(SL.earlyBird);
      expect(before).to.include({
        price: '90.00',
        regularPrice: '120.00',
        earlyBirdPrice: '90.00',
        earlyBirdEndsAt: '2026-12-04T23:59:00+08:00',
        pricingSource: 'early_bird',
        deliveryMode: 'online',
      });
      mockControl.setNow('2026-12-05T10:00:00+08:00');
      const after = await event(SL.earlyBird);
      expect(after).to.include({price: '120.00', earlyBirdPrice: '90.00', pricingSource: 'regular'});
      expect(after.dates[0].startTime).to.equal('2026-12-11T20:00:00+08:00');
    });

    it('searches titles and venues case-insensitively in both languages', async () => {
      const ids = async (search: string, locale?: string) =>
        (await get(`/events?search=${encodeURIComponent(search)}`, {locale})).data.items.map((e: any) => e.id);
      expect(await ids('SOUND BATH')).to.deep.equal([E.nearlySoldOut]);
      expect(await ids('頌缽')).to.deep.equal([E.nearlySoldOut]);
      expect(await ids('Shek O')).to.deep.equal([E.soldOut]);
      expect(await ids('workshop')).to.deep.equal([E.pastPaid]);
      expect(await ids('no such thing')).to.deep.equal([]);
    });

    it('pages with page and limit', async () => {
      const {data} = await get('/events?page=2&limit=3');
      expect(data.items.map((e: any) => e.id)).to.deep.equal([E.cancelled, E.memberPrice, E.nearlySoldOut]);
      expect(data.pagination).to.deep.equal({page: 2, limit: 3, total: 10, totalPages: 4, hasNext: true, hasPrev: true});
      const last = await get('/events?page=4&limit=3');
      expect(last.data.items.map((e: any) => e.id)).to.deep.equal([E.pastPaid]);
      expect(last.data.pagination).to.include({hasNext: false, hasPrev: true});
    });

    it('answers in Traditional Chinese for zh', async () => {
      const {data} = await get('/events?limit=2', {locale: 'zh-Hant'});
      expect(data.items.map((e: any) => e.title)).to.deep.equal(['7日好眠重設（網上）', '龍脊日出遠足']);
      expect(data.items[1].venue).to.equal('石澳道土地灣巴士站');
    });

    it('with a member token gives the member price and marks the events the member registered for', async () => {
      const {data} = await get('/events', {token: chanToken()});
      const byId = Object.fromEntries(data.items.map((e: any) => [e.id, e]));
      expect(byId[E.memberPrice]).to.include({price: '120.00', regularPrice: '150.00', discountedPrice: '120.00', pricingSource: 'discounted'});
      const registered = data.items.filter((e: any) => e.registered).map((e: any) => e.id);
      expect(registered).to.have.members([E.ongoing, E.free, E.memberPrice, E.earlyBird]);
      const lee = await get('/events', {token: leeToken()});
      expect(lee.data.items.filter((e: any) => e.registered).map((e: any) => e.id)).to.deep.equal([E.nearlySoldOut]);
    });

    it('gives demo-taipei its own events in TWD, isolated from demo', async () => {
      const {data} = await get('/events', {company: 'demo-taipei'});
      expect(data.items.map((e: any) => e.id)).to.deep.equal([
        TE.multiSession,
        TE.soldOut,
        TE.nearlySoldOut,
        TE.hybrid,
        TE.onlineFree,
        TE.earlyBird,
        TE.pastPaid,
        TE.pastFree,
      ]);
      expect(data.items.every((e: any) => e.currency === 'TWD')).to.equal(true);
      const byId = Object.fromEntries(data.items.map((e: any) => [e.id, e]));
      expect(byId[TE.multiSession].dates.map((d: any) => [d.id, d.startTime, d.remainingQuota])).to.deep.equal([
        [TS.oolongFirst, '2026-12-04T14:00:00+08:00', 4],
        [TS.oolongSecond, '2026-12-11T14:00:00+08:00', 9],
        [TS.oolongThird, '2026-12-18T14:00:00+08:00', 10],
      ]);
      expect(byId[TE.multiSession]).to.include({price: '800.00', maxTicketsPerMember: 4});
      expect(byId[TE.nearlySoldOut].dates[0].remainingQuota).to.equal(1);
      expect(byId[TE.earlyBird]).to.include({price: '550.00', regularPrice: '650.00', pricingSource: 'early_bird'});
      expect((await get(`/events/${SL.free}`, {company: 'demo-taipei'})).status).to.equal(404);
      expect((await get(`/events/${ids.taipeiSlugs.multiSession}`)).status).to.equal(404);
    });
  });

  describe('C8 getEvent', () => {
    it('returns the event with its publicPresentation by slug (or id)', async () => {
      const data = await event(SL.quantityLimit);
      expect(data).to.include({id: E.quantityLimit, slug: SL.quantityLimit, title: 'Lantau Weekend Yoga Retreat', venue: 'Lantau Retreat House'});
      expect(data.content).to.contain('<strong>2 places</strong>');
      const p = data.publicPresentation;
      expect(p.overview).to.have.length(2);
      expect(p.agenda[0]).to.deep.equal({time: 'Day 1 · 09:00', title: 'Ferry from Central Pier 6', description: 'We travel together.'});
      expect(p.facilitator).to.deep.equal({name: 'Cheung Mei Ling', role: 'Yoga Teacher (RYT-500)', bio: 'Mei Ling has led retreats in Hong Kong and Bali.'});
      expect(Object.keys(p.practical)).to.deep.equal(['transit', 'accessibility', 'language', 'capacity', 'preparation']);
      expect(p.faq).to.have.length(2);
      expect(p.policy).to.contain('14 days');
      expect((await event(E.quantityLimit)).slug).to.equal(SL.quantityLimit);

      const sparse = (await event(SL.pastPaid)).publicPresentation;
      expect(sparse.policy).to.contain('48 hours');
      expect(sparse.agenda).to.deep.equal([]);
      expect(sparse.facilitator).to.deep.equal({name: '', role: '', bio: ''});
    });

    it('answers in Traditional Chinese for zh', async () => {
      const data = await event(SL.quantityLimit, {locale: 'zh-Hant'});
      expect(data.title).to.equal('大嶼山週末瑜伽靜修');
      expect(data.publicPresentation.agenda[0].time).to.equal('第一天 09:00');
      expect(data.publicPresentation.faq[1].question).to.equal('為何每張訂單只限2個名額？');
    });

    it('gives 404 NOT_FOUND for an unknown slug', async () => {
      const {status, error} = await get('/events/no-such-event');
      expect(status).to.equal(404);
      expect(error!.code).to.equal('NOT_FOUND');
    });
  });

  describe('C9 registerForEvent', () => {
    it('confirms a free guest registration at once, with a guest token, and takes its seats', async () => {
      const {status, data} = await register({eventId: E.free, sessionId: S.breathworkSecond, quantity: 3}, {key: 'k-free'});
      expect(status).to.equal(201);
      expect(data.id).to.match(NEW_ID);
      expect(data).to.include({
        eventSlug: SL.free,
        eventTitle: 'Breathwork for Busy Minds',
        status: 'confirmed',
        totalAmount: '0.00',
        currency: 'HKD',
        paymentRequired: false,
        eventId: E.free,
        sessionId: S.breathworkSecond,
        quantity: 3,
      });
      expect(data.registeredAt).to.match(/^2026-12-01T01:00:\d\d\.\d{3}Z$/);
      expect(data.guestRegistrationToken).to.match(/^egt_[a-z0-9]{16}$/);
      expect(await remaining(SL.free, S.breathworkSecond)).to.equal(15);
      expect(await remaining(SL.free, S.breathworkFirst)).to.equal(11);
    });

    it('leaves a paid registration pending payment, priced per ticket', async () => {
      const {status, data} = await register({eventId: SL.nearlySoldOut, quantity: 2});
      expect(status).to.equal(201);
      expect(data).to.include({status: 'pending', paymentRequired: true, totalAmount: '760.00', currency: 'HKD', sessionId: S.soundBath, quantity: 2});
      const after = await event(SL.nearlySoldOut);
      expect(after.dates[0]).to.include({remainingQuota: 0, isFull: true, available: false});
      const full = await register({eventId: E.nearlySoldOut, name: 'Bo Chan', email: 'bo@example.com'});
      expect(full.status).to.equal(409);
      expect(full.error).to.deep.include({code: 'EVENT_FULL'});
      expect(full.error!.details).to.deep.equal({remaining: 0, sessionId: S.soundBath});
    });

    it('takes a promotion code (any case): WELCOME10 is 10 % off the tickets, and the payment intent asks for that total', async () => {
      const {status, data} = await register({eventId: E.nearlySoldOut, quantity: 2, promotionCode: 'welcome10'});
      expect(status).to.equal(201);
      expect(data).to.include({status: 'pending', paymentRequired: true, totalAmount: '684.00'});
      expect((await intent(data.id, {returnUrl: RETURN_URL})).data.amount).to.equal('684.00');
    });

    it('refuses an unknown promotion code with 422 INVALID_PROMOTION_CODE on details.fields.promotionCode, taking no seat', async () => {
      const {status, error} = await register({eventId: E.nearlySoldOut, quantity: 2, promotionCode: 'NOPE'});
      expect(status).to.equal(422);
      expect(error!.code).to.equal('INVALID_PROMOTION_CODE');
      expect(error!.details.fields).to.have.all.keys('promotionCode');
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(2);
    });

    it('charges the early-bird price while it runs', async () => {
      const {data} = await register({eventId: E.earlyBird, quantity: 2});
      expect(data).to.include({totalAmount: '180.00', status: 'pending'});
    });

    it('answers 409 EVENT_FULL when the quantity is more than the seats left', async () => {
      const over = await register({eventId: E.nearlySoldOut, quantity: 3});
      expect(over.status).to.equal(409);
      expect(over.error!.code).to.equal('EVENT_FULL');
      expect(over.error!.details.remaining).to.equal(2);
      const soldOut = await register({eventId: E.soldOut});
      expect(soldOut.status).to.equal(409);
      expect(soldOut.error!.details.remaining).to.equal(0);
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(2);
    });

    it('validates the body: 400 VALIDATION_ERROR with details.fields', async () => {
      const empty = await post('/event-registrations', {});
      expect(empty.status).to.equal(400);
      expect(empty.error!.code).to.equal('VALIDATION_ERROR');
      expect(Object.keys(empty.error!.details.fields).sort()).to.deep.equal(['email', 'eventId', 'name', 'phone']);

      const bad = await post('/event-registrations', {eventId: E.nearlySoldOut, name: '  ', email: 'not-an-email', phone: '12345', quantity: 0});
      expect(bad.status).to.equal(400);
      expect(bad.error!.details.fields).to.have.keys(['name', 'email', 'phone', 'quantity']);

      for (const quantity of [1.5, -1, 'two']) {
        const result = await register({eventId: E.nearlySoldOut, quantity});
        expect(result.status, String(quantity)).to.equal(400);
        expect(result.error!.details.fields).to.have.keys(['quantity']);
      }

      const emailOnly = await post('/event-registrations', {eventId: E.nearlySoldOut, name: 'Bo', email: 'bo@example.com', quantity: '1'});
      expect(emailOnly.status).to.equal(201);
      const phoneOnly = await post('/event-registrations', {eventId: E.nearlySoldOut, name: 'Cy', phone: '+852 6123 4568'});
      expect(phoneOnly.status).to.equal(201);
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(0);
    });

    it('needs a session for an event with several and rejects an unknown one', async () => {
      const none = await register({eventId: E.free});
      expect(none.status).to.equal(400);
      expect(none.error!.details.fields).to.deep.equal({sessionId: 'Choose a session'});
      const unknown = await register({eventId: E.free, sessionId: S.soundBath});
      expect(unknown.error!.details.fields).to.have.keys(['sessionId']);
      const single = await register({eventId: E.quantityLimit});
      expect(single.data.sessionId).to.equal(S.yogaRetreat);
    });

    it('gives 404 NOT_FOUND for an unknown event and for another tenant’s event', async () => {
      expect((await register({eventId: 'evt_nope'})).status).to.equal(404);
      const other = await register({eventId: TE.nearlySoldOut});
      expect(other.status).to.equal(404);
      expect(other.error!.code).to.equal('NOT_FOUND');
    });

    it('enforces maxTicketsPerOrder with 422 QUANTITY_LIMIT_EXCEEDED', async () => {
      const over = await register({eventId: E.quantityLimit, quantity: 3});
      expect(over.status).to.equal(422);
      expect(over.error!.code).to.equal('QUANTITY_LIMIT_EXCEEDED');
      expect(over.error!.details).to.deep.equal({field: 'quantity', maxTicketsPerOrder: 2});
      const okay = await register({eventId: E.quantityLimit, quantity: 2});
      expect(okay.data).to.include({status: 'pending', totalAmount: '5360.00'});
    });

    it('answers 409 EVENT_NOT_AVAILABLE for a cancelled event or an ended session', async () => {
      const cancelled = await register({eventId: E.cancelled});
      expect(cancelled.status).to.equal(409);
      expect(cancelled.error).to.deep.include({code: 'EVENT_NOT_AVAILABLE', details: {reason: 'cancelled'}});
      const past = await register({eventId: E.pastFree});
      expect(past.status).to.equal(409);
      expect(past.error!.details).to.deep.equal({reason: 'ended', sessionId: S.parenting});
    });

    it('records the member of the token: member price, contact from the profile, no guest token', async () => {
      const token = chanToken();
      const {status, data} = await post('/event-registrations', {eventId: E.quantityLimit, name: 'Chan Tai Man'}, {token});
      expect(status).to.equal(201);
      expect(data).not.to.have.property('guestRegistrationToken');
      expect((await event(SL.quantityLimit, {token})).registered).to.equal(true);
      expect((await event(SL.quantityLimit, {token: leeToken()})).registered).to.equal(false);
      expect((await access(data.id, {token})).status).to.equal(200);
      expect((await access(data.id, {token: leeToken()})).status).to.equal(404);
      expect((await access(data.id)).status).to.equal(404);

      const member = await register({eventId: E.free, sessionId: S.breathworkSecond}, {token});
      expect(member.status).to.equal(201);
      const leeAgain = await post('/event-registrations', {eventId: E.nearlySoldOut, name: 'Lee Ka Yan'}, {token: leeToken()});
      expect(leeAgain.status).to.equal(409);
      expect(leeAgain.error!.details.registrationId).to.equal(R.otherMember);
    });

    it('charges members the member price', async () => {
      const {data} = await register({eventId: 'desk-posture-clinic', quantity: 2}, {token: leeToken()});
      expect(data).to.include({totalAmount: '240.00', status: 'pending'});
      const guestPrice = await register({eventId: 'desk-posture-clinic', quantity: 2});
      expect(guestPrice.data.totalAmount).to.equal('300.00');
    });

    it('answers 409 ALREADY_REGISTERED when the member already holds the session', async () => {
      const again = await register({eventId: E.memberPrice}, {token: chanToken()});
      expect(again.status).to.equal(409);
      expect(again.error!.code).to.equal('ALREADY_REGISTERED');
      expect(again.error!.details).to.deep.equal({registrationId: R.pendingPayment, status: 'pending'});
      const other = await register({eventId: E.memberPrice}, {token: leeToken()});
      expect(other.status).to.equal(201);
    });

    it('enforces maxTicketsPerMember across sessions (demo-taipei)', async () => {
      const token = linToken();
      const over = await register({eventId: TE.multiSession, sessionId: TS.oolongSecond, quantity: 3, phone: '+886912345678'}, {token, company: 'demo-taipei'});
      expect(over.status).to.equal(422);
      expect(over.error!.details).to.deep.equal({field: 'quantity', maxTicketsPerMember: 4, alreadyHeld: 2});
      const okay = await register({eventId: TE.multiSession, sessionId: TS.oolongSecond, quantity: 2, phone: '+886912345678'}, {token, company: 'demo-taipei'});
      expect(okay.status).to.equal(201);
      expect(okay.data).to.include({totalAmount: '1600.00', currency: 'TWD'});
    });

    it('accepts the SDK form (eventSlug, guestName)', async () => {
      const {status, data} = await post('/event-registrations', {eventSlug: SL.free, guestName: 'Dee', email: 'dee@example.com', phone: '', sessionId: S.breathworkFirst});
      expect(status).to.equal(201);
      expect(data).to.include({eventId: E.free, quantity: 1, status: 'confirmed'});
    });

    it('replays a create with the same Idempotency-Key and rejects the key with another body', async () => {
      const body = {eventId: E.nearlySoldOut, quantity: 1};
      const first = await register(body, {key: 'same-key'});
      const second = await register(body, {key: 'same-key'});
      expect(second.status).to.equal(201);
      expect(second.data).to.deep.equal(first.data);
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(1);
      const reused = await register({...body, quantity: 2}, {key: 'same-key'});
      expect(reused.status).to.equal(422);
      expect(reused.error!.code).to.equal('IDEMPOTENCY_KEY_REUSED');
    });

    it('answers in Traditional Chinese for zh', async () => {
      const {data} = await register({eventId: E.nearlySoldOut}, {locale: 'zh-Hant'});
      expect(data.eventTitle).to.equal('滿月頌缽音療');
    });

    it('answers 401 TOKEN_EXPIRED to an expired member token instead of registering a guest', async () => {
      const token = chanToken();
      mockControl.expireToken(token);
      const expired = await register({eventId: E.nearlySoldOut}, {token, key: 'k-expired'});
      expect(expired.status).to.equal(401);
      expect(expired.error!.code).to.equal('TOKEN_EXPIRED');
      expect(mockControl.lastRequest('registerForEvent')!.headers['idempotency-key']).to.equal('k-expired');
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(2);
      // The same key after a refresh is a fresh attempt, not a replay of the 401.
      const fresh = chanToken();
      const retried = await register({eventId: E.nearlySoldOut}, {token: fresh, key: 'k-expired'});
      expect(retried.status).to.equal(201);
      expect((await access(retried.data.id, {token: fresh})).status).to.equal(200);
      expect((await get('/events', {token})).status).to.equal(401);
    });
  });

  describe('C10 createEventPaymentIntent', () => {
    it('returns the hosted form: paymentUrl = returnUrl + marker, keeping its query and fragment', async () => {
      const registration = (await register({eventId: E.nearlySoldOut, quantity: 2})).data;
      const {status, data} = await intent(registration.id, {returnUrl: RETURN_URL});
      expect(status).to.equal(201);
      expect(data).to.deep.equal({
        paymentIntentId: 'pi_mock_5001',
        paymentUrl: `https://shop.example.com/events?lang=zh-Hant&fav_mock_payment=success&registration=${registration.id}#tickets`,
        mode: 'gateway',
        status: 'requires_payment',
        paymentInstructions: null,
        paymentMethodName: 'Credit card',
        transactionId: 'txn_mock_5001',
        amount: '760.00',
        currency: 'HKD',
        expiresAt: data.expiresAt,
      });
      expect(data.expiresAt).to.match(/^2026-12-01T09:30:\d\d\+08:00$/);
      expect(data).not.to.have.any.keys('clientSecret', 'publishableKey');
    });

    it('replaces an earlier marker, takes a known method, and marks the declining one failed', async () => {
      const registration = (await register({eventId: E.nearlySoldOut})).data;
      const wallet = await intent(registration.id, {paymentMethodId: PM.wallet, returnUrl: `http://localhost:8000/e?fav_mock_payment=failed&registration=x&a=1`}, {locale: 'zh-Hant'});
      expect(wallet.data.paymentUrl).to.equal(`http://localhost:8000/e?a=1&fav_mock_payment=success&registration=${registration.id}`);
      expect(wallet.data.paymentMethodName).to.equal('支付寶香港');
      const declined = await intent(registration.id, {paymentMethodId: PM.declined, returnUrl: 'https://example.com/return'});
      expect(declined.data.paymentUrl).to.equal(`https://example.com/return?fav_mock_payment=failed&registration=${registration.id}`);
      expect(declined.data.paymentIntentId).to.equal('pi_mock_5002');
    });

    it('validates returnUrl (absolute http/https) and paymentMethodId', async () => {
      const id = (await register({eventId: E.nearlySoldOut})).data.id;
      for (const returnUrl of [undefined, '/events', 'javascript:alert(1)', 'ftp://example.com/x']) {
        const result = await intent(id, returnUrl === undefined ? {} : {returnUrl});
        expect(result.status, String(returnUrl)).to.equal(400);
        expect(result.error!.code).to.equal('VALIDATION_ERROR');
        expect(result.error!.details.fields).to.have.keys(['returnUrl']);
      }
      const method = await intent(id, {returnUrl: RETURN_URL, paymentMethodId: PM.taipeiCard});
      expect(method.error!.details.fields).to.have.keys(['paymentMethodId']);
    });

    it('gives 404 for an unknown registration, another member’s, or another tenant’s', async () => {
      expect((await intent('evr_nope', {returnUrl: RETURN_URL})).status).to.equal(404);
      const other = await intent(R.otherMember, {returnUrl: RETURN_URL}, {token: chanToken()});
      expect(other.status).to.equal(404);
      expect(other.error!.code).to.equal('NOT_FOUND');
      expect((await intent(R.otherMember, {returnUrl: RETURN_URL})).status).to.equal(404);
      expect((await intent(R.pendingPayment, {returnUrl: RETURN_URL}, {company: 'demo-taipei'})).status).to.equal(404);
      expect((await intent(R.pendingPayment, {returnUrl: RETURN_URL}, {token: chanToken()})).status).to.equal(201);
    });

    it('answers 409 ALREADY_PAID for a paid registration and 400 PAYMENT_NOT_REQUIRED for a free one', async () => {
      const token = chanToken();
      const paid = await intent(R.paidOnline, {returnUrl: RETURN_URL}, {token});
      expect(paid.status).to.equal(409);
      expect(paid.error!.code).to.equal('ALREADY_PAID');
      const free = await intent(R.confirmedFree, {returnUrl: RETURN_URL}, {token});
      expect(free.status).to.equal(400);
      expect(free.error!.code).to.equal('PAYMENT_NOT_REQUIRED');
    });

    it('lets a guest pay with or without the guestRegistrationToken as bearer', async () => {
      const registration = (await register({eventId: E.nearlySoldOut})).data;
      const withToken = await intent(registration.id, {returnUrl: RETURN_URL}, {token: registration.guestRegistrationToken});
      expect(withToken.status).to.equal(201);
      const withoutToken = await intent(registration.id, {returnUrl: RETURN_URL});
      expect(withoutToken.status).to.equal(201);
    });
  });

  describe('C11 checkEventAccess', () => {
    it('is pending until an intent exists, then the first read after it settles the payment', async () => {
      const token = chanToken();
      const before = await access(R.pendingPayment, {token});
      expect(before.data).to.deep.equal({
        registrationId: R.pendingPayment,
        eventTitle: 'Desk Posture Clinic',
        deliveryMode: 'hybrid',
        registrationStatus: 'pending',
        paymentStatus: 'pending',
        canAccess: false,
        accessUrl: null,
        accessInstructions: 'Complete the payment to confirm your place.',
        availableAt: null,
        reason: 'payment_pending',
      });
      expect((await access(R.pendingPayment, {token})).data.reason).to.equal('payment_pending');
      await intent(R.pendingPayment, {returnUrl: RETURN_URL}, {token});
      const after = await access(R.pendingPayment, {token});
      expect(after.data).to.include({registrationStatus: 'paid', paymentStatus: 'paid', canAccess: false, reason: 'not_yet_available', availableAt: '2026-12-08T12:00:00+08:00'});
      expect(after.data.accessInstructions).to.contain('EV-1003');
      const again = await intent(R.pendingPayment, {returnUrl: RETURN_URL}, {token});
      expect(again.status).to.equal(409);
      expect(again.error!.code).to.equal('ALREADY_PAID');
    });

    it('fails the payment of the declining method: cancelled, failed, seats given back', async () => {
      const registration = (await register({eventId: E.nearlySoldOut, quantity: 2})).data;
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(0);
      await intent(registration.id, {paymentMethodId: PM.declined, returnUrl: RETURN_URL});
      const {data} = await access(registration.id);
      expect(data).to.include({registrationStatus: 'cancelled', paymentStatus: 'failed', canAccess: false, reason: 'cancelled'});
      expect(data.accessInstructions).to.contain('did not go through');
      expect(await remaining(SL.nearlySoldOut, S.soundBath)).to.equal(2);
      const retry = await intent(registration.id, {returnUrl: RETURN_URL});
      expect(retry.status).to.equal(409);
      expect(retry.error!.code).to.equal('REGISTRATION_CANCELLED');
    });

    it('confirms free in-person registrations with a check-in code and the venue', async () => {
      const {data} = await access(R.confirmedFree, {token: chanToken()});
      expect(data).to.deep.equal({
        registrationId: R.confirmedFree,
        eventTitle: 'Breathwork for Busy Minds',
        deliveryMode: 'in_person',
        registrationStatus: 'confirmed',
        paymentStatus: 'not_required',
        canAccess: false,
        accessUrl: null,
        accessInstructions:
          'Show check-in code EV-1001 at the door of Harbour Wellness Studio, 12/F, 88 Harbour Road, Wan Chai, Hong Kong. Doors open 15 minutes before the start.',
        availableAt: null,
        reason: 'in_person_only',
      });
      const zh = await access(R.confirmedFree, {token: chanToken(), locale: 'zh-Hant'});
      expect(zh.data.eventTitle).to.equal('呼吸練習：給忙碌的心');
      expect(zh.data.accessInstructions).to.equal('請於海港身心館（香港灣仔港灣道88號12樓）入口出示報到編號 EV-1001。活動開始前15分鐘開門。');
    });

    it('gives the https join link of an online event while it is open', async () => {
      const {data} = await access(R.onlineNow, {token: chanToken()});
      expect(data).to.include({
        deliveryMode: 'online',
        canAccess: true,
        accessUrl: 'https://meet.example.com/harbour-wellness/sleep-reset?ticket=EV-1006',
        availableAt: '2026-11-28T23:30:00+08:00',
        reason: null,
        registrationStatus: 'confirmed',
      });
    });

    it('opens an online event 30 minutes before the start and closes it at the end', async () => {
      const token = chanToken();
      const early = await access(R.paidOnline, {token});
      expect(early.data).to.include({canAccess: false, reason: 'not_yet_available', availableAt: '2026-12-11T19:30:00+08:00', accessUrl: null, paymentStatus: 'paid'});
      mockControl.setNow('2026-12-11T19:45:00+08:00');
      const open = await access(R.paidOnline, {token: chanToken()});
      expect(open.data).to.include({canAccess: true, accessUrl: 'https://meet.example.com/harbour-wellness/gut-health?ticket=EV-1002', reason: null});
      mockControl.setNow('2026-12-11T21:30:00+08:00');
      const ended = await access(R.paidOnline, {token: chanToken()});
      expect(ended.data).to.include({canAccess: false, reason: 'event_ended', accessUrl: null});
    });

    it('reads a guest registration by id alone; a member’s only with that member’s token', async () => {
      const guestRead = await access(R.guest);
      expect(guestRead.status).to.equal(200);
      expect(guestRead.data).to.include({registrationId: R.guest, registrationStatus: 'confirmed'});
      expect((await access(R.guest, {token: ids.guestToken})).status).to.equal(200);
      expect((await access(R.guest, {token: leeToken()})).status).to.equal(200);

      const other = await access(R.otherMember, {token: chanToken()});
      expect(other.status).to.equal(404);
      expect(other.error!.code).to.equal('NOT_FOUND');
      expect((await access(R.otherMember)).status).to.equal(404);
      expect((await access(R.otherMember, {token: ids.guestToken})).status).to.equal(404);
      expect((await access(R.otherMember, {token: leeToken()})).data.paymentStatus).to.equal('paid');
      expect((await access('evr_9999_zzzzzz')).status).to.equal(404);
    });

    it('keeps tenants apart', async () => {
      expect((await access(R.guest, {company: 'demo-taipei'})).status).to.equal(404);
      const lin = await access(R.taipei, {company: 'demo-taipei', token: linToken()});
      expect(lin.data).to.include({registrationId: R.taipei, eventTitle: 'High Mountain Oolong Tasting', reason: 'in_person_only'});
      expect(lin.data.accessInstructions).to.contain('EV-2001');
      expect((await access(R.taipei, {company: 'demo-taipei', token: chanToken()})).status).to.equal(404);
    });

    it('walks the whole guest flow: register, pay, return, settle', async () => {
      const registration = (await register({eventId: TE.hybrid, quantity: 2, phone: '+886912000111'}, {company: 'demo-taipei', locale: 'zh-Hant'})).data;
      expect(registration).to.include({status: 'pending', totalAmount: '1000.00', currency: 'TWD', eventTitle: '宋代點茶體驗'});
      const options = {company: 'demo-taipei', token: registration.guestRegistrationToken};
      const payment = await intent(registration.id, {paymentMethodId: PM.taipeiWallet, returnUrl: 'https://tea.example.tw/events'}, options);
      expect(payment.data).to.include({paymentMethodName: 'LINE Pay', amount: '1000.00', currency: 'TWD'});
      const back = new URL(payment.data.paymentUrl);
      expect(back.searchParams.get('fav_mock_payment')).to.equal('success');
      expect(back.searchParams.get('registration')).to.equal(registration.id);
      const settled = await access(registration.id, options);
      expect(settled.data).to.include({registrationStatus: 'paid', paymentStatus: 'paid', deliveryMode: 'hybrid', reason: 'not_yet_available', availableAt: '2026-12-10T19:00:00+08:00'});
    });
  });
});
