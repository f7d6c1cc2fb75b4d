/**
 * The survey rules of CONTRACT.md §7.3, apart from rendering: which blocks a respondent goes
 * through (branches), how the questions group into pages, how each type's answer is checked, and
 * the exact `answers` map that is sent.
 */
import type {Branch, QuestionBlock} from '../../api/schemas/surveys.js';
import {branchMatches} from '../../api/survey-branches.js';

/** What the visitor entered, per block id: text as typed, a chosen value, several values, or a scale point. */
export type RawAnswer = string | string[] | number;
export type RawAnswers = Record<string, RawAnswer>;

/** `one` puts every question on its own page; `sections` starts a page at each statement after the first block. */
export type SurveyMode = 'sections' | 'paged';

export const isStatement = (block: QuestionBlock) => block.type === 'statement';

export const isRequired = (block: QuestionBlock) => Boolean(block.required || block.validation?.required);

/** How a block takes its answer: `custom` by shape (options: a choice, else text), §7.3. */
export type InputKind = 'text' | 'long' | 'single' | 'dropdown' | 'multi' | 'scale' | 'date' | 'number' | 'email' | 'phone' | 'none';

export function inputKind(block: QuestionBlock): InputKind {
  switch (block.type) {
    case 'short_text':
      return 'text';
    case 'long_text':
      return 'long';
    case 'single_choice':
      return block.options.length > 8 || block.metadata?.display === 'dropdown' ? 'dropdown' : 'single';
    case 'multi_choice':
      return 'multi';
    case 'rating':
    case 'nps':
      return 'scale';
    case 'date':
      return 'date';
    case 'number':
      return 'number';
    case 'email':
      return 'email';
    case 'phone':
      return 'phone';
    case 'statement':
      return 'none';
    default:
      // `custom` and unknown types: options make it a choice, shown as a drop-down; otherwise text.
      return block.options.length ? 'dropdown' : 'text';
  }
}

/** The points of a rating or NPS scale. */
export function scaleOf(block: QuestionBlock): {min: number; max: number} {
  if (block.type === 'nps') return {min: 0, max: 10};
  const min = Math.trunc(block.validation?.min ?? 1);
  const max = Math.trunc(block.validation?.max ?? 5);
  return max >= min && max - min <= 20 ? {min, max} : {min: 1, max: 5};
}

/** Nothing entered (empty text, no choice). */
export function isEmpty(value: RawAnswer | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The answer as the API takes it (§7.3), or undefined for "leave the key out". */
export function answerValue(block: QuestionBlock, value: RawAnswer | undefined): unknown {
  if (isStatement(block) || isEmpty(value)) return undefined;
  const kind = inputKind(block);
  if (kind === 'multi') return Array.isArray(value) ? [...value] : undefined;
  if (kind === 'scale') return typeof value === 'number' ? value : Number(value);
  if (kind === 'number') return Number(String(value).trim());
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * The blocks the respondent goes through, in order. After an answered block the first matching
 * branch wins: `goToBlockId` jumps forward (the blocks in between are skipped), `endSurvey` ends
 * the path; with no match, the next block. A block with jumps that is not answered yet hides the
 * blocks its jumps could skip (the "please specify" question after "Other"), until its answer
 * leads into them.
 */
export function pathOf(blocks: readonly QuestionBlock[], raw: RawAnswers): QuestionBlock[] {
  const path: QuestionBlock[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    path.push(block);
    const value = answerValue(block, raw[block.id]);
    const targetIndex = (branch: Branch | undefined) => (branch?.goToBlockId ? blocks.findIndex((b) => b.id === branch.goToBlockId) : -1);
    if (value === undefined) {
      const jumps = block.branches.map(targetIndex).filter((target) => target > index);
      index = jumps.length ? Math.min(...jumps) : index + 1;
      continue;
    }
    const branch = block.branches.find((b) => branchMatches(b.when, value));
    if (branch?.endSurvey) break;
    const target = targetIndex(branch);
    index = target > index ? target : index + 1;
  }
  return path;
}

/** The blocks of the path grouped into pages: statements travel with the question after them. */
export function pagesOf(path: readonly QuestionBlock[], mode: SurveyMode): QuestionBlock[][] {
  const pages: QuestionBlock[][] = [];
  let current: QuestionBlock[] = [];
  let hasQuestion = false;
  for (const block of path) {
    const statement = isStatement(block);
    const breakHere = mode === 'paged' ? hasQuestion : statement && current.length > 0 && hasQuestion;
    if (breakHere) {
      pages.push(current);
      current = [];
      hasQuestion = false;
    }
    current.push(block);
    if (!statement) hasQuestion = true;
  }
  if (current.length) pages.push(current);
  return pages;
}

/** The `answers` map to send: answered blocks on the path only, in the API's formats. */
export function answersToSend(blocks: readonly QuestionBlock[], raw: RawAnswers): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const block of pathOf(blocks, raw)) {
    const value = answerValue(block, raw[block.id]);
    if (value !== undefined) answers[block.id] = value;
  }
  return answers;
}

/** `scores {blockId: score}` of the chosen options that carry a score. */
export function scoresOf(blocks: readonly QuestionBlock[], answers: Record<string, unknown>): Record<string, number> | undefined {
  const scores: Record<string, number> = {};
  for (const block of blocks) {
    const value = answers[block.id];
    const chosen = Array.isArray(value) ? value : [value];
    const points = block.options.filter((option) => chosen.includes(option.value) && option.score !== null).map((option) => option.score!);
    if (points.length) scores[block.id] = points.reduce((sum, score) => sum + score, 0);
  }
  return Object.keys(scores).length ? scores : undefined;
}

/** The URL parameters named in `metadata-params` (space or comma separated) that the page URL carries. */
export function allowedParams(list: string | undefined, url: URL): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of (list ?? '').split(/[\s,]+/).filter(Boolean)) {
    const value = url.searchParams.get(name);
    if (value !== null) params[name] = value;
  }
  return params;
}
