/**
 * F1–F4. Surveys by slug and by invitation token, and their responses, over ../fixtures/surveys.ts.
 *
 * Rules the mock applies (CONTRACT.md §6.F, §7.3):
 * - F1/F3: draft, archived, private and token_only surveys answer 404; closed ones, and published
 *   ones outside `openAt`…`closeAt`, 410 SURVEY_CLOSED; members_only needs a signed-in member
 *   (403 MEMBER_REQUIRED without a bearer, 401 with an invalid or expired one).
 * - F2/F4: the token names the tenant and the survey; X-Company-Id is optional, but one naming
 *   another tenant gives 404. 410 INVITATION_EXPIRED / INVITATION_USED; a completed F4 uses the
 *   token up (a replay with the same Idempotency-Key still gets the stored answer, from route.ts).
 * - Answers are checked per question type along the path the survey's branches take; questions
 *   a branch skipped must be left out, as must statements and unanswered optional questions.
 * - oneResponsePerAccount: a member's second F3 answers 200 `{responseId, duplicate: true}`.
 */
import {
  MOCK_SURVEYS_IDS,
  surveyFixtures,
  type BlockFixture,
  type InvitationFixture,
  type SurveyFixture,
  type SurveyTenantFixture,
} from '../fixtures/surveys.js';
import {now as clockNow} from '../clock.js';
import {assertValid, MockError, notFound, ok, route, type MockRoute} from '../route.js';
import {allTenants, memberForToken, onReset, tenantById, type MemberRecord} from '../state.js';
import {pick, t, type MockLocale, type Text} from '../text.js';
import {branchMatches} from '../../api/survey-branches.js';

interface SurveyRecord {
  fixture: SurveyFixture;
  openAt: number | null;
  closeAt: number | null;
  createdAt: number;
  updatedAt: number;
}

interface InvitationRecord {
  fixture: InvitationFixture;
  expiresAt: number | null;
  usedAt: number | null;
}

/** A response as the mock stored it (see {@link mockSurveyResponses}). */
export interface MockSurveyResponse {
  id: string;
  surveyId: string;
  surveySlug: string;
  /** Set for F4 (and seeded invitation answers). */
  invitationId: string | null;
  /** The signed-in member (F3) or the invitation's account (F4). */
  memberUuid: string | null;
  customerId: string | null;
  status: 'partial' | 'completed';
  answers: Record<string, unknown>;
  scores: Record<string, number> | null;
  metadata: Record<string, unknown> | null;
  respondentName: string | null;
  respondentEmail: string | null;
  sessionId: string | null;
  startedAt: string | null;
  timeSpentSeconds: number | null;
  /** The request's Accept-Language, as the mock read it. */
  locale: MockLocale;
  submittedAt: string;
  /** True for the responses shipped with the fixture. */
  seeded: boolean;
}

interface TenantSurveys {
  surveys: SurveyRecord[];
  invitations: InvitationRecord[];
  responses: MockSurveyResponse[];
}

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

let states = new Map<string, TenantSurveys>();
let counter = 1100;
onReset(() => {
  states = new Map();
  counter = 1100;
});

function fixtureOf(tenantId: string): SurveyTenantFixture {
  return surveyFixtures[tenantId] ?? {surveys: [], invitations: [], seeds: []};
}

