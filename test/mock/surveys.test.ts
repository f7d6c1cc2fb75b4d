/** The survey mock (F1–F4): fixtures, availability, invitation tokens, answer validation per §7.3, stored responses. */
import {expect} from '@open-wc/testing';
import {QUESTION_TYPES, parseSurveyResult} from '../../src/api/schemas/surveys.js';
import {MOCK_SURVEYS_IDS} from '../../src/mock/fixtures/surveys.js';
import {mockSurveyResponses} from '../../src/mock/handlers/surveys.js';
import {mockControl} from '../../src/mock/index.js';
import {mockGet as get, mockPost as post, type MockCallOptions, type MockAnswer} from '../support/mock.js';

const ids = MOCK_SURVEYS_IDS;
const H = ids.demo;
const TP = ids.taipei;
const TK = ids.tokens;
const B = ids.fullBlocks;
/** Tuesday 1 December 2026, 09:00 in Hong Kong (a whole hour, so fixture times are exact offsets). */
const NOW = '2026-12-01T09:00:00+08:00';
const DAY = 24 * 3600_000;
const daysFromNow = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();

const submit = (surveyId: string, body: unknown, options?: MockCallOptions) => post(`/surveys/${surveyId}/responses`, body, options);
const submitToken = (token: string, body: unknown, options?: MockCallOptions) => post(`/surveys/token/${token}/responses`, body, {company: null, ...options});

const chanToken = () => mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
const leeToken = () => mockControl.issueToken('demo', 'mem-demo-lee').accessToken;

/** The required answers of the demo full survey on its shortest path. */
const fullRequired = {
  [B.shortText]: 'Amy',
  [B.email]: 'amy@example.com',
  [B.singleChoiceWithOther]: 'better_sleep',
  [B.multiChoice]: ['neck_shoulders', 'lower_back'],
  [B.rating]: 3,
  [B.ratingOneToTen]: 7,
  [B.nps]: 9,
};

/** One valid answer for every answerable block of the demo full survey. */
const fullEveryType = {
  ...fullRequired,
  [B.pattern]: 'M1001',
  [B.phone]: '+852 9123 4567',
  [B.date]: '2026-11-20',
  [B.scored]: '1_2l',
  [B.number]: 2,
  [B.longText]: 'Old knee injury on the left side.',
  [B.custom]: 'whatsapp',
};

const taipeiFullRequired = {
  nickname: '小林',
  mobile: '0912 345 678',
  visit_date: '2026-11-28',
  teas: ['oolong', 'green'],
  oolong_roast: 'medium',
  occasion: 'friends',
  aroma: 4,
  tasting_score: 9,
  recommend: 10,
};

const longRequired = {
  visit_frequency: 'monthly',
  services_used: ['massage', 'sauna'],
  booking_ease: 4,
  staff_friendliness: 5,
  cleanliness: 5,
  value_for_money: 'good',
  recommend: 7,
  new_services_interest: 'yes',
  new_services: ['sound_bath'],
};

function fieldsOf(answer: MockAnswer): Record<string, string> {
  expect(answer.status, JSON.stringify(answer.error ?? answer.data)).to.equal(400);
  expect(answer.error!.code).to.equal('VALIDATION_ERROR');
  return answer.error!.details.fields;
}

