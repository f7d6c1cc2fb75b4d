import {expect} from '@open-wc/testing';
import {FavClient, type ClientOptions, type SessionBridge} from '../../src/api/client.js';
import {FavApiError, isFavApiError} from '../../src/api/errors.js';
import {getLoginChannel, requestOtp, verifyOtp} from '../../src/api/auth.js';
import {logout, refreshToken, validateToken} from '../../src/api/session.js';
import {getService, listServices, listSlots} from '../../src/api/booking.js';
import {createGuestBooking, listBookings} from '../../src/api/bookings.js';
import {getSurveyByToken} from '../../src/api/surveys.js';
import {createOrder} from '../../src/api/shop-orders.js';
import {getProduct} from '../../src/api/shop.js';
import {resolveDomain} from '../../src/api/tenant.js';
import {checkEventAccess, listEvents} from '../../src/api/events.js';
import {submitContact} from '../../src/api/contact.js';
import {FakeFetch, delayed, fail, hang, json, networkError, noContent, ok, rejection, text, wait} from './support/fake-fetch.js';

const SERVICE = {id: 'svc_1', name: 'Massage', price: '350.00', durationMinutes: 60, currency: 'HKD'};
const BOOKING = {id: 'bk_1', serviceId: 'svc_1', serviceName: 'Massage', status: 'confirmed', totalPrice: '350.00', currency: 'HKD'};
const BOOKING_INPUT = {
  serviceId: 'svc_1',
  occurrenceStart: '2026-03-02T10:00:00+08:00',
  occurrenceEnd: '2026-03-02T11:00:00+08:00',
  customerName: 'Amy',
  customerPhone: '+85291234567',
};

class FakeSession implements SessionBridge {
  calls: string[] = [];
  constructor(
    public token: string | undefined,
    private readonly next: string | undefined = undefined,
  ) {}
  getAccessToken() {
    return this.token;
  }
  async handleUnauthorized(failed: string) {
    this.calls.push(failed);
    if (!this.next) {
      this.token = undefined;
      return false;
    }
    this.token = this.next;
    return true;
  }
}

function setup(options: ClientOptions = {}, ...replies: ConstructorParameters<typeof FakeFetch>) {
  const fake = new FakeFetch(...replies);
  const client = new FavClient({companyId: 'acme', retryDelays: [5, 10], fetch: fake.fetch, ...options});
  return {fake, client};
}