/** Seeds a tenant's surveys relative to the mock clock (whole hours, so times look tidy). */
function stateOf(tenantId: string, now: number): TenantSurveys {
  let state = states.get(tenantId);
  if (state) return state;
  const base = Math.floor(now / HOUR_MS) * HOUR_MS;
  const at = (days: number | null) => (days === null ? null : base + days * DAY_MS);
  const fixture = fixtureOf(tenantId);
  const surveys = fixture.surveys.map((survey) => ({
    fixture: survey,
    openAt: at(survey.openInDays),
    closeAt: at(survey.closeInDays),
    createdAt: base - survey.createdDaysAgo * DAY_MS,
    updatedAt: base - survey.updatedDaysAgo * DAY_MS,
  }));
  const invitations: InvitationRecord[] = fixture.invitations.map((invitation) => ({fixture: invitation, expiresAt: at(invitation.expiresInDays), usedAt: null}));
  const responses = fixture.seeds.map((seed): MockSurveyResponse => {
    const submittedAt = base - seed.submittedDaysAgo * DAY_MS;
    const invitation = invitations.find((i) => i.fixture.token === seed.invitationToken);
    if (invitation) invitation.usedAt = submittedAt;
    return {
      id: seed.id,
      surveyId: seed.surveyId,
      surveySlug: fixture.surveys.find((s) => s.id === seed.surveyId)?.slug ?? '',
      invitationId: invitation?.fixture.id ?? null,
      memberUuid: seed.memberUuid ?? invitation?.fixture.accountId ?? null,
      customerId: null,
      status: 'completed',
      answers: structuredClone(seed.answers),
      scores: null,
      metadata: null,
      respondentName: null,
      respondentEmail: null,
      sessionId: null,
      startedAt: null,
      timeSpentSeconds: null,
      locale: 'en',
      submittedAt: new Date(submittedAt).toISOString(),
      seeded: true,
    };
  });
  state = {surveys, invitations, responses};
  states.set(tenantId, state);
  return state;
}

/**
 * The responses a tenant has on file, oldest first: the fixture's seeds, then every F3/F4 the
 * mock accepted since the last reset. Copies, so tests cannot change the mock's state.
 */
export function mockSurveyResponses(companyId: string): readonly Readonly<MockSurveyResponse>[] {
  if (!tenantById(companyId)) return [];
  return stateOf(companyId, clockNow()).responses.map((response) => Object.freeze(structuredClone(response)));
}

// ---------------------------------------------------------------------------------------------
// JSON

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

function blockJson(block: BlockFixture, locale: MockLocale) {
  return {
    id: block.id,
    type: block.type,
    title: pick(block.title, locale),
    ...(block.description ? {description: pick(block.description, locale)} : {}),
    ...(block.helpText ? {helpText: pick(block.helpText, locale)} : {}),
    required: block.required ?? false,
    ...(block.options
      ? {
          options: block.options.map((option) => ({
            id: `opt_${block.id}_${option.value}`,
            label: pick(option.label, locale),
            value: option.value,
            ...(option.score === undefined ? {} : {score: option.score}),
          })),
        }
      : {}),
    ...(block.validation ? {validation: {...block.validation}} : {}),
    ...(block.branches ? {branches: structuredClone(block.branches)} : {}),
  };
}

