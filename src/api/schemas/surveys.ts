/** F1–F4. Surveys. */
import * as z from 'zod/mini';
import {
  bool,
  dateTime,
  idString,
  isRecord,
  list,
  maybe,
  nullableBool,
  nullableId,
  nullableInt,
  nullableNumber,
  nullableRecord,
  nullableText,
  oneOf,
  text,
  withAliases,
} from './fields.js';
import {parseOrThrow, type Parser} from './parse.js';

export const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'single_choice',
  'multi_choice',
  'rating',
  'nps',
  'date',
  'number',
  'email',
  'phone',
  'statement',
  'custom',
] as const;

export const SurveyOptionSchema = withAliases(
  {value: ['id', 'label']},
  z.object({id: nullableId, label: text, value: text, score: nullableNumber}),
);
export type SurveyOption = z.output<typeof SurveyOptionSchema>;

export const BranchSchema = z.object({
  when: z.object({
    operator: oneOf(['equals', 'not_equals', 'contains', 'greater_than', 'less_than']),
    value: z.unknown(),
  }),
  goToBlockId: nullableText,
  endSurvey: bool,
});
export type Branch = z.output<typeof BranchSchema>;

export const QuestionBlockSchema = z.object({
  /** The answer key. */
  id: idString,
  /** Unknown types are kept raw; render them as `custom` (§7.3). */
  type: oneOf(QUESTION_TYPES, 'custom'),
  title: text,
  description: nullableText,
  helpText: nullableText,
  required: bool,
  options: list(SurveyOptionSchema),
  validation: maybe(
    z.object({
      required: nullableBool,
      min: nullableNumber,
      max: nullableNumber,
      minLength: nullableInt,
      maxLength: nullableInt,
      pattern: nullableText,
    }),
  ),
  branches: list(BranchSchema),
  metadata: nullableRecord,
});
export type QuestionBlock = z.output<typeof QuestionBlockSchema>;

export const SurveySettingsSchema = z.object({
  /** Tenant text that replaces the widget's default. */
  submitLabel: nullableText,
  successMessage: nullableText,
  allowPartial: bool,
  allowAnonymous: bool,
  oneResponsePerAccount: bool,
});
export type SurveySettings = z.output<typeof SurveySettingsSchema>;

export const SurveySchema = z.object({
  /** F3 posts to this id, not the slug. */
  id: idString,
  companyId: nullableText,
  accountId: nullableText,
  title: text,
  slug: text,
  description: nullableText,
  status: oneOf(['draft', 'published', 'closed', 'archived']),
  visibility: oneOf(['public', 'members_only', 'token_only', 'private'], 'public'),
  questionBlocks: list(QuestionBlockSchema),
  settings: z.transform((value: unknown): SurveySettings => z.parse(SurveySettingsSchema, isRecord(value) ? value : {})),
  openAt: dateTime,
  closeAt: dateTime,
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Survey = z.output<typeof SurveySchema>;

export const InvitationSchema = z.object({
  id: nullableId,
  surveyId: nullableId,
  accountId: nullableText,
  contactId: nullableText,
  expiresAt: dateTime,
});
export type Invitation = z.output<typeof InvitationSchema>;

export interface SurveyResult {
  survey: Survey;
  invitation: Invitation | null;
}

/** F1/F2: `{survey, invitation?}` or the Survey itself as `data`. */
export const parseSurveyResult: Parser<SurveyResult> = (payload, context) => {
  const wrapped = isRecord(payload) && isRecord(payload.survey);
  const raw = wrapped ? payload.survey : payload;
  const survey = parseOrThrow(SurveySchema, raw, wrapped ? ['survey'] : []);
  // A question the schema could not read is left out; say so once, like a dropped list item (§9.9).
  const rawBlocks = isRecord(raw) && Array.isArray(raw.questionBlocks) ? raw.questionBlocks : [];
  const dropped = rawBlocks.length - survey.questionBlocks.length;
  if (dropped > 0) context.reportDropped(dropped, [`${wrapped ? 'survey.' : ''}questionBlocks: ${dropped} unreadable`]);
  return {survey, invitation: wrapped ? (z.safeParse(maybe(InvitationSchema), payload.invitation).data ?? null) : null};
};

export const SurveySubmitResultSchema = z.object({
  responseId: idString,
  /** True when this account already answered: treat as success. */
  duplicate: bool,
});
export type SurveySubmitResult = z.output<typeof SurveySubmitResultSchema>;
