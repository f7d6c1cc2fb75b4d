/** Checking each answer of `<fav-survey>` before it is sent (§7.3), with messages beside the question. Loaded with the questions. */
import {msg, str} from '@lit/localize';
import type {QuestionBlock} from '../../api/schemas/surveys.js';
import {validateEmail, validateLength} from '../../ui/form.js';
import {answerValue, inputKind, isEmpty, isRequired, isStatement, type RawAnswer, type RawAnswers} from './survey-logic.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function validPhone(value: string): boolean {
  return /^\+?\d{7,15}$/.test(value.replace(/[\s\-().]/g, '')) && /^[+\d\s\-().]+$/.test(value);
}

function safePattern(pattern: string | null | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** What is wrong with one answer, in words for the visitor; undefined when it is fine. */
export function problemOf(block: QuestionBlock, raw: RawAnswer | undefined): string | undefined {
  if (isStatement(block)) return undefined;
  const kind = inputKind(block);
  if (isEmpty(raw)) {
    if (!isRequired(block)) return undefined;
    return kind === 'multi' || kind === 'single' || kind === 'dropdown' || kind === 'scale'
      ? msg('Please choose an answer.', {id: 'survey.validate.choose', desc: 'Error when a required choice question has no answer'})
      : msg('Please answer this question.', {id: 'survey.validate.required', desc: 'Error when a required question has no answer'});
  }
  const rules = block.validation;
  const value = answerValue(block, raw);
  switch (kind) {
    case 'text':
    case 'long': {
      const text = String(value);
      const length = [...text].length;
      const tooShort = rules?.minLength != null && length < rules.minLength;
      const tooLong = rules?.maxLength != null && length > rules.maxLength;
      if (tooShort || tooLong) return validateLength(text, {min: rules?.minLength ?? undefined, max: rules?.maxLength ?? undefined});
      const pattern = safePattern(rules?.pattern);
      if (pattern && !pattern.test(text)) {
        return msg('This is not in the expected format.', {id: 'survey.validate.pattern', desc: 'Error when text does not match the required format'});
      }
      return undefined;
    }
    case 'multi': {
      const count = Array.isArray(value) ? value.length : 0;
      const min = rules?.min ?? undefined;
      const max = rules?.max ?? undefined;
      if (min !== undefined && count < min) {
        return msg(str`Choose at least ${min}.`, {id: 'survey.validate.min-choices', desc: 'Error when too few options are chosen'});
      }
      if (max !== undefined && count > max) {
        return msg(str`Choose at most ${max}.`, {id: 'survey.validate.max-choices', desc: 'Error when too many options are chosen'});
      }
      return undefined;
    }
    case 'number': {
      const number = value as number;
      if (!Number.isFinite(number)) return msg('Enter a number.', {id: 'survey.validate.number', desc: 'Error when a number question has no valid number'});
      const min = rules?.min ?? undefined;
      const max = rules?.max ?? undefined;
      if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
        if (min !== undefined && max !== undefined) {
          return msg(str`Enter a number from ${min} to ${max}.`, {id: 'survey.validate.between', desc: 'Error when a number is outside its range'});
        }
        return min !== undefined
          ? msg(str`Enter ${min} or more.`, {id: 'survey.validate.min', desc: 'Error when a number is too small'})
          : msg(str`Enter ${max} or less.`, {id: 'survey.validate.max', desc: 'Error when a number is too large'});
      }
      return undefined;
    }
    case 'email':
      return validateEmail(String(value));
    case 'phone':
      return validPhone(String(value)) ? undefined : msg('Enter a valid phone number.', {id: 'survey.validate.phone', desc: 'Error for an invalid phone number'});
    case 'date':
      return validDate(String(value)) ? undefined : msg('Enter a valid date.', {id: 'survey.validate.date', desc: 'Error for an invalid date'});
    default:
      return undefined;
  }
}

/** The problems of a page's questions, by block id. */
export function problemsOf(blocks: readonly QuestionBlock[], raw: RawAnswers): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const block of blocks) {
    const problem = problemOf(block, raw[block.id]);
    if (problem) problems[block.id] = problem;
  }
  return problems;
}

