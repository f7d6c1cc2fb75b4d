/** F1–F4. Surveys by slug or invitation token, and their responses. */
import {formsAndSurveys} from './operations/forms-and-surveys.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {one} from './schemas/parse.js';
import {SurveySubmitResultSchema, parseSurveyResult, type SurveyResult, type SurveySubmitResult} from './schemas/surveys.js';

export interface SurveyResponseInput {
  /** Block id → answer (§7.3). Leave out unanswered optional questions. */
  answers: Record<string, unknown>;
  customerId?: string;
  /** e.g. `{source: 'fav-widgets', locale, pageUrl}`. */
  metadata?: Record<string, unknown>;
  respondentName?: string;
  respondentEmail?: string;
  scores?: Record<string, number>;
  /** Default `completed`. */
  status?: 'partial' | 'completed';
  sessionId?: string;
  startedAt?: string;
  timeSpentSeconds?: number;
}

function responseBody(input: SurveyResponseInput) {
  return compact({...input, status: input.status ?? 'completed'});
}

/** F1. 403 `MEMBER_REQUIRED`, 410 `SURVEY_CLOSED`. */
export function getSurvey(client: FavClient, slug: string, options?: CallOptions): Promise<SurveyResult> {
  return client.call(formsAndSurveys.getSurvey, {params: {slug}, parse: parseSurveyResult}, options);
}

/** F2. Magic token in the path; no bearer. 410 `INVITATION_EXPIRED` / `INVITATION_USED`. */
export function getSurveyByToken(client: FavClient, token: string, options?: CallOptions): Promise<SurveyResult> {
  return client.call(formsAndSurveys.getSurveyByToken, {params: {token}, parse: parseSurveyResult}, options);
}

/** F3. `surveyId` is `survey.id`, not the slug. Idempotency-Key. */
export function submitSurveyResponse(
  client: FavClient,
  surveyId: Id,
  input: SurveyResponseInput,
  options?: CallOptions,
): Promise<SurveySubmitResult> {
  return client.call(formsAndSurveys.submitSurveyResponse, {params: {id: surveyId}, body: responseBody(input), parse: one(SurveySubmitResultSchema)}, options);
}

/** F4. Idempotency-Key. A second submit gives `duplicate: true` or 410 `INVITATION_USED`. */
export function submitSurveyTokenResponse(
  client: FavClient,
  token: string,
  input: SurveyResponseInput,
  options?: CallOptions,
): Promise<SurveySubmitResult> {
  return client.call(formsAndSurveys.submitSurveyTokenResponse, {params: {token}, body: responseBody(input), parse: one(SurveySubmitResultSchema)}, options);
}