function surveyJson(tenantId: string, record: SurveyRecord, locale: MockLocale) {
  const survey = record.fixture;
  const settings = survey.settings;
  return {
    id: survey.id,
    companyId: tenantId,
    accountId: null,
    title: pick(survey.title, locale),
    slug: survey.slug,
    description: pick(survey.description, locale),
    status: survey.status,
    visibility: survey.visibility,
    questionBlocks: survey.blocks.map((block) => blockJson(block, locale)),
    settings: {
      ...(settings.submitLabel ? {submitLabel: pick(settings.submitLabel, locale)} : {}),
      ...(settings.successMessage ? {successMessage: pick(settings.successMessage, locale)} : {}),
      allowPartial: settings.allowPartial ?? false,
      allowAnonymous: settings.allowAnonymous ?? false,
      oneResponsePerAccount: settings.oneResponsePerAccount ?? false,
    },
    openAt: iso(record.openAt),
    closeAt: iso(record.closeAt),
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

function invitationJson(invitation: InvitationRecord) {
  const {id, surveyId, accountId, contactId} = invitation.fixture;
  return {id, surveyId, accountId, contactId, expiresAt: iso(invitation.expiresAt)};
}

// ---------------------------------------------------------------------------------------------
// Availability

/** 404 for unpublished surveys, 410 SURVEY_CLOSED for closed ones or outside the open window. */
function assertOpen(record: SurveyRecord, now: number): void {
  const survey = record.fixture;
  if (survey.status === 'draft' || survey.status === 'archived') throw notFound(`No survey ${survey.slug}`);
  const details = {openAt: iso(record.openAt), closeAt: iso(record.closeAt)};
  if (survey.status === 'closed') throw new MockError(410, 'SURVEY_CLOSED', 'This survey is closed', details);
  if (record.openAt !== null && now < record.openAt) throw new MockError(410, 'SURVEY_CLOSED', 'This survey is not open yet', details);
  if (record.closeAt !== null && now >= record.closeAt) throw new MockError(410, 'SURVEY_CLOSED', 'This survey has closed', details);
}

/** F1/F3: the survey must be reachable without an invitation, and members_only needs a member. */
function assertPublicAccess(record: SurveyRecord, tenantId: string, member: MemberRecord | null, bearer: string | undefined, now: number): void {
  const survey = record.fixture;
  if (survey.visibility === 'private' || survey.visibility === 'token_only') throw notFound(`No survey ${survey.slug}`);
  assertOpen(record, now);
  if (survey.visibility === 'members_only' && !member) {
    if (bearer) {
      const expired = memberForToken(bearer, tenantId)?.expired ?? false;
      throw new MockError(401, expired ? 'TOKEN_EXPIRED' : 'UNAUTHORIZED', 'Unauthorized');
    }
    throw new MockError(403, 'MEMBER_REQUIRED', 'Sign in as a member to answer this survey');
  }
}

/** F2/F4: the invitation behind a token, across tenants. */
function invitationFor(token: string, companyHeader: string | null, now: number) {
  for (const tenant of allTenants()) {
    const state = stateOf(tenant.id, now);
    const invitation = state.invitations.find((i) => i.fixture.token === token);
    if (!invitation) continue;
    if (companyHeader && companyHeader !== tenant.id) break;
    const survey = state.surveys.find((s) => s.fixture.id === invitation.fixture.surveyId);
    if (!survey) break;
    return {tenantId: tenant.id, state, invitation, survey};
  }
  throw notFound('Unknown invitation');
}

function assertInvitationUsable(invitation: InvitationRecord, survey: SurveyRecord, now: number): void {
  if (survey.fixture.status === 'draft' || survey.fixture.status === 'archived') throw notFound('Unknown invitation');
  if (invitation.usedAt !== null) throw new MockError(410, 'INVITATION_USED', 'This invitation has already been answered');
  if (invitation.expiresAt !== null && now >= invitation.expiresAt) {
    throw new MockError(410, 'INVITATION_EXPIRED', 'This invitation has expired', {expiresAt: iso(invitation.expiresAt)});
  }
  assertOpen(survey, now);
}

// ---------------------------------------------------------------------------------------------
// Answers (§7.3)

const messages = {
  required: t('This question is required', '此題必須回答'),
  empty: t('Leave unanswered questions out instead of sending an empty value', '未回答的題目請勿送出空值'),
  unknown: t('Unknown question', '沒有此題目'),
  statement: t('This block takes no answer', '此項目不需回答'),
  skipped: t('This question was skipped by the survey branching; leave it out', '此題已因分支跳過，請勿送出'),
  text: t('Expected text', '請輸入文字'),
  pattern: t('The answer is not in the expected format', '答案格式不正確'),
  option: t('Choose one of the options', '請從選項中選擇'),
  options: t('Choose from the options, each once', '請從選項中選擇，每項只可選一次'),
  integer: t('Expected a whole number', '請輸入整數'),
  number: t('Expected a number', '請輸入數字'),
  date: t('Expected a date as YYYY-MM-DD', '請以 YYYY-MM-DD 格式輸入日期'),
  email: t('Enter a valid email address', '請輸入有效的電郵地址'),
  phone: t('Enter a valid phone number', '請輸入有效的電話號碼'),
  answers: t('Send the answers as an object keyed by question id', '答案必須是以題目 id 為鍵的物件'),
  object: t('Expected an object', '必須是物件'),
  status: t('Expected partial or completed', '必須是 partial 或 completed'),
  partial: t('This survey does not accept partial responses', '此問卷不接受部分回覆'),
  scores: t('Expected numbers keyed by question id', '必須是以題目 id 為鍵的數字'),
  dateTime: t('Expected an ISO 8601 date-time', '請使用 ISO 8601 日期時間'),
};

const between = (min: number, max: number): Text => t(`Choose a value from ${min} to ${max}`, `請選擇 ${min} 至 ${max} 之間的數值`);
const atLeast = (n: number, unit: Text): Text => t(`Enter at least ${n} ${unit.en}`, `最少 ${n} ${unit.zh}`);
const atMost = (n: number, unit: Text): Text => t(`Enter at most ${n} ${unit.en}`, `最多 ${n} ${unit.zh}`);
const CHARACTERS = t('characters', '個字');
const CHOICES = t('choices', '項');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function validDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function validPhone(value: string): boolean {
  return /^\+?\d{7,15}$/.test(value.replace(/[\s\-().]/g, '')) && /^[+\d\s\-().]+$/.test(value.trim());
}

const isRequired = (block: BlockFixture) => Boolean(block.required || block.validation?.required);

/** What is wrong with one answer of a block, or undefined (§7.3). */
function answerProblem(block: BlockFixture, value: unknown): Text | undefined {
  const rules = block.validation ?? {};
  const values = new Set((block.options ?? []).map((o) => o.value));
  const checkText = (): Text | undefined => {
    if (typeof value !== 'string') return messages.text;
    const length = [...value.trim()].length;
    if (rules.minLength !== undefined && length < rules.minLength) return atLeast(rules.minLength, CHARACTERS);
    if (rules.maxLength !== undefined && length > rules.maxLength) return atMost(rules.maxLength, CHARACTERS);
    if (rules.pattern !== undefined && !new RegExp(rules.pattern).test(value.trim())) return messages.pattern;
    return undefined;
  };
  const checkMulti = (): Text | undefined => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !values.has(v)) || new Set(value).size !== value.length) return messages.options;
    if (rules.min !== undefined && value.length < rules.min) return atLeast(rules.min, CHOICES);
    if (rules.max !== undefined && value.length > rules.max) return atMost(rules.max, CHOICES);
    return undefined;
  };
  const checkScale = (min: number, max: number): Text | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return messages.integer;
    return value < min || value > max ? between(min, max) : undefined;
  };
  switch (block.type) {
    case 'short_text':
    case 'long_text':
      return checkText();
    case 'single_choice':
      return typeof value === 'string' && values.has(value) ? undefined : messages.option;
    case 'multi_choice':
      return checkMulti();
    case 'rating':
      return checkScale(rules.min ?? 1, rules.max ?? 5);
    case 'nps':
      return checkScale(0, 10);
    case 'date':
      return typeof value === 'string' && validDate(value) ? undefined : messages.date;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return messages.number;
      if (rules.min !== undefined && rules.max !== undefined && (value < rules.min || value > rules.max)) return between(rules.min, rules.max);
      if (rules.min !== undefined && value < rules.min) return t(`Enter ${rules.min} or more`, `請輸入 ${rules.min} 或以上`);
      if (rules.max !== undefined && value > rules.max) return t(`Enter ${rules.max} or less`, `請輸入 ${rules.max} 或以下`);
      return undefined;
    case 'email':
      return typeof value === 'string' && EMAIL.test(value.trim()) ? undefined : messages.email;
    case 'phone':
      return typeof value === 'string' && validPhone(value) ? undefined : messages.phone;
    case 'statement':
      return messages.statement;
    case 'custom':
      // Options make it a choice (one value, or several), otherwise free text (§7.3).
      if (values.size > 0) return Array.isArray(value) ? checkMulti() : typeof value === 'string' && values.has(value) ? undefined : messages.option;
      return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')) ? undefined : messages.text;
  }
}

