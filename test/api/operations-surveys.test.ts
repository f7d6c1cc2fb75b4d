/** Every F1–F4 client function (src/api/surveys.ts) against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {getSurvey, getSurveyByToken, submitSurveyResponse, submitSurveyTokenResponse} from '../../src/api/surveys.js';
import {MOCK_SURVEYS_IDS} from '../../src/mock/fixtures/surveys.js';
import {mockSurveyResponses} from '../../src/mock/handlers/surveys.js';
import {createMockFetch, mockControl} from '../../src/mock/index.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_SURVEYS_IDS;
const H = ids.demo;
const TK = ids.tokens;
const B = ids.fullBlocks;
const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const NOW = '2026-12-01T09:00:00+08:00';
const DAY = 24 * 3600_000;

const fullRequired = {
  [B.shortText]: 'Amy',
  [B.email]: 'amy@example.com',
  [B.singleChoiceWithOther]: 'pain_relief',
  [B.multiChoice]: ['lower_back'],
  [B.rating]: 4,
  [B.ratingOneToTen]: 6,
  [B.nps]: 8,
};

describe('survey operations (F1–F4) through FavClient and the mock', () => {
  let token: string | undefined;
  let client: FavClient;

  const newClient = (options: {companyId?: string; locale?: string} = {}) =>
    new FavClient({
      companyId: 'companyId' in options ? options.companyId : 'demo',
      locale: options.locale,
      fetch: createMockFetch(),
      retryDelays: [],
      session: {getAccessToken: () => token, handleUnauthorized: async () => false},
    });

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
    token = undefined;
    client = newClient();
  });

  const signIn = (memberUuid = 'mem-demo-chan') => {
    token = mockControl.issueToken('demo', memberUuid).accessToken;
    return token;
  };

  it('F1 getSurvey sends the slug with the tenant header and parses Survey with every block', async () => {
    const {survey, invitation} = await getSurvey(client, H.full.slug);
    const request = last('getSurvey');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/surveys/${H.full.slug}`);
    expect(request.query).to.deep.equal({});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(invitation).to.equal(null);
    expect(survey).to.include({
      id: H.full.id,
      companyId: 'demo',
      slug: H.full.slug,
      title: 'Wellness Check-in',
      status: 'published',
      visibility: 'public',
      closeAt: null,
      openAt: new Date(Date.parse(NOW) - 30 * DAY).toISOString(),
    });
    expect(survey.settings).to.deep.equal({
      submitLabel: 'Send my check-in',
      successMessage: 'Thank you! Your therapist will review your answers before your next visit.',
      allowPartial: false,
      allowAnonymous: true,
      oneResponsePerAccount: false,
    });
    expect(survey.questionBlocks).to.have.length(16);
    const byId = Object.fromEntries(survey.questionBlocks.map((b) => [b.id, b]));
    expect(byId[B.statement]).to.include({type: 'statement', required: false, helpText: null});
    expect(byId[B.pattern]!.validation).to.deep.equal({required: null, min: null, max: null, minLength: null, maxLength: null, pattern: '^M\\d{4}$'});
    expect(byId[B.ratingOneToTen]!.validation).to.include({min: 1, max: 10});
    expect(byId[B.rating]!.validation).to.equal(null);
    expect(byId[B.singleChoiceWithOther]!.branches).to.deep.equal([{when: {operator: 'not_equals', value: 'other'}, goToBlockId: B.multiChoice, endSurvey: false}]);
    expect(byId[B.scored]!.options).to.deep.equal([
      {id: `opt_${B.scored}_under_1l`, label: 'Less than 1 litre', value: 'under_1l', score: 0},
      {id: `opt_${B.scored}_1_2l`, label: '1 to 2 litres', value: '1_2l', score: 1},
      {id: `opt_${B.scored}_over_2l`, label: 'More than 2 litres', value: 'over_2l', score: 2},
    ]);
    expect(byId[B.custom]).to.include({type: 'custom'});
    expect(byId[B.nps]).to.include({type: 'nps', required: true});
  });

  it('F1 sends Accept-Language and the bearer when signed in; members_only works for a member', async () => {
    const zh = newClient({locale: 'zh-Hant'});
    signIn();
    const {survey} = await getSurvey(zh, H.membersOnly.slug);
    const request = last('getSurvey');
    expect(request.headers['accept-language']).to.equal('zh-Hant');
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(survey).to.include({id: H.membersOnly.id, title: '會員禮遇問卷', visibility: 'members_only'});
    expect(survey.settings).to.include({oneResponsePerAccount: true, submitLabel: null});
  });

  it('F1 errors: 404 NOT_FOUND, 410 SURVEY_CLOSED, 403 MEMBER_REQUIRED', async () => {
    const missing = await rejection(getSurvey(client, H.draft.slug));
    expect(missing).to.be.instanceOf(FavApiError);
    expect(missing).to.include({status: 404, code: 'NOT_FOUND', kind: 'http', retryable: false});
    const closed = await rejection(getSurvey(client, H.expired.slug));
    expect(closed).to.include({status: 410, code: 'SURVEY_CLOSED', kind: 'http'});
    expect(closed.details).to.have.property('closeAt');
    const members = await rejection(getSurvey(client, H.membersOnly.slug));
    expect(members).to.include({status: 403, code: 'MEMBER_REQUIRED'});
  });

  it('F2 getSurveyByToken sends the token in the path, never a bearer, and parses the invitation', async () => {
    signIn();
    const {survey, invitation} = await getSurveyByToken(client, TK.valid);
    const request = last('getSurveyByToken');
    expect(request.path).to.equal(`${PREFIX}/surveys/token/${TK.valid}`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(survey).to.include({id: H.tokenOnly.id, visibility: 'token_only', title: 'How was your visit?'});
    expect(survey.settings).to.include({submitLabel: 'Send feedback', successMessage: 'Thank you for your feedback!'});
    expect(invitation).to.deep.equal({
      id: 'inv_hk_1001',
      surveyId: H.tokenOnly.id,
      accountId: 'mem-demo-chan',
      contactId: 'ct_hk_2001',
      expiresAt: new Date(Date.parse(NOW) + 14 * DAY).toISOString(),
    });
  });

  it('F2 works from a client without a company id (magic link) and reports 404 / 410 codes', async () => {
    const anonymous = newClient({companyId: undefined});
    const {survey, invitation} = await getSurveyByToken(anonymous, ids.taipeiTokens.valid);
    expect(last('getSurveyByToken').headers).not.to.have.property('x-company-id');
    expect(survey).to.include({id: ids.taipei.tokenOnly.id, companyId: 'demo-taipei'});
    expect(invitation!.accountId).to.equal('mem-tpe-lin');

    expect(await rejection(getSurveyByToken(anonymous, TK.unknown))).to.include({status: 404, code: 'NOT_FOUND'});
    expect(await rejection(getSurveyByToken(anonymous, TK.expired))).to.include({status: 410, code: 'INVITATION_EXPIRED'});
    expect(await rejection(getSurveyByToken(anonymous, TK.used))).to.include({status: 410, code: 'INVITATION_USED'});
    expect(await rejection(getSurveyByToken(anonymous, TK.closedSurvey))).to.include({status: 410, code: 'SURVEY_CLOSED'});
    // The demo client's tenant header does not match a Taipei token.
    expect(await rejection(getSurveyByToken(client, ids.taipeiTokens.valid))).to.include({status: 404});
  });

  it('F3 submitSurveyResponse posts to the survey id with an Idempotency-Key, status completed, and parses the result', async () => {
    const result = await submitSurveyResponse(client, H.full.id, {
      answers: fullRequired,
      customerId: 'cust-12',
      metadata: {source: 'fav-widgets', locale: 'en', pageUrl: 'https://harbour.example/check-in'},
      scores: {[B.scored]: 2},
      timeSpentSeconds: 95,
    });
    const request = last('submitSurveyResponse');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/surveys/${H.full.id}/responses`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.deep.equal({
      answers: fullRequired,
      customerId: 'cust-12',
      metadata: {source: 'fav-widgets', locale: 'en', pageUrl: 'https://harbour.example/check-in'},
      scores: {[B.scored]: 2},
      timeSpentSeconds: 95,
      status: 'completed',
    });
    expect(result).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
    expect(mockSurveyResponses('demo').at(-1)).to.deep.include({id: 'rsp_1100', customerId: 'cust-12', answers: fullRequired, memberUuid: null, scores: {[B.scored]: 2}});
  });

  it('F3 reuses a caller-given Idempotency-Key: the replay returns the same response and stores nothing new', async () => {
    const input = {answers: {overall: 4, comment: 'Very relaxing'}};
    const first = await submitSurveyResponse(client, H.short.id, input, {idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001'});
    const again = await submitSurveyResponse(client, H.short.id, input, {idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001'});
    expect(last('submitSurveyResponse').headers['idempotency-key']).to.equal('c0ffee00-0000-4000-8000-000000000001');
    expect(again).to.deep.equal(first);
    expect(mockSurveyResponses('demo').filter((r) => r.surveyId === H.short.id)).to.have.length(1);
    const reused = await rejection(submitSurveyResponse(client, H.short.id, {answers: {overall: 1}}, {idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001'}));
    expect(reused).to.include({status: 422, code: 'IDEMPOTENCY_KEY_REUSED'});
  });

  it('F3 after a 400 the corrected answers may go with the same Idempotency-Key (a refused request is not replayed)', async () => {
    const key = 'c0ffee00-0000-4000-8000-000000000002';
    const invalid = await rejection(submitSurveyResponse(client, H.full.id, {answers: {...fullRequired, [B.nps]: 11}}, {idempotencyKey: key}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    const fixed = await submitSurveyResponse(client, H.full.id, {answers: fullRequired}, {idempotencyKey: key});
    expect(fixed.responseId).to.be.a('string').and.not.empty;
  });

  it('F1 leaves out a question block it cannot read and reports it once through onDroppedItems', async () => {
    const reports: {operation: string; dropped: number}[] = [];
    const watched = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      retryDelays: [],
      onDroppedItems: ({operation, dropped}) => reports.push({operation, dropped}),
    });
    const good = {id: 'q1', type: 'short_text', title: 'Your name'};
    mockControl.fail('getSurvey', {
      status: 200,
      body: {success: true, data: {survey: {id: 'srv_x', title: 'Broken', slug: 'broken', status: 'published', questionBlocks: [good, 'not a block', 42]}}},
    });
    const result = await getSurvey(watched, 'broken');
    expect(result.survey.questionBlocks.map((block) => block.id)).to.deep.equal(['q1']);
    expect(reports).to.deep.equal([{operation: 'getSurvey', dropped: 2}]);
  });

  it('F3 without a responseId in the answer is a malformed-response error, not a silent success', async () => {
    mockControl.fail('submitSurveyResponse', {status: 201, body: {success: true, data: {duplicate: false}}});
    const error = await rejection(submitSurveyResponse(client, H.short.id, {answers: {overall: 4}}));
    expect(error).to.include({kind: 'malformed', issuePath: 'responseId'});
  });

  it('F3 errors: 400 VALIDATION_ERROR keyed by block id, 404 for a slug, 410 closed, 403 members only', async () => {
    const invalid = await rejection(submitSurveyResponse(client, H.full.id, {answers: {...fullRequired, [B.nps]: 11, [B.email]: 'amy@'}}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR', kind: 'http'});
    expect(Object.keys(invalid.details!.fields as object).sort()).to.deep.equal([B.email, B.nps].sort());
    expect(await rejection(submitSurveyResponse(client, H.full.slug, {answers: fullRequired}))).to.include({status: 404, code: 'NOT_FOUND'});
    expect(await rejection(submitSurveyResponse(client, H.closed.id, {answers: {join: 'yes'}}))).to.include({status: 410, code: 'SURVEY_CLOSED'});
    expect(await rejection(submitSurveyResponse(client, H.membersOnly.id, {answers: {favourite_perk: 'points'}}))).to.include({status: 403, code: 'MEMBER_REQUIRED'});
  });

  it('F3 sends the bearer when signed in; a second answer from the same member parses as duplicate', async () => {
    signIn();
    const first = await submitSurveyResponse(client, H.membersOnly.id, {answers: {favourite_perk: 'guest_pass'}});
    expect(last('submitSurveyResponse').headers.authorization).to.equal(`Bearer ${token}`);
    expect(first).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
    const second = await submitSurveyResponse(client, H.membersOnly.id, {answers: {favourite_perk: 'points'}});
    expect(second).to.deep.equal({responseId: 'rsp_1100', duplicate: true});
    expect(mockSurveyResponses('demo').at(-1)).to.include({memberUuid: 'mem-demo-chan', surveyId: H.membersOnly.id});
  });

  it('F3 sends status partial when asked (allowPartial survey)', async () => {
    const result = await submitSurveyResponse(client, H.long.id, {answers: {visit_frequency: 'first_time'}, status: 'partial', sessionId: 'sess-9'});
    expect(last('submitSurveyResponse').body).to.deep.equal({answers: {visit_frequency: 'first_time'}, status: 'partial', sessionId: 'sess-9'});
    expect(result.duplicate).to.equal(false);
    expect(mockSurveyResponses('demo').at(-1)).to.include({status: 'partial', sessionId: 'sess-9'});
  });

  it('F4 submitSurveyTokenResponse posts to the token route without a bearer; a second submit is 410 INVITATION_USED', async () => {
    signIn();
    const input = {answers: {therapist: 4, recommend: 9}, metadata: {source: 'fav-widgets', locale: 'zh-Hant'}};
    const result = await submitSurveyTokenResponse(client, TK.valid2, input);
    const request = last('submitSurveyTokenResponse');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/surveys/token/${TK.valid2}/responses`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.deep.equal({...input, status: 'completed'});
    expect(result).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
    expect(mockSurveyResponses('demo').at(-1)).to.include({invitationId: 'inv_hk_1002', memberUuid: null});

    const used = await rejection(submitSurveyTokenResponse(client, TK.valid2, input));
    expect(used).to.include({status: 410, code: 'INVITATION_USED', retryable: false});
    expect(await rejection(getSurveyByToken(client, TK.valid2))).to.include({status: 410, code: 'INVITATION_USED'});
  });

  it('F4 errors: 400 keyed by block id, 410 INVITATION_EXPIRED, 404 unknown token', async () => {
    const anonymous = newClient({companyId: undefined});
    const invalid = await rejection(submitSurveyTokenResponse(anonymous, TK.valid, {answers: {therapist: 'great'}}));
    expect(last('submitSurveyTokenResponse').headers).not.to.have.property('x-company-id');
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(Object.keys(invalid.details!.fields as object).sort()).to.deep.equal(['recommend', 'therapist']);
    expect(await rejection(submitSurveyTokenResponse(anonymous, TK.expired, {answers: {therapist: 5, recommend: 10}}))).to.include({
      status: 410,
      code: 'INVITATION_EXPIRED',
    });
    expect(await rejection(submitSurveyTokenResponse(anonymous, TK.unknown, {answers: {}}))).to.include({status: 404, code: 'NOT_FOUND'});
    // Still usable after the failed attempts.
    expect(await submitSurveyTokenResponse(anonymous, TK.valid, {answers: {therapist: 5, recommend: 10}})).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
  });
});