describe('FavClient transport', () => {
  describe('URL and query', () => {
    it('builds the URL from api-base, tolerating a trailing slash', async () => {
      const {fake, client} = setup({apiBase: 'https://api.example.test/'}, ok([]));
      await listServices(client);
      expect(fake.last.url.origin + fake.last.url.pathname).to.equal('https://api.example.test/v6/customer-portal/services');
    });

    it('defaults api-base to https://api.favcrm.io', async () => {
      const {fake, client} = setup({}, ok([]));
      await listServices(client);
      expect(fake.last.url.href).to.equal('https://api.favcrm.io/v6/customer-portal/services');
    });

    it('omits empty and undefined query values and encodes the rest', async () => {
      const {fake, client} = setup({}, ok([]));
      await listServices(client, {search: 'a&b c', page: 2, limit: undefined});
      expect(fake.last.url.search).to.equal('?search=a%26b+c&page=2');
      const {fake: fake2, client: client2} = setup({}, ok([]));
      await listServices(client2, {search: ''});
      expect(fake2.last.url.search).to.equal('');
    });

    it('serializes booleans and URL-encodes path segments', async () => {
      const {fake, client} = setup({session: new FakeSession('tok')}, ok([]), ok(SERVICE));
      await listBookings(client, {upcoming: true});
      expect(fake.last.url.searchParams.get('upcoming')).to.equal('true');
      await getService(client, 'a/b c?');
      expect(fake.last.url.pathname).to.equal('/v6/customer-portal/services/a%2Fb%20c%3F');
    });

    it('sends numeric ids as path segments', async () => {
      const {fake, client} = setup({}, ok(SERVICE));
      await getService(client, 42);
      expect(fake.last.url.pathname).to.equal('/v6/customer-portal/services/42');
    });
  });

  describe('headers', () => {
    it('sends Accept, X-Company-Id and Accept-Language on public ops, and no bearer', async () => {
      const {fake, client} = setup({locale: 'zh-Hant', session: new FakeSession('tok')}, ok([]));
      await listServices(client);
      const h = fake.last.headers;
      expect(h.get('accept')).to.equal('application/json');
      expect(h.get('x-company-id')).to.equal('acme');
      expect(h.get('accept-language')).to.equal('zh-Hant');
      expect(h.get('authorization')).to.equal(null);
      expect(h.get('content-type')).to.equal(null);
    });

    it('sends the bearer on customer ops and on optional ops when signed in', async () => {
      const {fake, client} = setup({session: new FakeSession('tok')}, ok([]), ok({slots: []}));
      await listBookings(client);
      expect(fake.requests[0]!.headers.get('authorization')).to.equal('Bearer tok');
      await listSlots(client, 'svc_1', {date: '2026-03-02'});
      expect(fake.requests[1]!.headers.get('authorization')).to.equal('Bearer tok');
    });

    it('sends no bearer on optional ops when signed out', async () => {
      const {fake, client} = setup({}, ok([]));
      await listEvents(client);
      expect(fake.last.headers.get('authorization')).to.equal(null);
    });

    it('fails fast with 401 LOGIN_REQUIRED on a customer op without a token, without a request', async () => {
      const {fake, client} = setup({session: new FakeSession(undefined)});
      const error = await rejection(listBookings(client));
      expect(error).to.be.instanceOf(FavApiError);
      expect(error.status).to.equal(401);
      expect(error.code).to.equal('LOGIN_REQUIRED');
      expect(error.kind).to.equal('http');
      expect(error.operation).to.equal('listBookings');
      expect(fake.count).to.equal(0);
    });

    it('sends no bearer on magic-token ops, and X-Company-Id only when known', async () => {
      const survey = {id: 's1', title: 'T', slug: 't'};
      const {fake, client} = setup({session: new FakeSession('tok')}, ok({survey}));
      await getSurveyByToken(client, 'inv/1');
      expect(fake.last.headers.get('authorization')).to.equal(null);
      expect(fake.last.headers.get('x-company-id')).to.equal('acme');
      expect(fake.last.url.pathname).to.equal('/v6/customer-portal/surveys/token/inv%2F1');

      const {fake: fake2, client: client2} = setup({companyId: undefined}, ok({companyId: 'c1'}));
      await resolveDomain(client2, {domain: 'shop.example.com'});
      expect(fake2.last.headers.has('x-company-id')).to.equal(false);
      expect(fake2.last.url.searchParams.get('domain')).to.equal('shop.example.com');
      expect(fake2.last.url.searchParams.get('hostname')).to.equal('shop.example.com');
    });

    it('uses a token override instead of the session bearer', async () => {
      const {fake, client} = setup({session: new FakeSession('member')}, ok({canAccess: true}));
      await checkEventAccess(client, 'reg_1', {token: 'guest-token'});
      expect(fake.last.headers.get('authorization')).to.equal('Bearer guest-token');
    });

    it('sends JSON bodies with Content-Type and a UUID v4 Idempotency-Key on creates', async () => {
      const {fake, client} = setup({}, ok(BOOKING));
      await createGuestBooking(client, {...BOOKING_INPUT, notes: '', addonIds: []});
      const request = fake.last;
      expect(request.method).to.equal('POST');
      expect(request.headers.get('content-type')).to.equal('application/json');
      expect(request.headers.get('idempotency-key')).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(request.body).to.deep.equal(BOOKING_INPUT);
    });

    it('uses a new key per call, or the caller key when given', async () => {
      const {fake, client} = setup({}, ok(BOOKING), ok(BOOKING), ok(BOOKING));
      await createGuestBooking(client, BOOKING_INPUT);
      await createGuestBooking(client, BOOKING_INPUT);
      await createGuestBooking(client, BOOKING_INPUT, {idempotencyKey: 'my-key'});
      const keys = fake.requests.map((r) => r.headers.get('idempotency-key'));
      expect(keys[0]).to.not.equal(keys[1]);
      expect(keys[2]).to.equal('my-key');
    });

    it('sends Idempotency-Key on every create and never on other POSTs', async () => {
      const {fake, client} = setup({}, ok({conversationId: 'c', messageId: 'm'}), ok({message: 'sent'}));
      await submitContact(client, {name: 'A', email: 'a@b.c', message: 'hi'});
      expect(fake.requests[0]!.headers.has('idempotency-key')).to.equal(true);
      await requestOtp(client, {phone: '+85291234567'});
      expect(fake.requests[1]!.headers.has('idempotency-key')).to.equal(false);
      expect(fake.requests[1]!.body).to.deep.equal({phone: '+85291234567', companyId: 'acme'});
    });

    it('looks up globalThis.fetch at call time when none is injected', async () => {
      const fake = new FakeFetch(ok([]));
      const original = globalThis.fetch;
      const client = new FavClient({companyId: 'acme'});
      globalThis.fetch = fake.fetch;
      try {
        await listServices(client);
      } finally {
        globalThis.fetch = original;
      }
      expect(fake.count).to.equal(1);
    });

    it('applies configure() to later calls', async () => {
      const {fake, client} = setup({}, ok([]), ok([]));
      await listServices(client);
      client.configure({companyId: 'other', locale: 'en'});
      await listServices(client);
      expect(fake.last.headers.get('x-company-id')).to.equal('other');
      expect(fake.last.headers.get('accept-language')).to.equal('en');
      expect(client.options.companyId).to.equal('other');
    });
  });

  describe('envelope', () => {
    it('unwraps {success, data} and passes bare bodies through', async () => {
      const {client} = setup({}, ok(SERVICE), json(SERVICE));
      expect((await getService(client, 'svc_1')).name).to.equal('Massage');
      expect((await getService(client, 'svc_1')).name).to.equal('Massage');
    });

    it('treats success:false on a 200 as an error', async () => {
      const {client} = setup({}, json({success: false, error: {code: 'NOPE', message: 'No way'}}));
      const error = await rejection(getService(client, 'x'));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(200);
      expect(error.code).to.equal('NOPE');
      expect(error.message).to.equal('No way');
    });

    it('accepts 204, an empty body and {success:true} from logout', async () => {
      const {client} = setup({}, noContent(), text('', 200, 'application/json'), json({success: true}));
      for (let i = 0; i < 3; i++) expect(await logout(client, {}, {token: 't'})).to.deep.equal({loggedOut: true});
    });

    it('sends {refreshToken} on refresh and logout only when held', async () => {
      const {fake, client} = setup({}, ok({accessToken: 'n'}), ok({accessToken: 'n'}), noContent());
      await refreshToken(client, {refreshToken: 'r1'}, {token: 'old'});
      expect(fake.requests[0]!.body).to.deep.equal({refreshToken: 'r1'});
      expect(fake.requests[0]!.headers.get('authorization')).to.equal('Bearer old');
      await refreshToken(client, {}, {token: 'old'});
      expect(fake.requests[1]!.body).to.equal(undefined);
      await logout(client, {refreshToken: 'r1'}, {token: 'old'});
      expect(fake.requests[2]!.body).to.deep.equal({refreshToken: 'r1'});
    });
  });

  describe('errors', () => {
    const statuses: [number, string, boolean][] = [
      [400, 'VALIDATION_ERROR', false],
      [403, 'LOGIN_REQUIRED', false],
      [404, 'NOT_FOUND', false],
      [409, 'SLOT_NOT_AVAILABLE', false],
      [410, 'SURVEY_CLOSED', false],
      [422, 'BOOKING_COOLDOWN_ACTIVE', false],
      [500, 'INTERNAL', false],
    ];
    for (const [status, code, retryable] of statuses) {
      it(`maps ${status} ${code} to an http error`, async () => {
        const {client} = setup({}, fail(status, code, `msg ${status}`, {details: {a: 1}}));
        const error = await rejection(createGuestBooking(client, BOOKING_INPUT));
        expect(isFavApiError(error)).to.equal(true);
        expect(error).to.include({kind: 'http', status, code, message: `msg ${status}`, retryable, requestId: 'req_err', operation: 'createGuestBooking'});
        expect(error.details).to.deep.equal({a: 1});
      });
    }

    it('marks 408/429/502/503/504 retryable', async () => {
      for (const status of [408, 429, 502, 503, 504]) {
        const {client} = setup({retryDelays: []}, fail(status));
        const error = await rejection(listServices(client));
        expect(error.retryable, String(status)).to.equal(true);
      }
    });

    it('reads the message from a top-level message, the status text, or HTTP <status>', async () => {
      const {client} = setup(
        {retryDelays: []},
        json({message: 'top level'}, 400),
        json({message: {nested: true}}, 400),
        new Response('<html>bad gateway</html>', {status: 502, statusText: 'Bad Gateway'}),
        new Response('', {status: 418}),
      );
      expect((await rejection(getService(client, 'a'))).message).to.equal('top level');
      expect((await rejection(getService(client, 'b'))).message).to.equal('{"nested":true}');
      const html = await rejection(getService(client, 'c'));
      expect(html).to.include({kind: 'http', status: 502, message: 'Bad Gateway', code: undefined});
      expect((await rejection(getService(client, 'd'))).message).to.equal('HTTP 418');
    });

    it('reads retryAfter from the header or details.retryAfterSeconds', async () => {
      const {client} = setup(
        {},
        fail(429, 'RATE_LIMITED', 'slow down', {headers: {'Retry-After': '30'}}),
        fail(429, 'RATE_LIMITED', 'slow down', {details: {retryAfterSeconds: 45}}),
      );
      expect((await rejection(requestOtp(client, {phone: '+852'}))).retryAfter).to.equal(30);
      expect((await rejection(requestOtp(client, {phone: '+852'}))).retryAfter).to.equal(45);
    });

    it('maps a network failure to kind network, status 0, retryable', async () => {
      const {client} = setup({retryDelays: []}, networkError);
      const error = await rejection(listServices(client));
      expect(error).to.include({kind: 'network', status: 0, retryable: true, operation: 'listServices'});
    });

    it('maps a timeout to kind timeout and aborts the fetch', async () => {
      const {fake, client} = setup({retryDelays: [], timeout: 30}, hang);
      const error = await rejection(listServices(client));
      expect(error).to.include({kind: 'timeout', status: 0, retryable: true});
      expect(fake.last.aborted).to.equal(true);
    });

    it('honours a per-call timeout', async () => {
      const {client} = setup({retryDelays: []}, hang);
      const started = Date.now();
      const error = await rejection(listServices(client, {}, {timeout: 20}));
      expect(error.kind).to.equal('timeout');
      expect(Date.now() - started).to.be.lessThan(1000);
    });

    it('maps an abort to kind aborted, aborts the fetch and does not retry', async () => {
      const {fake, client} = setup({}, hang);
      const controller = new AbortController();
      const pending = listServices(client, {}, {signal: controller.signal});
      await wait(5);
      controller.abort();
      const error = await rejection(pending);
      expect(error).to.include({kind: 'aborted', status: 0, retryable: false});
      expect(fake.last.aborted).to.equal(true);
      await wait(30);
      expect(fake.count).to.equal(1);
    });

    it('rejects at once when the signal is already aborted', async () => {
      const {fake, client} = setup({}, ok([]));
      const error = await rejection(listServices(client, {}, {signal: AbortSignal.abort()}));
      expect(error.kind).to.equal('aborted');
      expect(fake.count).to.equal(0);
    });

    it('maps an HTML 200 body to kind malformed', async () => {
      const {client} = setup({}, text('<!doctype html><p>proxy</p>'));
      const error = await rejection(getService(client, 'x'));
      expect(error).to.include({kind: 'malformed', status: 200, operation: 'getService', issuePath: '(root)'});
    });

    it('maps truncated JSON to kind malformed', async () => {
      const {client} = setup({}, text('{"success": true, "data": {', 200, 'application/json'));
      expect((await rejection(getService(client, 'x'))).kind).to.equal('malformed');
    });

    it('maps null data and an empty body to kind malformed', async () => {
      const {client} = setup({}, ok(null), noContent());
      const nullData = await rejection(getService(client, 'x'));
      expect(nullData).to.include({kind: 'malformed', issuePath: '(root)'});
      expect((await rejection(getService(client, 'y'))).kind).to.equal('malformed');
    });

    it('maps a schema failure to kind malformed with the failing path', async () => {
      const {client} = setup({}, ok({...SERVICE, price: 'free!'}), ok({...SERVICE, id: null}));
      const price = await rejection(getService(client, 'x'));
      expect(price).to.include({kind: 'malformed', status: 200, issuePath: 'price', operation: 'getService'});
      const id = await rejection(getService(client, 'y'));
      expect(id.issuePath).to.equal('id');
    });

    it('maps a wrong list container to kind malformed', async () => {
      const {client} = setup({}, ok({services: []}), ok('nope'));
      expect((await rejection(listServices(client, {search: 'a'}))).kind).to.equal('malformed');
      expect((await rejection(listServices(client, {search: 'b'}))).kind).to.equal('malformed');
    });
  });

  describe('retries', () => {
    it('retries a GET twice on 503 with the configured delays, then succeeds', async () => {
      const {fake, client} = setup({retryDelays: [20, 40]}, fail(503), fail(503), ok([SERVICE]));
      const started = Date.now();
      const result = await listServices(client);
      expect(result.items).to.have.length(1);
      expect(fake.count).to.equal(3);
      expect(Date.now() - started).to.be.at.least(55);
    });

    it('gives up after two retries', async () => {
      const {fake, client} = setup({}, fail(502), fail(504), fail(429), ok([]));
      const error = await rejection(listServices(client));
      expect(error.status).to.equal(429);
      expect(fake.count).to.equal(3);
    });

    it('retries a GET after a network error, a timeout and 408', async () => {
      const {fake, client} = setup({timeout: 30}, networkError, hang, fail(408), ok([]));
      const {fake: fake2, client: client2} = setup({}, fail(408), ok([]));
      await rejection(listServices(client)); // network, timeout, 408: three tries, all failed
      expect(fake.count).to.equal(3);
      await listServices(client2);
      expect(fake2.count).to.equal(2);
    });

    it('does not retry 4xx other than 408/429, nor 500, nor malformed', async () => {
      for (const reply of [fail(404), fail(409), fail(500), text('<html>')]) {
        const {fake, client} = setup({}, reply, ok([]));
        await rejection(listServices(client));
        expect(fake.count).to.equal(1);
      }
    });

    it('waits out a short Retry-After but not a long one', async () => {
      const {fake, client} = setup({}, fail(429, 'RATE_LIMITED', 'x', {headers: {'Retry-After': '0'}}), ok([]));
      await listServices(client);
      expect(fake.count).to.equal(2);
      const {fake: fake2, client: client2} = setup({}, fail(503, 'X', 'x', {headers: {'Retry-After': '120'}}), ok([]));
      const error = await rejection(listServices(client2));
      expect(error.retryAfter).to.equal(120);
      expect(fake2.count).to.equal(1);
    });

    it('never retries a plain POST', async () => {
      for (const reply of [fail(503), networkError, fail(429)]) {
        const {fake, client} = setup({}, reply, ok({message: 'ok'}));
        await rejection(requestOtp(client, {email: 'a@b.c'}));
        expect(fake.count).to.equal(1);
      }
    });

    it('retries a create after a network error, a timeout and 502 with the same Idempotency-Key', async () => {
      const {fake, client} = setup({timeout: 30, retryDelays: [5, 5, 5]}, networkError, hang, fail(502), ok(BOOKING));
      const booking = await createGuestBooking(client, BOOKING_INPUT);
      expect(booking.id).to.equal('bk_1');
      expect(fake.count).to.equal(4);
      const keys = new Set(fake.requests.map((r) => r.headers.get('idempotency-key')));
      expect(keys.size).to.equal(1);
    });

    it('does not retry a create on 429, 500 or 409', async () => {
      for (const reply of [fail(429), fail(500), fail(409, 'SLOT_NOT_AVAILABLE')]) {
        const {fake, client} = setup({}, reply, ok(BOOKING));
        await rejection(createGuestBooking(client, BOOKING_INPUT));
        expect(fake.count).to.equal(1);
      }
    });

    it('stops retrying when aborted during the backoff', async () => {
      const {fake, client} = setup({retryDelays: [200, 200]}, fail(503), ok([]));
      const controller = new AbortController();
      const pending = listServices(client, {}, {signal: controller.signal});
      await wait(20);
      controller.abort();
      expect((await rejection(pending)).kind).to.equal('aborted');
      await wait(250);
      expect(fake.count).to.equal(1);
    });
  });

  describe('401 and the session', () => {
    it('refreshes once and retries with the new token', async () => {
      const session = new FakeSession('old', 'new');
      const {fake, client} = setup({session}, fail(401, 'TOKEN_EXPIRED'), ok([BOOKING]));
      const result = await listBookings(client);
      expect(result.items[0]!.id).to.equal('bk_1');
      expect(session.calls).to.deep.equal(['old']);
      expect(fake.requests.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer old', 'Bearer new']);
    });

    it('retries a create with the same Idempotency-Key after a refresh', async () => {
      const session = new FakeSession('old', 'new');
      const {fake, client} = setup({session}, fail(401), ok(BOOKING));
      await createGuestBooking(client, BOOKING_INPUT);
      expect(fake.requests[0]!.headers.get('idempotency-key')).to.equal(fake.requests[1]!.headers.get('idempotency-key'));
      expect(fake.requests[1]!.headers.get('authorization')).to.equal('Bearer new');
    });

    it('throws the 401 when the session ended', async () => {
      const session = new FakeSession('old');
      const {fake, client} = setup({session}, fail(401, 'UNAUTHORIZED'), ok([]));
      const error = await rejection(listBookings(client));
      expect(error).to.include({status: 401, code: 'UNAUTHORIZED'});
      expect(session.calls).to.deep.equal(['old']);
      expect(fake.count).to.equal(1);
    });

    it('refreshes only once when the retried call gets 401 again', async () => {
      const session = new FakeSession('old', 'new');
      const {fake, client} = setup({session}, fail(401), fail(401), ok([]));
      expect((await rejection(listBookings(client))).status).to.equal(401);
      expect(session.calls).to.have.length(1);
      expect(fake.count).to.equal(2);
    });

    it('treats a 401 without a bearer as an ordinary error', async () => {
      const session = new FakeSession(undefined, 'new');
      const {client} = setup({session}, fail(401, 'INVALID_OTP'));
      const error = await rejection(verifyOtp(client, {phone: '+852', code: '000000'}));
      expect(error).to.include({status: 401, code: 'INVALID_OTP'});
      expect(session.calls).to.have.length(0);
    });

    it('treats a 401 on a public op (no bearer sent) as an ordinary error', async () => {
      const session = new FakeSession('tok', 'new');
      const {client} = setup({session}, fail(401));
      await rejection(getLoginChannel(client));
      expect(session.calls).to.have.length(0);
    });

    it('does not refresh for a token override', async () => {
      const session = new FakeSession('member', 'new');
      const {client} = setup({session}, fail(401));
      await rejection(checkEventAccess(client, 'r1', {token: 'guest'}));
      expect(session.calls).to.have.length(0);
    });

    it('reports an invalid token from validateToken as valid:false', async () => {
      const session = new FakeSession('tok', 'new');
      const {client} = setup({session}, fail(401), ok({valid: true, expiresIn: 60}));
      expect((await validateToken(client)).valid).to.equal(false);
      expect(session.calls).to.have.length(0);
      const result = await validateToken(client, {token: 'x'});
      expect(result.valid).to.equal(true);
      expect(result.expiresAt).to.be.closeTo(Date.now() + 60_000, 2000);
    });
  });

  describe('de-duplication', () => {
    it('shares one fetch between three identical concurrent GETs', async () => {
      const {fake, client} = setup({}, delayed(20, ok(SERVICE)));
      const results = await Promise.all([getService(client, 'svc_1'), getService(client, 'svc_1'), getService(client, 'svc_1', {fresh: true})]);
      expect(fake.count).to.equal(1);
      expect(results.map((r) => r.id)).to.deep.equal(['svc_1', 'svc_1', 'svc_1']);
    });

    it('lets one caller abort while the others still get the result', async () => {
      const {fake, client} = setup({}, delayed(30, ok(SERVICE)));
      const controller = new AbortController();
      const first = getService(client, 'svc_1', {signal: controller.signal});
      const second = getService(client, 'svc_1');
      const third = getService(client, 'svc_1');
      await wait(5);
      controller.abort();
      expect((await rejection(first)).kind).to.equal('aborted');
      expect((await second).id).to.equal('svc_1');
      expect((await third).id).to.equal('svc_1');
      expect(fake.count).to.equal(1);
      expect(fake.last.aborted).to.equal(false);
    });

    it('aborts the shared fetch when every caller has left', async () => {
      const {fake, client} = setup({}, hang);
      const a = new AbortController();
      const b = new AbortController();
      const first = rejection(getService(client, 'svc_1', {signal: a.signal}));
      const second = rejection(getService(client, 'svc_1', {signal: b.signal}));
      await wait(5);
      a.abort();
      await wait(5);
      expect(fake.last.aborted).to.equal(false);
      b.abort();
      const errors = await Promise.all([first, second]);
      expect(errors.map((e) => e.kind)).to.deep.equal(['aborted', 'aborted']);
      await wait(5);
      expect(fake.last.aborted).to.equal(true);
    });

    it('does not share GETs of different tokens or URLs', async () => {
      const {fake, client} = setup({session: new FakeSession('a')}, delayed(10, ok([])), delayed(10, ok([])), delayed(10, ok([])));
      await Promise.all([listBookings(client), listBookings(client, {}, {token: 'b'}), listBookings(client, {page: 2})]);
      expect(fake.count).to.equal(3);
    });

    it('never shares POSTs', async () => {
      const {fake, client} = setup({}, ok(BOOKING), ok(BOOKING));
      await Promise.all([createGuestBooking(client, BOOKING_INPUT), createGuestBooking(client, BOOKING_INPUT)]);
      expect(fake.count).to.equal(2);
    });
  });

  describe('cache', () => {
    it('reuses a public GET within the TTL', async () => {
      const {fake, client} = setup({}, ok(SERVICE), ok(SERVICE));
      await getService(client, 'svc_1');
      await getService(client, 'svc_1');
      expect(fake.count).to.equal(1);
    });

    it('refetches after the TTL', async () => {
      const {fake, client} = setup({cacheTtl: 20}, ok(SERVICE), ok(SERVICE));
      await getService(client, 'svc_1');
      await wait(30);
      await getService(client, 'svc_1');
      expect(fake.count).to.equal(2);
    });

    it('bypasses the cache with fresh', async () => {
      const {fake, client} = setup({}, ok(SERVICE), ok({...SERVICE, name: 'New'}));
      await getService(client, 'svc_1');
      expect((await getService(client, 'svc_1', {fresh: true})).name).to.equal('New');
      expect((await getService(client, 'svc_1')).name).to.equal('New');
      expect(fake.count).to.equal(2);
    });

    it('keys on company, locale and URL', async () => {
      const {fake, client} = setup({}, ok(SERVICE), ok(SERVICE), ok(SERVICE));
      await getService(client, 'svc_1');
      client.configure({locale: 'zh-Hant'});
      await getService(client, 'svc_1');
      client.configure({companyId: 'other'});
      await getService(client, 'svc_1');
      expect(fake.count).to.equal(3);
    });

    it('does not cache customer or optional ops, nor errors', async () => {
      const {fake, client} = setup({session: new FakeSession('t')}, ok([]), ok([]), ok({slots: []}), ok({slots: []}), fail(404), ok(SERVICE));
      await listBookings(client);
      await listBookings(client);
      await listSlots(client, 's', {date: '2026-01-01'});
      await listSlots(client, 's', {date: '2026-01-01'});
      await rejection(getService(client, 'x'));
      await getService(client, 'x');
      expect(fake.count).to.equal(6);
    });

    it('invalidate() drops one operation or everything', async () => {
      const {fake, client} = setup({}, ok(SERVICE), ok([]), ok(SERVICE), ok([]));
      await getService(client, 'svc_1');
      await listServices(client);
      client.invalidate('getService');
      await getService(client, 'svc_1');
      await listServices(client);
      expect(fake.count).to.equal(3);
      client.invalidate();
      await listServices(client);
      expect(fake.count).to.equal(4);
    });

    it('a created order invalidates cached products', async () => {
      const product = {id: 1, name: 'Tea', price: '10'};
      const order = {orderId: 'o-1', totalAmount: '10'};
      const {fake, client} = setup({}, ok(product), ok(order), ok(product));
      await getProduct(client, 'tea');
      await createOrder(client, {items: [{productId: 1, quantity: 1}]});
      await getProduct(client, 'tea');
      expect(fake.count).to.equal(3);
    });

    it('cacheTtl 0 turns the cache off', async () => {
      const {fake, client} = setup({cacheTtl: 0}, ok(SERVICE), ok(SERVICE));
      await getService(client, 'svc_1');
      await getService(client, 'svc_1');
      expect(fake.count).to.equal(2);
    });
  });
});