/** The blocks a respondent with these answers goes through: branches of answered blocks, first match wins. */
function pathOf(blocks: BlockFixture[], answers: Record<string, unknown>): Set<string> {
  const visited = new Set<string>();
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    visited.add(block.id);
    const value = answers[block.id];
    const branch = value === undefined || isEmpty(value) ? undefined : block.branches?.find((b) => branchMatches(b.when, value));
    if (branch?.endSurvey) break;
    const target = branch?.goToBlockId ? blocks.findIndex((b) => b.id === branch.goToBlockId) : -1;
    // Only forward jumps: a branch can never loop.
    index = target > index ? target : index + 1;
  }
  return visited;
}

interface Submission {
  answers: Record<string, unknown>;
  status: 'partial' | 'completed';
}

/** Checks an F3/F4 body against the survey; 400 VALIDATION_ERROR with details.fields keyed by block id. */
function validateSubmission(survey: SurveyFixture, body: Record<string, unknown>, locale: MockLocale): Submission {
  const fields: Record<string, Text | undefined> = {};
  const answers = body.answers;
  const status = body.status === undefined ? 'completed' : body.status;
  fields.status =
    status !== 'partial' && status !== 'completed' ? messages.status : status === 'partial' && !survey.settings.allowPartial ? messages.partial : undefined;
  const optionalString = (key: string) => (body[key] !== undefined && typeof body[key] !== 'string' ? messages.text : undefined);
  fields.customerId = optionalString('customerId');
  fields.respondentName = optionalString('respondentName');
  fields.sessionId = optionalString('sessionId');
  fields.respondentEmail =
    body.respondentEmail !== undefined && !(typeof body.respondentEmail === 'string' && EMAIL.test(body.respondentEmail)) ? messages.email : undefined;
  fields.metadata = body.metadata !== undefined && !isRecord(body.metadata) ? messages.object : undefined;
  fields.startedAt =
    body.startedAt !== undefined && !(typeof body.startedAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(body.startedAt) && !Number.isNaN(Date.parse(body.startedAt)))
      ? messages.dateTime
      : undefined;
  fields.timeSpentSeconds =
    body.timeSpentSeconds !== undefined && !(typeof body.timeSpentSeconds === 'number' && Number.isInteger(body.timeSpentSeconds) && body.timeSpentSeconds >= 0)
      ? messages.integer
      : undefined;
  const blockIds = new Set(survey.blocks.map((b) => b.id));
  fields.scores =
    body.scores !== undefined &&
    !(isRecord(body.scores) && Object.entries(body.scores).every(([key, score]) => blockIds.has(key) && typeof score === 'number' && Number.isFinite(score)))
      ? messages.scores
      : undefined;

  if (!isRecord(answers)) {
    fields.answers = messages.answers;
  } else {
    const path = pathOf(survey.blocks, answers);
    for (const [key, value] of Object.entries(answers)) {
      const block = survey.blocks.find((b) => b.id === key);
      if (!block) fields[key] = messages.unknown;
      else if (block.type === 'statement') fields[key] = messages.statement;
      else if (!path.has(key)) fields[key] = messages.skipped;
      else if (isEmpty(value)) fields[key] = isRequired(block) && status !== 'partial' ? messages.required : messages.empty;
      else fields[key] = answerProblem(block, value);
    }
    if (status !== 'partial') {
      for (const block of survey.blocks) {
        if (block.type !== 'statement' && isRequired(block) && path.has(block.id) && answers[block.id] === undefined) fields[block.id] = messages.required;
      }
    }
  }
  assertValid(Object.fromEntries(Object.entries(fields).map(([key, message]) => [key, message ? (pick(message, locale) ?? undefined) : undefined])));
  return {answers: answers as Record<string, unknown>, status: status as 'partial' | 'completed'};
}

