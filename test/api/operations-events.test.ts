/** Every C7–C11 client function against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {checkEventAccess, createEventPaymentIntent, getEvent, listEvents, registerForEvent} from '../../src/api/events.js';
import type {OperationId} from '../../src/api/operations.js';
import {MOCK_EVENTS_IDS} from '../../src/mock/fixtures/events.js';
import {createMockFetch, mockControl} from '../../src/mock/index.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_EVENTS_IDS;
const E = ids.events;
const SL = ids.slugs;
const S = ids.sessions;
const R = ids.registrations;
const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const RETURN_URL = 'https://studio.example.com/events?from=widget';

function all(operation: OperationId) {
  return mockControl.requests.filter((record) => record.operation === operation);
}

describe('events operations (C7–C11) through FavClient and the mock', () => {
  let token: string | undefined;
  let refreshes: number;
  let client: FavClient;

  const makeClient = (companyId: string, locale?: string) =>
    new FavClient({
      companyId,
      locale,
      fetch: createMockFetch(),
      retryDelays: [],
      session: {
        getAccessToken: () => token,
        handleUnauthorized: async () => {
          refreshes += 1;
          token = mockControl.issueToken(companyId, companyId === 'demo' ? 'mem-demo-chan' : 'mem-tpe-lin').accessToken;
          return true;
        },
      },
    });

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow('2026-12-01T09:00:00+08:00');
    token = undefined;
    refreshes = 0;
    client = makeClient('demo');
  });

  const signIn = (uuid = 'mem-demo-chan') => {
    token = mockControl.issueToken('demo', uuid).accessToken;
    return token;
  };

  it('C7 listEvents sends search/page/limit and parses every Event of both tenants', async () => {
    const result = await listEvents(client, {search: 'sound', page: 1, limit: 5});
    const request = last('listEvents');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/events`);
    expect(request.query).to.deep.equal({search: 'sound', page: '1', limit: '5'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(result.dropped).to.equal(0);
    expect(result.pagination).to.include({page: 1, limit: 5, total: 1, hasNext: false, hasPrev: false});
    expect(result.items).to.have.length(1);
    const [soundBath] = result.items;
    expect(soundBath).to.include({
      id: E.nearlySoldOut,
      slug: SL.nearlySoldOut,
      price: '380.00',
      regularPrice: '380.00',
      currency: 'HKD',
      status: 'upcoming',
      deliveryMode: 'in_person',
      quota: '16',
      showRemainingQuota: true,
      maxTicketsPerOrder: 4,
      registered: false,
      publicPresentation: null,
    });
    expect(soundBath!.dates).to.deep.equal([
      {id: S.soundBath, startTime: '2026-12-10T19:30:00+08:00', endTime: '2026-12-10T21:00:00+08:00', allDay: false, remainingQuota: 2, isExpired: false, isFull: false, available: true},
    ]);

    const page = await listEvents(client, {page: 3, limit: 4});
    expect(last('listEvents').query).to.deep.equal({page: '3', limit: '4'});
    expect(page.items.map((e) => e.id)).to.deep.equal([E.pastFree, E.pastPaid]);
    expect(page.pagination).to.include({page: 3, total: 10, totalPages: 3, hasNext: false, hasPrev: true});

    const everything = await listEvents(client);
    expect(last('listEvents').query).to.deep.equal({});
    expect(everything.dropped).to.equal(0);
    expect(everything.items.map((e) => e.id)).to.have.members(Object.values(E));
    const ongoing = everything.items.find((e) => e.id === E.ongoing)!;
    expect(ongoing).to.include({status: 'ongoing', quota: null, deliveryMode: 'online', venue: null});
    expect(ongoing.dates[0]).to.include({allDay: true, remainingQuota: null, available: true});
    expect(everything.items.find((e) => e.id === E.earlyBird)).to.include({price: '90.00', earlyBirdPrice: '90.00', earlyBirdEndsAt: '2026-12-04T23:59:00+08:00', pricingSource: 'early_bird'});
    expect(everything.items.find((e) => e.id === E.cancelled)!.status).to.equal('cancelled');

    const taipei = await listEvents(makeClient('demo-taipei', 'zh-Hant'));
    expect(last('listEvents').headers['x-company-id']).to.equal('demo-taipei');
    expect(last('listEvents').headers['accept-language']).to.equal('zh-Hant');
    expect(taipei.dropped).to.equal(0);
    expect(taipei.items.map((e) => e.id)).to.have.members(Object.values(ids.taipeiEvents));
    expect(taipei.items[0]).to.include({title: '高山烏龍品茶會', currency: 'TWD', price: '800.00', maxTicketsPerMember: 4});
  });

  it('C7 sends the bearer when signed in and parses member prices and `registered`', async () => {
    signIn();
    const result = await listEvents(client, {limit: 20});
    expect(last('listEvents').headers.authorization).to.equal(`Bearer ${token}`);
    const posture = result.items.find((e) => e.id === E.memberPrice)!;
    expect(posture).to.include({price: '120.00', regularPrice: '150.00', discountedPrice: '120.00', pricingSource: 'discounted', registered: true});
    expect(result.items.find((e) => e.id === E.quantityLimit)!.registered).to.equal(false);
  });

  it('C8 getEvent puts the encoded slug in the path and parses publicPresentation; 404 NOT_FOUND', async () => {
    const detail = await getEvent(client, SL.earlyBird);
    const request = last('getEvent');
    expect(request.path).to.equal(`${PREFIX}/events/${SL.earlyBird}`);
    expect(request.headers).not.to.have.property('authorization');
    expect(detail).to.include({id: E.earlyBird, title: "Gut Health: A Nutritionist's Guide", venue: null, deliveryMode: 'online'});
    expect(detail.introduction).to.contain('<p>');
    const presentation = detail.publicPresentation!;
    expect(presentation.highlights.map((h) => h.title)).to.deep.equal(['Early-bird price', 'Recording included']);
    expect(presentation.agenda[0]).to.deep.equal({time: '20:00', title: 'Talk', description: 'Fibre, fermentation and probiotics.'});
    expect(presentation.facilitator).to.deep.equal({name: 'Ivy Lam', role: 'Registered Dietitian', bio: 'Ivy works with clients on digestive health and has written two cookbooks.'});
    expect(presentation.practical).to.include({language: 'English', transit: ''});
    expect(presentation.includes).to.have.length(2);

    const error = await rejection(getEvent(client, 'no such event'));
    expect(last('getEvent').path).to.equal(`${PREFIX}/events/no%20such%20event`);
    expect(error).to.be.instanceOf(FavApiError);
    expect(error).to.include({status: 404, code: 'NOT_FOUND', kind: 'http', operation: 'getEvent'});
  });

  it('C9 registerForEvent sends the doc body with an Idempotency-Key and parses a guest Registration', async () => {
    const registration = await registerForEvent(client, {
      eventId: E.nearlySoldOut,
      name: 'Amy Lau',
      email: 'amy@example.com',
      phone: '+85261234567',
      quantity: 2,
      sessionId: S.soundBath,
    });
    const request = last('registerForEvent');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/event-registrations`);
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.deep.equal({eventId: E.nearlySoldOut, name: 'Amy Lau', email: 'amy@example.com', phone: '+85261234567', quantity: 2, sessionId: S.soundBath});
    expect(registration).to.include({
      eventSlug: SL.nearlySoldOut,
      eventTitle: 'Full Moon Sound Bath',
      status: 'pending',
      totalAmount: '760.00',
      currency: 'HKD',
      paymentRequired: true,
      eventId: E.nearlySoldOut,
      sessionId: S.soundBath,
      quantity: 2,
    });
    expect(String(registration.id)).to.match(/^evr_\d+_[a-z0-9]{6}$/);
    expect(registration.guestRegistrationToken).to.match(/^egt_/);
    expect(registration.registeredAt).to.match(/^2026-12-01T01:00:/);

    const free = await registerForEvent(client, {eventId: SL.free, name: 'Bo', email: 'bo@example.com', sessionId: S.breathworkSecond});
    expect(last('registerForEvent').body).to.deep.equal({eventId: SL.free, name: 'Bo', email: 'bo@example.com', sessionId: S.breathworkSecond});
    expect(free).to.include({status: 'confirmed', paymentRequired: false, totalAmount: '0.00', quantity: 1});
    expect(last('registerForEvent').headers['idempotency-key']).not.to.equal(request.headers['idempotency-key']);
  });

  it('C9 errors come back as FavApiError: 400 fields, 404, 409 EVENT_FULL / ALREADY_REGISTERED, 422 over the limit', async () => {
    const invalid = await rejection(registerForEvent(client, {eventId: E.free, name: '', email: 'nope', quantity: 0}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR', kind: 'http', retryable: false});
    expect(invalid.details!.fields).to.have.keys(['name', 'email', 'quantity', 'sessionId']);

    const missing = await rejection(registerForEvent(client, {eventId: 'evt_nope', name: 'Bo', email: 'bo@example.com'}));
    expect(missing).to.include({status: 404, code: 'NOT_FOUND'});

    const full = await rejection(registerForEvent(client, {eventId: E.soldOut, name: 'Bo', email: 'bo@example.com'}));
    expect(full).to.include({status: 409, code: 'EVENT_FULL'});
    expect(full.details).to.deep.equal({remaining: 0, sessionId: S.sunriseHike});

    const limit = await rejection(registerForEvent(client, {eventId: E.quantityLimit, name: 'Bo', email: 'bo@example.com', quantity: 3}));
    expect(limit).to.include({status: 422, code: 'QUANTITY_LIMIT_EXCEEDED'});
    expect(limit.details).to.include({maxTicketsPerOrder: 2});

    signIn();
    const again = await rejection(registerForEvent(client, {eventId: E.memberPrice, name: 'Chan Tai Man'}));
    expect(again).to.include({status: 409, code: 'ALREADY_REGISTERED'});
    expect(again.details).to.deep.equal({registrationId: R.pendingPayment, status: 'pending'});
  });

  it('C9 with a session: bearer sent, member price, the registration belongs to the member', async () => {
    signIn('mem-demo-lee');
    const mine = await registerForEvent(client, {eventId: E.memberPrice, name: 'Lee Ka Yan', email: 'kayan@example.com', quantity: 2});
    expect(last('registerForEvent').headers.authorization).to.equal(`Bearer ${token}`);
    expect(mine).to.include({totalAmount: '240.00', status: 'pending', guestRegistrationToken: null});
    const readable = await checkEventAccess(client, mine.id);
    expect(readable).to.include({registrationStatus: 'pending', reason: 'payment_pending'});
    signIn('mem-demo-chan');
    const hidden = await rejection(checkEventAccess(client, mine.id));
    expect(hidden).to.include({status: 404, code: 'NOT_FOUND'});
  });

  it('C9 retried with the same idempotencyKey gives back the same registration and takes the seats once', async () => {
    const input = {eventId: E.nearlySoldOut, name: 'Amy Lau', email: 'amy@example.com', quantity: 1};
    const first = await registerForEvent(client, input, {idempotencyKey: '0b3c2f5e-6a1d-4f3e-9c7b-2d8e1f4a5b6c'});
    const second = await registerForEvent(client, input, {idempotencyKey: '0b3c2f5e-6a1d-4f3e-9c7b-2d8e1f4a5b6c'});
    expect(second).to.deep.equal(first);
    expect(all('registerForEvent').map((r) => r.headers['idempotency-key'])).to.deep.equal([
      '0b3c2f5e-6a1d-4f3e-9c7b-2d8e1f4a5b6c',
      '0b3c2f5e-6a1d-4f3e-9c7b-2d8e1f4a5b6c',
    ]);
    const event = await getEvent(client, SL.nearlySoldOut);
    expect(event.dates[0]!.remainingQuota).to.equal(1);

    const reused = await rejection(registerForEvent(client, {...input, quantity: 2}, {idempotencyKey: '0b3c2f5e-6a1d-4f3e-9c7b-2d8e1f4a5b6c'}));
    expect(reused).to.include({status: 422, code: 'IDEMPOTENCY_KEY_REUSED'});
  });

  it('C9 with an expired session: 401, one refresh, retried with the same Idempotency-Key for the member', async () => {
    const expired = signIn();
    mockControl.expireToken(expired);
    const registration = await registerForEvent(client, {eventId: E.quantityLimit, name: 'Chan Tai Man', quantity: 2});
    expect(refreshes).to.equal(1);
    const attempts = all('registerForEvent');
    expect(attempts).to.have.length(2);
    expect(attempts[0]!.headers.authorization).to.equal(`Bearer ${expired}`);
    expect(attempts[1]!.headers.authorization).to.equal(`Bearer ${token}`);
    expect(attempts[1]!.headers['idempotency-key']).to.equal(attempts[0]!.headers['idempotency-key']);
    expect(registration).to.include({status: 'pending', totalAmount: '5360.00', guestRegistrationToken: null});
    expect((await getEvent(client, SL.quantityLimit)).registered).to.equal(true);
  });

  it('C10 createEventPaymentIntent sends the guest token, body and Idempotency-Key and parses the hosted PaymentIntent', async () => {
    const registration = await registerForEvent(client, {eventId: E.nearlySoldOut, name: 'Amy Lau', email: 'amy@example.com', quantity: 2});
    const guestToken = registration.guestRegistrationToken!;
    const payment = await createEventPaymentIntent(client, registration.id, {paymentMethodId: ids.paymentMethods.wallet, returnUrl: RETURN_URL}, {token: guestToken});
    const request = last('createEventPaymentIntent');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/event-registrations/${registration.id}/payment-intent`);
    expect(request.headers.authorization).to.equal(`Bearer ${guestToken}`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.body).to.deep.equal({paymentMethodId: ids.paymentMethods.wallet, returnUrl: RETURN_URL});
    expect(payment).to.include({
      paymentIntentId: 'pi_mock_5001',
      paymentUrl: `${RETURN_URL}&fav_mock_payment=success&registration=${registration.id}`,
      mode: 'gateway',
      status: 'requires_payment',
      paymentInstructions: null,
      paymentMethodName: 'AlipayHK',
      amount: '760.00',
      currency: 'HKD',
      clientSecret: null,
      publishableKey: null,
    });
    expect(payment.expiresAt).to.match(/^2026-12-01T09:30:\d\d\+08:00$/);

    const invalid = await rejection(createEventPaymentIntent(client, registration.id, {}, {token: guestToken}));
    expect(last('createEventPaymentIntent').body).to.deep.equal({});
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(invalid.details!.fields).to.have.keys(['returnUrl']);
  });

  it('C10 errors: 409 ALREADY_PAID, 400 PAYMENT_NOT_REQUIRED, 404 for another member’s or an unknown registration', async () => {
    signIn();
    const paid = await rejection(createEventPaymentIntent(client, R.paidOnline, {returnUrl: RETURN_URL}));
    expect(last('createEventPaymentIntent').headers.authorization).to.equal(`Bearer ${token}`);
    expect(paid).to.include({status: 409, code: 'ALREADY_PAID', kind: 'http'});
    const free = await rejection(createEventPaymentIntent(client, R.confirmedFree, {returnUrl: RETURN_URL}));
    expect(free).to.include({status: 400, code: 'PAYMENT_NOT_REQUIRED'});
    const other = await rejection(createEventPaymentIntent(client, R.otherMember, {returnUrl: RETURN_URL}));
    expect(other).to.include({status: 404, code: 'NOT_FOUND'});
    const unknown = await rejection(createEventPaymentIntent(client, 'evr_0000_nothing', {returnUrl: RETURN_URL}));
    expect(unknown).to.include({status: 404, code: 'NOT_FOUND'});
  });

  it('C11 checkEventAccess sends the bearer and parses EventAccess through the hosted payment round trip', async () => {
    signIn();
    const pending = await checkEventAccess(client, R.pendingPayment);
    const request = last('checkEventAccess');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/event-registrations/${R.pendingPayment}/access`);
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(pending).to.deep.equal({
      registrationId: R.pendingPayment,
      eventTitle: 'Desk Posture Clinic',
      deliveryMode: 'hybrid',
      canAccess: false,
      accessUrl: null,
      accessInstructions: 'Complete the payment to confirm your place.',
      availableAt: null,
      reason: 'payment_pending',
      registrationStatus: 'pending',
      paymentStatus: 'pending',
    });

    const payment = await createEventPaymentIntent(client, R.pendingPayment, {returnUrl: RETURN_URL});
    expect(new URL(payment.paymentUrl!).searchParams.get('fav_mock_payment')).to.equal('success');
    const settled = await checkEventAccess(client, R.pendingPayment);
    expect(settled).to.include({registrationStatus: 'paid', paymentStatus: 'paid', canAccess: false, reason: 'not_yet_available', availableAt: '2026-12-08T12:00:00+08:00'});

    const online = await checkEventAccess(client, R.onlineNow);
    expect(online).to.include({canAccess: true, accessUrl: 'https://meet.example.com/harbour-wellness/sleep-reset?ticket=EV-1006', reason: null});

    const hidden = await rejection(checkEventAccess(client, R.otherMember));
    expect(hidden).to.include({status: 404, code: 'NOT_FOUND', operation: 'checkEventAccess'});
  });

  it('C11 for a guest with the guestRegistrationToken: the declining method ends the registration failed', async () => {
    const registration = await registerForEvent(client, {eventId: E.earlyBird, name: 'Amy Lau', email: 'amy@example.com'});
    const options = {token: registration.guestRegistrationToken!};
    const payment = await createEventPaymentIntent(client, registration.id, {paymentMethodId: ids.paymentMethods.declined, returnUrl: RETURN_URL}, options);
    expect(payment.paymentUrl).to.equal(`${RETURN_URL}&fav_mock_payment=failed&registration=${registration.id}`);
    const result = await checkEventAccess(client, registration.id, options);
    expect(last('checkEventAccess').headers.authorization).to.equal(`Bearer ${options.token}`);
    expect(result).to.include({registrationId: registration.id, registrationStatus: 'cancelled', paymentStatus: 'failed', canAccess: false, reason: 'cancelled', deliveryMode: 'online'});
    const guestSeed = await checkEventAccess(client, R.guest);
    expect(last('checkEventAccess').headers).not.to.have.property('authorization');
    expect(guestSeed).to.include({registrationStatus: 'confirmed', paymentStatus: 'not_required', reason: 'in_person_only'});
    expect(guestSeed.accessInstructions).to.contain('EV-1005');
  });
});
