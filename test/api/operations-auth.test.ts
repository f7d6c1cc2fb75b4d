/** B1–B8, F5 and F6 through FavClient and the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {getLoginChannel, registerMember, requestOtp, verifyOtp} from '../../src/api/auth.js';
import {logout, refreshToken, validateToken} from '../../src/api/session.js';
import {FavClient} from '../../src/api/client.js';
import {resolveDomain} from '../../src/api/tenant.js';
import {getRegistrationForm} from '../../src/api/registration.js';
import {hasToken} from '../../src/api/schemas/auth.js';
import {submitContact} from '../../src/api/contact.js';
import {createMockFetch, mockControl, MOCK_OTP} from '../../src/mock/index.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const CHAN = '+85291234567';

describe('auth, resolve-domain and contact operations (B1–B8, F5, F6) through FavClient and the mock', () => {
  let token: string | undefined;
  const clientFor = (companyId = 'demo', locale?: string) =>
    new FavClient({
      companyId,
      locale,
      fetch: createMockFetch(),
      retryDelays: [],
      session: {getAccessToken: () => token, handleUnauthorized: async () => false},
    });

  beforeEach(() => {
    mockControl.reset();
    token = undefined;
  });

  it('B1 getLoginChannel sends companyId and parses each tenant’s channel', async () => {
    expect(await getLoginChannel(clientFor())).to.deep.include({channel: 'sms'});
    const request = last('getLoginChannel');
    expect(request.path).to.equal(`${PREFIX}/auth/login-channel`);
    expect(request.query).to.deep.equal({companyId: 'demo'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(await getLoginChannel(clientFor('demo-taipei'))).to.deep.include({channel: 'email'});
  });

  it('B2 requestOtp posts the phone and companyId, parses expiry and resend; 429 carries retryAfter', async () => {
    const client = clientFor();
    const result = await requestOtp(client, {phone: CHAN});
    expect(result).to.deep.equal({message: 'OTP sent', expiresIn: 300, resendAfter: 30});
    const request = last('requestOtp');
    expect(request.method).to.equal('POST');
    expect(request.body).to.deep.equal({phone: CHAN, companyId: 'demo'});
    expect(request.headers['content-type']).to.equal('application/json');

    const limited = await rejection(requestOtp(client, {phone: CHAN}));
    expect(limited).to.include({status: 429, code: 'RATE_LIMITED', retryable: true});
    expect(limited.retryAfter).to.be.within(1, 30);

    const wrongChannel = await rejection(requestOtp(clientFor('demo-taipei'), {phone: CHAN}));
    expect(wrongChannel).to.include({status: 400, code: 'LOGIN_CHANNEL_MISMATCH', retryable: false});
    const invalid = await rejection(requestOtp(client, {phone: '91234567'}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(invalid.details).to.have.nested.property('fields.phone');
  });

  it('B3 verifyOtp sends the code as code and otp and parses a TokenResult; wrong, expired and unknown', async () => {
    const client = clientFor();
    await requestOtp(client, {phone: CHAN});
    const wrong = await rejection(verifyOtp(client, {phone: CHAN, code: '000000'}));
    expect(wrong).to.include({status: 400, code: 'INVALID_OTP'});
    expect(wrong.details).to.deep.include({reason: 'mismatch', attemptsLeft: 4});

    const session = await verifyOtp(client, {phone: CHAN, code: MOCK_OTP});
    expect(last('verifyOtp').body).to.deep.equal({phone: CHAN, code: MOCK_OTP, otp: MOCK_OTP});
    expect(session.accessToken).to.be.a('string').and.not.empty;
    expect(session.refreshToken).to.be.a('string').and.not.empty;
    expect(session).to.include({memberUuid: 'mem-demo-chan', memberName: 'Chan Tai Man', phone: CHAN});
    expect(session.expiresAt! - Date.now()).to.be.within(3590_000, 3600_000);

    mockControl.setNow('2026-12-01T09:00:00+08:00');
    await requestOtp(client, {phone: '+85298765432'});
    mockControl.setNow('2026-12-01T09:06:00+08:00');
    const expired = await rejection(verifyOtp(client, {phone: '+85298765432', code: MOCK_OTP}));
    expect(expired.details).to.deep.include({reason: 'expired'});

    await requestOtp(client, {phone: '+85260000000'});
    const unknown = await rejection(verifyOtp(client, {phone: '+85260000000', code: MOCK_OTP}));
    expect(unknown).to.include({status: 404, code: 'MEMBER_NOT_FOUND'});
  });

  it('B3 in Chinese and by email on the email tenant', async () => {
    const client = clientFor('demo-taipei', 'zh-Hant');
    await requestOtp(client, {email: 'LIN@example.com'});
    expect(last('requestOtp').headers['accept-language']).to.equal('zh-Hant');
    const session = await verifyOtp(client, {email: 'lin@example.com', code: MOCK_OTP});
    expect(session).to.include({memberUuid: 'mem-tpe-lin', memberName: '林美', email: 'lin@example.com'});
  });

  it('B4 registerMember sends the fields with source and companyId, signs the member in; 400 and 409', async () => {
    const client = clientFor();
    const result = await registerMember(client, {name: 'Wong Ka Ho', phone: '+85263334444', email: 'kaho@example.com', agreeToTerms: true});
    expect(last('registerMember').body).to.deep.equal({
      name: 'Wong Ka Ho',
      phone: '+85263334444',
      email: 'kaho@example.com',
      agreeToTerms: true,
      source: 'fav-widgets',
      companyId: 'demo',
    });
    expect(hasToken(result)).to.equal(true);
    expect(result.memberName).to.equal('Wong Ka Ho');

    // The new member can now sign in with OTP.
    await requestOtp(client, {phone: '+85263334444'});
    expect((await verifyOtp(client, {phone: '+85263334444', code: MOCK_OTP})).memberUuid).to.equal(result.memberUuid);

    const missing = await rejection(registerMember(client, {name: '', phone: '+85263335555'}));
    expect(missing).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(missing.details!.fields).to.have.keys('name', 'agreeToTerms');
    const taken = await rejection(registerMember(client, {name: 'Someone', phone: CHAN, agreeToTerms: true}));
    expect(taken).to.include({status: 409, code: 'MEMBER_EXISTS'});
  });

  it('B5 validateToken sends the bearer; an unknown or expired token is {valid: false}, not an error', async () => {
    const client = clientFor();
    token = mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
    expect(await validateToken(client)).to.deep.include({valid: true, memberUuid: 'mem-demo-chan', memberName: 'Chan Tai Man'});
    expect(last('validateToken').headers.authorization).to.equal(`Bearer ${token}`);
    mockControl.expireToken(token);
    expect((await validateToken(client)).valid).to.equal(false);
    expect((await validateToken(client, {token: 'not-a-token'})).valid).to.equal(false);
    expect(last('validateToken').headers.authorization).to.equal('Bearer not-a-token');
  });

  it('B6 refreshToken exchanges an expired token and its refresh token for new ones; a revoked one gets 401', async () => {
    const client = clientFor();
    const issued = mockControl.issueToken('demo', 'mem-demo-chan');
    token = issued.accessToken;
    mockControl.expireToken(token);
    const fresh = await refreshToken(client, {refreshToken: issued.refreshToken});
    const request = last('refreshToken');
    expect(request.body).to.deep.equal({refreshToken: issued.refreshToken});
    expect(request.headers.authorization).to.equal(`Bearer ${issued.accessToken}`);
    expect(fresh.accessToken).to.not.equal(issued.accessToken);
    expect(fresh.memberUuid).to.equal('mem-demo-chan');
    token = fresh.accessToken;
    expect((await validateToken(client)).valid).to.equal(true);

    await logout(client, {refreshToken: fresh.refreshToken});
    const refused = await rejection(refreshToken(client, {refreshToken: fresh.refreshToken}));
    expect(refused).to.include({status: 401});
  });

  it('B7 logout revokes the token on the server and parses {loggedOut: true}', async () => {
    const client = clientFor();
    token = mockControl.issueToken('demo', 'mem-demo-lee').accessToken;
    expect(await logout(client)).to.deep.equal({loggedOut: true});
    expect(last('logout').headers.authorization).to.equal(`Bearer ${token}`);
    expect(last('logout').body).to.equal(undefined);
    expect((await validateToken(client)).valid).to.equal(false);
  });

  it('B8 getRegistrationForm parses the fields in order with options and checkbox labels, per locale', async () => {
    const form = await getRegistrationForm(clientFor());
    expect(last('getRegistrationForm').path).to.equal(`${PREFIX}/auth/registration-form`);
    expect(form.fields.map((field) => field.key)).to.deep.equal([
      'name',
      'lastName',
      'phone',
      'email',
      'gender',
      'dateOfBirth',
      'district',
      'agreeToTerms',
      'agreeToReceivePromotion',
    ]);
    const phone = form.fields.find((field) => field.key === 'phone')!;
    expect(phone).to.include({type: 'phone', required: true, enabled: true});
    expect(form.fields.find((field) => field.key === 'district')!.enabled).to.equal(false);
    expect(form.fields.find((field) => field.key === 'gender')!.options.map((o) => o.value)).to.deep.equal(['F', 'M', 'O']);
    expect(form).to.include({defaultCountryCode: 'HK', countryPhonePrefix: '+852'});

    const zh = await getRegistrationForm(clientFor('demo-taipei', 'zh-Hant'));
    expect(zh.fields.find((field) => field.key === 'email')).to.include({label: '電郵', required: true});
    expect(zh.fields.find((field) => field.key === 'agreeToTerms')!.checkboxLabel).to.equal('我同意條款及私隱政策');
  });

  it('F5 resolveDomain sends domain and hostname without a tenant header; 404 for an unknown host', async () => {
    const client = new FavClient({fetch: createMockFetch(), retryDelays: []});
    const resolved = await resolveDomain(client, {domain: 'taipei.favcrm.test'});
    const request = last('resolveDomain');
    expect(request.query).to.deep.equal({domain: 'taipei.favcrm.test', hostname: 'taipei.favcrm.test'});
    expect(request.headers).to.not.have.property('x-company-id');
    expect(resolved).to.deep.equal({companyId: 'demo-taipei', name: 'Taipei Tea House', defaultLocale: 'zh-Hant', timezone: 'Asia/Taipei', currency: 'TWD'});
    expect(await rejection(resolveDomain(client, {domain: 'nobody.example.com'}))).to.include({status: 404, code: 'NOT_FOUND'});
  });

  it('F6 submitContact sends the message once with an Idempotency-Key; validation names the fields', async () => {
    const client = clientFor();
    const input = {name: 'Amy Lau', email: 'amy@example.com', message: 'Do you have parking?', subject: 'Visit'};
    const result = await submitContact(client, input);
    expect(result.conversationId).to.match(/^conv-/);
    const request = last('submitContact');
    expect(request.body).to.deep.equal(input);
    expect(request.headers['idempotency-key']).to.match(UUID);

    // The same key replays the same answer instead of sending a second message.
    const key = request.headers['idempotency-key']!;
    const replay = await submitContact(client, input, {idempotencyKey: key});
    expect(replay).to.deep.equal(result);
    const next = await submitContact(client, input);
    expect(next.conversationId).to.not.equal(result.conversationId);

    const invalid = await rejection(submitContact(client, {name: 'Amy', message: ' '}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(invalid.details!.fields).to.have.keys('message', 'email');
  });
});