function nextResponseId(): string {
  const id = `rsp_${counter}`;
  counter += 1;
  return id;
}

function store(
  state: TenantSurveys,
  survey: SurveyFixture,
  submission: Submission,
  body: Record<string, unknown>,
  extra: {invitationId: string | null; memberUuid: string | null; locale: MockLocale; now: number},
): MockSurveyResponse {
  const str = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
  const response: MockSurveyResponse = {
    id: nextResponseId(),
    surveyId: survey.id,
    surveySlug: survey.slug,
    invitationId: extra.invitationId,
    memberUuid: extra.memberUuid,
    customerId: str('customerId'),
    status: submission.status,
    answers: structuredClone(submission.answers),
    scores: isRecord(body.scores) ? (structuredClone(body.scores) as Record<string, number>) : null,
    metadata: isRecord(body.metadata) ? structuredClone(body.metadata) : null,
    respondentName: str('respondentName'),
    respondentEmail: str('respondentEmail'),
    sessionId: str('sessionId'),
    startedAt: str('startedAt'),
    timeSpentSeconds: typeof body.timeSpentSeconds === 'number' ? body.timeSpentSeconds : null,
    locale: extra.locale,
    submittedAt: new Date(extra.now).toISOString(),
    seeded: false,
  };
  state.responses.push(response);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Routes

export const surveysRoutes: MockRoute[] = [
  route('getSurvey', ({tenant, params, member, bearer, locale, now}) => {
    const record = stateOf(tenant.id, now).surveys.find((s) => s.fixture.slug === params.slug);
    if (!record) throw notFound(`No survey ${params.slug ?? ''}`);
    assertPublicAccess(record, tenant.id, member, bearer, now);
    return ok({survey: surveyJson(tenant.id, record, locale)});
  }),

  route('getSurveyByToken', ({params, request, locale, now}) => {
    const {tenantId, invitation, survey} = invitationFor(params.token ?? '', request.headers.get('x-company-id'), now);
    assertInvitationUsable(invitation, survey, now);
    return ok({survey: surveyJson(tenantId, survey, locale), invitation: invitationJson(invitation)});
  }),

  route('submitSurveyResponse', ({tenant, params, body, member, bearer, locale, now}) => {
    const state = stateOf(tenant.id, now);
    const record = state.surveys.find((s) => s.fixture.id === params.id);
    if (!record) throw notFound(`No survey ${params.id ?? ''}`);
    assertPublicAccess(record, tenant.id, member, bearer, now);
    const survey = record.fixture;
    if (survey.settings.oneResponsePerAccount && member) {
      const earlier = state.responses.find((r) => r.surveyId === survey.id && r.memberUuid === member.uuid && r.status === 'completed');
      if (earlier) return ok({responseId: earlier.id, duplicate: true});
    }
    const submission = validateSubmission(survey, body, locale);
    const response = store(state, survey, submission, body, {invitationId: null, memberUuid: member?.uuid ?? null, locale, now});
    return ok({responseId: response.id, duplicate: false}, 201);
  }),

  route('submitSurveyTokenResponse', ({params, body, request, locale, now}) => {
    const {state, invitation, survey} = invitationFor(params.token ?? '', request.headers.get('x-company-id'), now);
    assertInvitationUsable(invitation, survey, now);
    const submission = validateSubmission(survey.fixture, body, locale);
    const response = store(state, survey.fixture, submission, body, {
      invitationId: invitation.fixture.id,
      memberUuid: invitation.fixture.accountId,
      locale,
      now,
    });
    if (submission.status === 'completed') invitation.usedAt = now;
    return ok({responseId: response.id, duplicate: false}, 201);
  }),
];

export {MOCK_SURVEYS_IDS};