describe('surveys mock (F1–F4)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  describe('F1 getSurvey', () => {
    it('returns the full demo survey with every §7.3 question type, options, validation, branches and settings', async () => {
      const {status, data} = await get(`/surveys/${H.full.slug}`);
      expect(status).to.equal(200);
      expect(data).to.have.keys('survey');
      const survey = data.survey;
      expect(survey).to.include({
        id: H.full.id,
        companyId: 'demo',
        accountId: null,
        slug: H.full.slug,
        title: 'Wellness Check-in',
        status: 'published',
        visibility: 'public',
        closeAt: null,
      });
      expect(survey.description).to.contain('4 minutes');
      expect(survey.settings).to.deep.equal({
        submitLabel: 'Send my check-in',
        successMessage: 'Thank you! Your therapist will review your answers before your next visit.',
        allowPartial: false,
        allowAnonymous: true,
        oneResponsePerAccount: false,
      });
      const types = new Set(survey.questionBlocks.map((b: any) => b.type));
      expect([...types].sort()).to.deep.equal([...QUESTION_TYPES].sort());

      const byId = Object.fromEntries(survey.questionBlocks.map((b: any) => [b.id, b]));
      expect(byId[B.statement]).to.include({type: 'statement', required: false});
      expect(byId[B.statement].description).to.be.a('string');
      expect(byId[B.shortText]).to.deep.include({type: 'short_text', required: true, validation: {minLength: 2, maxLength: 40}});
      expect(byId[B.pattern]).to.deep.include({required: false, validation: {pattern: '^M\\d{4}$'}});
      expect(byId[B.pattern].helpText).to.contain('M1001');
      expect(byId[B.phone]).to.include({type: 'phone', required: false});
      expect(byId[B.phone].helpText).to.be.a('string');
      const goal = byId[B.singleChoiceWithOther];
      expect(goal.options.map((o: any) => o.value)).to.include(ids.otherValue);
      expect(goal.options[0]).to.deep.equal({id: `opt_${B.singleChoiceWithOther}_stress_relief`, label: 'Stress relief', value: 'stress_relief'});
      expect(goal.branches).to.deep.equal([{when: {operator: 'not_equals', value: 'other'}, goToBlockId: B.multiChoice}]);
      expect(byId[B.otherText]).to.include({type: 'short_text', required: true});
      expect(byId[B.multiChoice].validation).to.deep.equal({min: 1, max: 3});
      expect(byId[B.rating]).to.include({type: 'rating', required: true});
      expect(byId[B.rating]).not.to.have.property('validation');
      expect(byId[B.ratingOneToTen].validation).to.deep.equal({min: 1, max: 10});
      expect(byId[B.scored].options.map((o: any) => o.score)).to.deep.equal([0, 1, 2]);
      expect(byId[B.number].validation).to.deep.equal({min: 0, max: 20});
      expect(byId[B.nps]).to.include({type: 'nps', required: true});
      expect(byId[B.custom].options.map((o: any) => o.value)).to.deep.equal(['whatsapp', 'email', 'sms']);
      expect(survey.openAt).to.equal(daysFromNow(-30));
      expect(Date.parse(survey.createdAt)).to.be.below(Date.parse(survey.updatedAt));
    });

    it('answers in Traditional Chinese for zh-Hant', async () => {
      const {data} = await get(`/surveys/${H.full.slug}`, {locale: 'zh-Hant'});
      expect(data.survey.title).to.equal('身心健康問卷');
      expect(data.survey.settings.submitLabel).to.equal('提交問卷');
      const goal = data.survey.questionBlocks.find((b: any) => b.id === B.singleChoiceWithOther);
      expect(goal.title).to.equal('你最主要的健康目標是甚麼？');
      expect(goal.options.map((o: any) => o.label)).to.deep.equal(['紓緩壓力', '改善睡眠', '舒緩痛症', '提升柔軟度', '其他']);
      expect(goal.options.map((o: any) => o.value)).to.deep.equal(['stress_relief', 'better_sleep', 'pain_relief', 'flexibility', 'other']);
    });

    it('gives demo-taipei its own surveys, also covering every question type', async () => {
      const {status, data} = await get(`/surveys/${TP.full.slug}`, {company: 'demo-taipei', locale: 'zh-Hant'});
      expect(status).to.equal(200);
      expect(data.survey).to.include({id: TP.full.id, companyId: 'demo-taipei', title: '品茶體驗問卷'});
      expect([...new Set(data.survey.questionBlocks.map((b: any) => b.type))].sort()).to.deep.equal([...QUESTION_TYPES].sort());
      const visitDate = data.survey.questionBlocks.find((b: any) => b.id === 'visit_date');
      expect(visitDate).to.deep.include({required: false, validation: {required: true}});
    });

    it('keeps tenants apart: the same slug is a different survey, and one tenant cannot read the other', async () => {
      const hk = await get(`/surveys/${H.short.slug}`);
      const tpe = await get(`/surveys/${TP.short.slug}`, {company: 'demo-taipei'});
      expect(H.short.slug).to.equal(TP.short.slug);
      expect(hk.data.survey.id).to.equal(H.short.id);
      expect(tpe.data.survey.id).to.equal(TP.short.id);
      expect(tpe.data.survey.title).to.equal('Quick Tea Feedback');
      expect((await get(`/surveys/${TP.full.slug}`)).status).to.equal(404);
      expect((await get(`/surveys/${H.full.slug}`, {company: 'demo-taipei'})).status).to.equal(404);
    });

    it('has a short survey (≤3 questions) and long ones (≥12 questions) in both tenants', async () => {
      const questions = (data: any) => data.survey.questionBlocks.filter((b: any) => b.type !== 'statement');
      expect(questions((await get(`/surveys/${H.short.slug}`)).data)).to.have.length(3);
      expect(questions((await get(`/surveys/${TP.short.slug}`, {company: 'demo-taipei'})).data).length).to.be.within(2, 3);
      const long = (await get(`/surveys/${H.long.slug}`)).data;
      expect(questions(long).length).to.be.at.least(12);
      expect(long.survey.questionBlocks.filter((b: any) => b.type === 'statement')).to.have.length(3);
      expect(long.survey.settings.allowPartial).to.equal(true);
      expect(questions((await get(`/surveys/${TP.long.slug}`, {company: 'demo-taipei'})).data).length).to.be.at.least(12);
    });

    it('parses through the client schema without dropping a block, for every published survey', async () => {
      const surveys: [string, string][] = [
        ...[H.full, H.short, H.long, H.tokenOnly].map(({slug}): [string, string] => ['demo', slug]),
        ...[TP.full, TP.short, TP.long].map(({slug}): [string, string] => ['demo-taipei', slug]),
      ];
      for (const [company, slug] of surveys) {
        const raw = slug === H.tokenOnly.slug ? (await get(`/surveys/token/${TK.valid}`, {company: null})).data : (await get(`/surveys/${slug}`, {company})).data;
        const parsed = parseSurveyResult(raw, {reportDropped: () => undefined});
        expect(parsed.survey.questionBlocks.length, slug).to.equal(raw.survey.questionBlocks.length);
        expect(parsed.survey.questionBlocks.map((b) => b.type)).to.deep.equal(raw.survey.questionBlocks.map((b: any) => b.type));
        for (const [index, block] of parsed.survey.questionBlocks.entries()) {
          expect(block.options.length, `${slug} ${block.id}`).to.equal(raw.survey.questionBlocks[index].options?.length ?? 0);
          expect(block.branches.length).to.equal(raw.survey.questionBlocks[index].branches?.length ?? 0);
        }
        expect(parsed.survey.status).to.equal('published');
        expect(parsed.survey.createdAt).to.be.a('string');
      }
    });

    it('404s unknown slugs, drafts and token-only surveys', async () => {
      for (const slug of ['no-such-survey', H.draft.slug, H.tokenOnly.slug]) {
        const answer = await get(`/surveys/${slug}`);
        expect(answer.status, slug).to.equal(404);
        expect(answer.error!.code).to.equal('NOT_FOUND');
      }
      expect((await get(`/surveys/${TP.draft.slug}`, {company: 'demo-taipei'})).status).to.equal(404);
    });

    it('410 SURVEY_CLOSED for a closed survey, one past closeAt and one before openAt', async () => {
      const closed = await get(`/surveys/${H.closed.slug}`);
      expect(closed.status).to.equal(410);
      expect(closed.error!.code).to.equal('SURVEY_CLOSED');
      const expired = await get(`/surveys/${H.expired.slug}`);
      expect(expired.status).to.equal(410);
      expect(expired.error).to.deep.include({code: 'SURVEY_CLOSED', details: {openAt: daysFromNow(-30), closeAt: daysFromNow(-2)}});
      const early = await get(`/surveys/${H.notYetOpen.slug}`);
      expect(early.status).to.equal(410);
      expect(early.error!.details.openAt).to.equal(daysFromNow(7));
      expect((await get(`/surveys/${TP.closed.slug}`, {company: 'demo-taipei'})).error!.code).to.equal('SURVEY_CLOSED');
    });

    it('places open and close times relative to the mock clock, whatever the date', async () => {
      mockControl.reset();
      mockControl.setNow('2031-06-15T12:00:00Z');
      const long = await get(`/surveys/${H.long.slug}`);
      expect(long.status).to.equal(200);
      expect(long.data.survey.openAt).to.equal('2031-06-05T12:00:00.000Z');
      expect(long.data.survey.closeAt).to.equal('2031-08-14T12:00:00.000Z');
      expect((await get(`/surveys/${H.expired.slug}`)).status).to.equal(410);
      expect((await get(`/surveys/${H.notYetOpen.slug}`)).status).to.equal(410);
      expect((await get(`/surveys/token/${TK.valid}`, {company: null})).data.invitation.expiresAt).to.equal('2031-06-29T12:00:00.000Z');
      expect((await get(`/surveys/token/${TK.expired}`, {company: null})).status).to.equal(410);
    });

    it('members_only: 403 MEMBER_REQUIRED signed out, 401 with an expired or foreign token, 200 for a member', async () => {
      const signedOut = await get(`/surveys/${H.membersOnly.slug}`);
      expect(signedOut.status).to.equal(403);
      expect(signedOut.error!.code).to.equal('MEMBER_REQUIRED');

      const token = chanToken();
      const member = await get(`/surveys/${H.membersOnly.slug}`, {token});
      expect(member.status).to.equal(200);
      expect(member.data.survey).to.include({visibility: 'members_only'});
      expect(member.data.survey.settings).to.include({oneResponsePerAccount: true, allowAnonymous: false});

      mockControl.expireToken(token);
      const expired = await get(`/surveys/${H.membersOnly.slug}`, {token});
      expect(expired.status).to.equal(401);
      expect(expired.error!.code).to.equal('TOKEN_EXPIRED');

      const taipeiToken = mockControl.issueToken('demo-taipei', 'mem-tpe-lin').accessToken;
      expect((await get(`/surveys/${H.membersOnly.slug}`, {token: taipeiToken})).error!.code).to.equal('UNAUTHORIZED');
      // A bearer does not matter for public surveys, even an invalid one.
      expect((await get(`/surveys/${H.short.slug}`, {token: 'not-a-token'})).status).to.equal(200);
    });

    it('needs X-Company-Id', async () => {
      expect((await get(`/surveys/${H.full.slug}`, {company: null})).status).to.equal(400);
    });
  });

  describe('F2 getSurveyByToken', () => {
    it('returns the survey and the invitation without X-Company-Id', async () => {
      const {status, data} = await get(`/surveys/token/${TK.valid}`, {company: null});
      expect(status).to.equal(200);
      expect(data.survey).to.include({id: H.tokenOnly.id, slug: H.tokenOnly.slug, visibility: 'token_only', companyId: 'demo', title: 'How was your visit?'});
      expect(data.invitation).to.deep.equal({
        id: 'inv_hk_1001',
        surveyId: H.tokenOnly.id,
        accountId: 'mem-demo-chan',
        contactId: 'ct_hk_2001',
        expiresAt: daysFromNow(14),
      });
      const second = await get(`/surveys/token/${TK.valid2}`, {company: null});
      expect(second.data.invitation).to.include({id: 'inv_hk_1002', accountId: null, expiresAt: null});
    });

    it('accepts the matching X-Company-Id and 404s for another tenant or an unknown token', async () => {
      expect((await get(`/surveys/token/${TK.valid}`, {company: 'demo'})).status).to.equal(200);
      const foreign = await get(`/surveys/token/${TK.valid}`, {company: 'demo-taipei'});
      expect(foreign.status).to.equal(404);
      const unknown = await get(`/surveys/token/${TK.unknown}`, {company: null});
      expect(unknown.status).to.equal(404);
      expect(unknown.error!.code).to.equal('NOT_FOUND');
    });

    it('410 INVITATION_EXPIRED, INVITATION_USED, and SURVEY_CLOSED for a closed survey', async () => {
      const expired = await get(`/surveys/token/${TK.expired}`, {company: null});
      expect(expired.status).to.equal(410);
      expect(expired.error).to.deep.include({code: 'INVITATION_EXPIRED', details: {expiresAt: daysFromNow(-2)}});
      const used = await get(`/surveys/token/${TK.used}`, {company: null});
      expect(used.status).to.equal(410);
      expect(used.error!.code).to.equal('INVITATION_USED');
      const closed = await get(`/surveys/token/${TK.closedSurvey}`, {company: null});
      expect(closed.status).to.equal(410);
      expect(closed.error!.code).to.equal('SURVEY_CLOSED');
    });

    it('resolves demo-taipei tokens to the Taipei survey, in both languages', async () => {
      const zh = await get(`/surveys/token/${ids.taipeiTokens.valid}`, {company: null, locale: 'zh-Hant'});
      expect(zh.data.survey).to.include({id: TP.tokenOnly.id, companyId: 'demo-taipei', title: '品茶會後問卷'});
      expect(zh.data.invitation).to.include({accountId: 'mem-tpe-lin', expiresAt: daysFromNow(7)});
      const en = await get(`/surveys/token/${ids.taipeiTokens.valid}`, {company: null, locale: 'en'});
      expect(en.data.survey.title).to.equal('After Your Tasting');
      expect((await get(`/surveys/token/${ids.taipeiTokens.expired}`, {company: null})).error!.code).to.equal('INVITATION_EXPIRED');
      expect((await get(`/surveys/token/${ids.taipeiTokens.used}`, {company: null})).error!.code).to.equal('INVITATION_USED');
    });
  });

  describe('F3 submitSurveyResponse', () => {
    it('accepts a full response (201), records it with customerId, metadata and the SDK extras', async () => {
      const body = {
        answers: fullEveryType,
        customerId: 'cust-778',
        metadata: {source: 'fav-widgets', locale: 'en', pageUrl: 'https://harbour.example/check-in'},
        respondentName: 'Amy Lau',
        respondentEmail: 'amy@example.com',
        scores: {[B.scored]: 1},
        status: 'completed',
        sessionId: 'sess-1',
        startedAt: '2026-12-01T00:55:00Z',
        timeSpentSeconds: 240,
      };
      const answer = await submit(H.full.id, body, {key: 'k-full'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
      const stored = mockSurveyResponses('demo').filter((r) => !r.seeded);
      expect(stored).to.have.length(1);
      expect(stored[0]).to.deep.equal({
        id: 'rsp_1100',
        surveyId: H.full.id,
        surveySlug: H.full.slug,
        invitationId: null,
        memberUuid: null,
        customerId: 'cust-778',
        status: 'completed',
        answers: fullEveryType,
        scores: {[B.scored]: 1},
        metadata: body.metadata,
        respondentName: 'Amy Lau',
        respondentEmail: 'amy@example.com',
        sessionId: 'sess-1',
        startedAt: '2026-12-01T00:55:00Z',
        timeSpentSeconds: 240,
        locale: 'en',
        submittedAt: stored[0]!.submittedAt,
        seeded: false,
      });
      expect(Date.parse(stored[0]!.submittedAt) - Date.parse(NOW)).to.be.within(0, 60_000);
      expect(Object.isFrozen(stored[0])).to.equal(true);
      expect(mockSurveyResponses('demo-taipei').filter((r) => !r.seeded)).to.deep.equal([]);
    });

    it('accepts only the required answers and records the signed-in member', async () => {
      const answer = await submit(H.full.id, {answers: fullRequired}, {token: chanToken(), locale: 'zh-Hant'});
      expect(answer.status).to.equal(201);
      const stored = mockSurveyResponses('demo').at(-1)!;
      expect(stored).to.include({id: answer.data.responseId, memberUuid: 'mem-demo-chan', status: 'completed', locale: 'zh', customerId: null, metadata: null});
    });

    it('lists every required question of the path when they are missing', async () => {
      const fields = fieldsOf(await submit(H.full.id, {answers: {}}));
      // With no goal chosen, no branch applies and the "other" follow-up stays on the path.
      expect(Object.keys(fields).sort()).to.deep.equal(
        [B.shortText, B.email, B.singleChoiceWithOther, B.otherText, B.multiChoice, B.rating, B.ratingOneToTen, B.nps].sort(),
      );
      expect(fields[B.email]).to.equal('This question is required');
      const zh = fieldsOf(await submit(H.full.id, {answers: {}}, {locale: 'zh-Hant'}));
      expect(zh[B.email]).to.equal('此題必須回答');
    });

    it('treats validation.required like required (Taipei visit_date)', async () => {
      const {visit_date: _omit, ...rest} = taipeiFullRequired;
      const fields = fieldsOf(await submit(TP.full.id, {answers: rest}, {company: 'demo-taipei'}));
      expect(Object.keys(fields)).to.deep.equal(['visit_date']);
      expect((await submit(TP.full.id, {answers: taipeiFullRequired}, {company: 'demo-taipei'})).status).to.equal(201);
    });

    const invalid: [string, unknown, string][] = [
      [B.shortText, 'A', 'too short'],
      [B.shortText, 'x'.repeat(41), 'too long'],
      [B.shortText, 42, 'not text'],
      [B.pattern, 'm1001', 'pattern'],
      [B.email, 'amy@', 'bad email'],
      [B.email, 'amy example.com', 'bad email'],
      [B.phone, 'call me', 'bad phone'],
      [B.phone, '12', 'too few digits'],
      [B.date, '20/11/2026', 'not YYYY-MM-DD'],
      [B.date, '2026-02-30', 'no such day'],
      [B.date, 20261120, 'not a string'],
      [B.singleChoiceWithOther, 'yoga', 'not an option'],
      [B.singleChoiceWithOther, ['better_sleep'], 'array for single choice'],
      [B.multiChoice, 'neck_shoulders', 'not an array'],
      [B.multiChoice, ['elbows'], 'not an option'],
      [B.multiChoice, ['legs', 'legs'], 'duplicate'],
      [B.multiChoice, ['legs', 'feet', 'head', 'upper_back'], 'more than max 3'],
      [B.rating, 0, 'below 1'],
      [B.rating, 6, 'above default max 5'],
      [B.rating, 3.5, 'not an integer'],
      [B.rating, '3', 'string'],
      [B.ratingOneToTen, 11, 'above max 10'],
      [B.scored, 'lots', 'not an option'],
      [B.number, 21, 'above max'],
      [B.number, -1, 'below min'],
      [B.number, '2', 'string'],
      [B.nps, 11, 'above 10'],
      [B.nps, -1, 'below 0'],
      [B.nps, 7.5, 'not an integer'],
      [B.longText, 'x'.repeat(501), 'above maxLength'],
      [B.longText, null, 'null for an optional question'],
      [B.phone, '', 'empty string for an optional question'],
      [B.custom, 'pigeon', 'not an option of a custom block'],
      [B.statement, 'seen', 'a statement takes no answer'],
      ['favourite_colour', 'blue', 'unknown question'],
    ];
    for (const [blockId, value, why] of invalid) {
      it(`400 for ${blockId} = ${JSON.stringify(value).slice(0, 24)} (${why})`, async () => {
        const fields = fieldsOf(await submit(H.full.id, {answers: {...fullRequired, [blockId]: value}}));
        expect(Object.keys(fields)).to.deep.equal([blockId]);
        expect(fields[blockId]).to.be.a('string').and.not.equal('');
      });
    }

    it('accepts the edges of each range', async () => {
      for (const answers of [
        {...fullRequired, [B.rating]: 1, [B.ratingOneToTen]: 10, [B.nps]: 0, [B.number]: 0},
        {...fullRequired, [B.rating]: 5, [B.ratingOneToTen]: 1, [B.nps]: 10, [B.number]: 20, [B.multiChoice]: ['legs', 'feet', 'head']},
        {...fullRequired, [B.shortText]: 'Al', [B.longText]: 'x'.repeat(500), [B.phone]: '(852) 9123-4567'},
      ]) {
        const answer = await submit(H.full.id, {answers});
        expect(answer.status, JSON.stringify(answer.error)).to.equal(201);
      }
    });

    it('follows branches: the "other" follow-up is required only when chosen, and skipped answers are refused', async () => {
      const other = fieldsOf(await submit(H.full.id, {answers: {...fullRequired, [B.singleChoiceWithOther]: 'other'}}));
      expect(other).to.deep.equal({[B.otherText]: 'This question is required'});
      expect((await submit(H.full.id, {answers: {...fullRequired, [B.singleChoiceWithOther]: 'other', [B.otherText]: 'Better posture at my desk'}})).status).to.equal(201);
      const skipped = fieldsOf(await submit(H.full.id, {answers: {...fullRequired, [B.otherText]: 'Posture'}}));
      expect(Object.keys(skipped)).to.deep.equal([B.otherText]);
      expect(skipped[B.otherText]).to.contain('skipped');
    });

    it('follows greater_than and endSurvey branches in the long survey', async () => {
      expect((await submit(H.long.id, {answers: {...longRequired, improve: 'More evening slots'}})).status).to.equal(201);
      // recommend > 8 jumps over "improve".
      expect(Object.keys(fieldsOf(await submit(H.long.id, {answers: {...longRequired, recommend: 9, improve: 'x'}})))).to.deep.equal(['improve']);
      expect((await submit(H.long.id, {answers: {...longRequired, recommend: 9, enjoyed_most: 'The sauna'}})).status).to.equal(201);
      // "no" ends the survey: the rest is neither required nor allowed.
      const {new_services: _omit, ...noMore} = longRequired;
      expect((await submit(H.long.id, {answers: {...noMore, new_services_interest: 'no'}})).status).to.equal(201);
      expect(Object.keys(fieldsOf(await submit(H.long.id, {answers: {...noMore, new_services_interest: 'no', district: 'Wan Chai'}})))).to.deep.equal(['district']);
      expect(Object.keys(fieldsOf(await submit(H.long.id, {answers: noMore})))).to.deep.equal(['new_services']);
      expect(Object.keys(fieldsOf(await submit(H.long.id, {answers: {...longRequired, new_services: ['pilates', 'nutrition', 'sound_bath']}})))).to.deep.equal(['new_services']);
    });

    it('follows contains / not_equals branches on a multi-choice answer (Taipei)', async () => {
      const options = {company: 'demo-taipei'};
      const {oolong_roast: _omit, ...noRoast} = taipeiFullRequired;
      expect(Object.keys(fieldsOf(await submit(TP.full.id, {answers: noRoast}, options)))).to.deep.equal(['oolong_roast']);
      expect((await submit(TP.full.id, {answers: {...noRoast, teas: ['green', 'puer']}}, options)).status).to.equal(201);
      expect(Object.keys(fieldsOf(await submit(TP.full.id, {answers: {...taipeiFullRequired, teas: ['black']}}, options)))).to.deep.equal(['oolong_roast']);
      const otherOccasion = fieldsOf(await submit(TP.full.id, {answers: {...taipeiFullRequired, occasion: 'other'}}, options));
      expect(Object.keys(otherOccasion)).to.deep.equal(['occasion_other']);
      const carrier = fieldsOf(await submit(TP.full.id, {answers: {...taipeiFullRequired, invoice_carrier: '/abc1234'}}, options));
      expect(Object.keys(carrier)).to.deep.equal(['invoice_carrier']);
      expect((await submit(TP.full.id, {answers: {...taipeiFullRequired, invoice_carrier: '/ABC1234', newsletter_language: 'zh-Hant'}}, options)).status).to.equal(201);
    });

    it('checks the rest of the body: answers object, customerId, metadata, respondentEmail, scores, status', async () => {
      expect(fieldsOf(await submit(H.short.id, {})).answers).to.be.a('string');
      expect(Object.keys(fieldsOf(await submit(H.short.id, {answers: [3]})))).to.deep.equal(['answers']);
      const fields = fieldsOf(
        await submit(H.short.id, {
          answers: {overall: 4},
          customerId: 42,
          metadata: 'fav-widgets',
          respondentEmail: 'nope',
          scores: {nowhere: 1},
          status: 'done',
          timeSpentSeconds: -3,
        }),
      );
      expect(Object.keys(fields).sort()).to.deep.equal(['customerId', 'metadata', 'respondentEmail', 'scores', 'status', 'timeSpentSeconds']);
    });

    it('accepts a partial response only where allowPartial is set', async () => {
      const partial = await submit(H.long.id, {answers: {visit_frequency: 'weekly'}, status: 'partial'});
      expect(partial.status).to.equal(201);
      expect(mockSurveyResponses('demo').at(-1)).to.include({status: 'partial', surveyId: H.long.id});
      // Types are still checked in a partial response.
      expect(Object.keys(fieldsOf(await submit(H.long.id, {answers: {booking_ease: 9}, status: 'partial'})))).to.deep.equal(['booking_ease']);
      expect(Object.keys(fieldsOf(await submit(H.short.id, {answers: {overall: 4}, status: 'partial'})))).to.deep.equal(['status']);
    });

    it('404s a slug in place of the id, unknown ids, drafts, token-only surveys and the other tenant’s survey; 410 for closed ones', async () => {
      for (const id of [H.full.slug, 'srv_nope', H.draft.id, H.tokenOnly.id, TP.full.id]) {
        const answer = await submit(id, {answers: fullRequired});
        expect(answer.status, id).to.equal(404);
        expect(answer.error!.code).to.equal('NOT_FOUND');
      }
      for (const id of [H.closed.id, H.expired.id, H.notYetOpen.id]) {
        const answer = await submit(id, {answers: {}});
        expect(answer.status, id).to.equal(410);
        expect(answer.error!.code).to.equal('SURVEY_CLOSED');
      }
      expect(mockSurveyResponses('demo').filter((r) => !r.seeded)).to.deep.equal([]);
    });

    it('members_only + oneResponsePerAccount: 403 signed out, 201 then duplicate: true for the same member', async () => {
      const body = {answers: {favourite_perk: 'priority_booking', wanted_perks: ['free_sauna', 'other']}};
      const signedOut = await submit(H.membersOnly.id, body);
      expect(signedOut.status).to.equal(403);
      expect(signedOut.error!.code).to.equal('MEMBER_REQUIRED');

      const token = chanToken();
      const first = await submit(H.membersOnly.id, body, {token, key: 'k1'});
      expect(first.status).to.equal(201);
      expect(first.data).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
      const again = await submit(H.membersOnly.id, {answers: {favourite_perk: 'points'}}, {token, key: 'k2'});
      expect(again.status).to.equal(200);
      expect(again.data).to.deep.equal({responseId: 'rsp_1100', duplicate: true});

      // mem-demo-lee answered before the fixture was shipped.
      const lee = await submit(H.membersOnly.id, body, {token: leeToken()});
      expect(lee.data).to.deep.equal({responseId: 'rsp_1002', duplicate: true});
      expect(mockSurveyResponses('demo').filter((r) => r.surveyId === H.membersOnly.id).map((r) => r.memberUuid)).to.deep.equal(['mem-demo-lee', 'mem-demo-chan']);

      mockControl.expireToken(token);
      expect((await submit(H.membersOnly.id, body, {token})).error!.code).to.equal('TOKEN_EXPIRED');
    });

    it('replays a create with the same Idempotency-Key and refuses the key for another body', async () => {
      const body = {answers: {overall: 5, visit_again: 'definitely'}};
      const first = await submit(H.short.id, body, {key: 'same-key'});
      const replay = await submit(H.short.id, body, {key: 'same-key'});
      expect(first.status).to.equal(201);
      expect(replay.status).to.equal(201);
      expect(replay.data).to.deep.equal(first.data);
      expect(mockSurveyResponses('demo').filter((r) => r.surveyId === H.short.id)).to.have.length(1);
      const reused = await submit(H.short.id, {answers: {overall: 1}}, {key: 'same-key'});
      expect(reused.status).to.equal(422);
      expect(reused.error!.code).to.equal('IDEMPOTENCY_KEY_REUSED');
      const fresh = await submit(H.short.id, body, {key: 'other-key'});
      expect(fresh.data.responseId).not.to.equal(first.data.responseId);
    });
  });

  describe('F4 submitSurveyTokenResponse', () => {
    const body = {answers: {therapist: 5, recommend: 10, feedback: 'Lovely hot stones.'}, metadata: {source: 'fav-widgets'}};

    it('accepts a response without X-Company-Id, records it under the invitation, then the token is used', async () => {
      const answer = await submitToken(TK.valid, body, {key: 'inv-1'});
      expect(answer.status).to.equal(201);
      expect(answer.data).to.deep.equal({responseId: 'rsp_1100', duplicate: false});
      expect(mockSurveyResponses('demo').at(-1)).to.include({
        id: 'rsp_1100',
        surveyId: H.tokenOnly.id,
        invitationId: 'inv_hk_1001',
        memberUuid: 'mem-demo-chan',
        status: 'completed',
      });
      expect(mockSurveyResponses('demo').at(-1)!.metadata).to.deep.equal({source: 'fav-widgets'});

      const again = await submitToken(TK.valid, body, {key: 'inv-2'});
      expect(again.status).to.equal(410);
      expect(again.error!.code).to.equal('INVITATION_USED');
      expect((await get(`/surveys/token/${TK.valid}`, {company: null})).error!.code).to.equal('INVITATION_USED');
      // A retry of the first request (same key, same body) still gets its answer.
      const replay = await submitToken(TK.valid, body, {key: 'inv-1'});
      expect(replay.status).to.equal(201);
      expect(replay.data).to.deep.equal(answer.data);
      // The other valid invitation is untouched.
      expect((await get(`/surveys/token/${TK.valid2}`, {company: null})).status).to.equal(200);
      expect((await submitToken(TK.valid2, body, {company: 'demo'})).status).to.equal(201);
    });

    it('validates the answers (400) without using the token up', async () => {
      const fields = fieldsOf(await submitToken(TK.valid, {answers: {therapist: 6, feedback: ''}}));
      expect(Object.keys(fields).sort()).to.deep.equal(['feedback', 'recommend', 'therapist']);
      expect((await get(`/surveys/token/${TK.valid}`, {company: null})).status).to.equal(200);
    });

    it('410 for expired, used and closed-survey invitations; 404 for unknown or foreign tokens', async () => {
      expect((await submitToken(TK.expired, body)).error!.code).to.equal('INVITATION_EXPIRED');
      expect((await submitToken(TK.used, body)).error!.code).to.equal('INVITATION_USED');
      expect((await submitToken(TK.closedSurvey, {answers: {join: 'yes', email: 'a@b.co'}})).error!.code).to.equal('SURVEY_CLOSED');
      const unknown = await submitToken(TK.unknown, body);
      expect(unknown.status).to.equal(404);
      expect((await submitToken(TK.valid, body, {company: 'demo-taipei'})).status).to.equal(404);
      expect(mockSurveyResponses('demo').filter((r) => !r.seeded)).to.deep.equal([]);
    });

    it('stores Taipei responses under demo-taipei only, and reset makes the token valid again', async () => {
      const answer = await submitToken(ids.taipeiTokens.valid, {answers: {host: 4, comment: '茶點很好吃'}}, {locale: 'zh-Hant'});
      expect(answer.status).to.equal(201);
      expect(mockSurveyResponses('demo-taipei').at(-1)).to.include({surveyId: TP.tokenOnly.id, invitationId: 'inv_tpe_1001', memberUuid: 'mem-tpe-lin', locale: 'zh'});
      expect(mockSurveyResponses('demo').some((r) => r.surveyId === TP.tokenOnly.id)).to.equal(false);
      expect((await submitToken(ids.taipeiTokens.valid, {answers: {host: 4}})).error!.code).to.equal('INVITATION_USED');

      mockControl.reset();
      mockControl.setNow(NOW);
      expect(mockSurveyResponses('demo-taipei').map((r) => r.id)).to.deep.equal(['rsp_2001']);
      expect((await get(`/surveys/token/${ids.taipeiTokens.valid}`, {company: null})).status).to.equal(200);
    });

    it('refuses a partial response where the survey does not allow it, and the token stays usable', async () => {
      expect(Object.keys(fieldsOf(await submitToken(TK.valid, {answers: {therapist: 5}, status: 'partial'})))).to.deep.equal(['status']);
      expect((await submitToken(TK.valid, body)).status).to.equal(201);
    });
  });

  describe('seed responses', () => {
    it('ship the answers of the used invitations and of the member who already answered', () => {
      expect(mockSurveyResponses('demo').map((r) => [r.id, r.surveyId, r.invitationId, r.memberUuid, r.seeded])).to.deep.equal([
        ['rsp_1001', H.tokenOnly.id, 'inv_hk_1004', 'mem-demo-lee', true],
        ['rsp_1002', H.membersOnly.id, null, 'mem-demo-lee', true],
      ]);
      expect(mockSurveyResponses('nobody')).to.deep.equal([]);
    });
  });
});
