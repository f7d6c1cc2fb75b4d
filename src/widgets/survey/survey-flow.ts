import {isFavApiError, type FavApiError} from '../../api/errors.js';
import type {Invitation, QuestionBlock, Survey} from '../../api/schemas/surveys.js';
import {getSurvey, getSurveyByToken, submitSurveyResponse, submitSurveyTokenResponse, type SurveyResponseInput} from '../../api/surveys.js';
import type {MemberSession} from '../../context/session-store.js';
import type {CreateCall} from '../shared/create-call.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import {LazyModule} from '../shared/lazy-module.js';
import {answersToSend, isEmpty, pagesOf, pathOf, scoresOf, type RawAnswer, type RawAnswers, type SurveyMode} from './survey-logic.js';

/** Checks a page's answers; arrives with the questions' code (survey-validate.ts). */
export type PageValidator = (blocks: readonly QuestionBlock[], raw: RawAnswers) => Record<string, string>;

/** The steps of `<fav-survey>`. */
export type SurveyStep = 'loading' | 'unavailable' | 'questions' | 'done';

/** Why the survey cannot be answered. */
export type SurveyUnavailable =
  | 'not-configured'
  | 'not-found'
  | 'invalid-link'
  | 'closed'
  | 'not-open'
  | 'expired'
  | 'used'
  | 'members-only'
  | 'error';

/** A banner on the questions: the session ended, the page stopped the submit, a draft was restored. */
export type SurveyNotice = 'session-expired' | 'vetoed' | 'resumed' | undefined;

/** Where the survey comes from: a slug (F1/F3) or an invitation token (F2/F4). */
export type SurveySource = {slug: string; token?: undefined} | {token: string; slug?: undefined};

/** What `fav-before-survey-submit` and `fav-survey-submitted` report. */
export interface SurveySubmission {
  surveyId: string;
  slug: string;
  /** The answers sent: block id → value (§7.3). */
  answers: Record<string, unknown>;
}

/** What the flow asks of `<fav-survey>`: the member, where drafts go, the response's metadata and the page's events. */
export interface SurveyHooks extends FlowHooks {
  member(): MemberSession | null;
  /** Where drafts go: localStorage with the tenant in the key (null when storage is unavailable). */
  draftStore(): DraftStore | null;
  /** Page URL, locale and allow-listed URL parameters for `metadata`. */
  metadata(): Record<string, unknown>;
  surveyStarted(survey: Survey): void;
  /** Fires the cancelable `fav-before-survey-submit`; false when the page vetoed it. */
  beforeSubmit(submission: SurveySubmission, input: SurveyResponseInput): boolean;
  submitted(submission: SurveySubmission, responseId: string, duplicate: boolean): void;
}

/** A saved, unfinished set of answers. */
export interface SurveyDraft {
  answers: RawAnswers;
  page: number;
  startedAt: string;
}

export interface DraftStore {
  read(key: string): SurveyDraft | undefined;
  write(key: string, draft: SurveyDraft): void;
  remove(key: string): void;
}

/**
 * The survey flow of `<fav-survey>`, apart from its rendering: the survey, what the visitor
 * answered (kept across failures and reloads), the page, the problems per question, and the
 * submit with its Idempotency-Key.
 */
export class SurveyFlow extends FlowState<FlowElement, SurveyHooks, SurveyFlow> {
  step: SurveyStep = 'loading';
  reason?: SurveyUnavailable;
  notice: SurveyNotice;
  /** When a survey that is not open yet opens (from the 410's details), if known. */
  opensAt?: string;

  survey?: Survey;
  invitation: Invitation | null = null;
  source?: SurveySource;
  mode: SurveyMode = 'sections';

  raw: RawAnswers = {};
  problems: Record<string, string> = {};
  page = 0;

  responseId?: string;
  duplicate = false;
  sent?: Record<string, unknown>;

  /**
   * Sends the response, with one Idempotency-Key for the same answers. Its code loads with the
   * visitor's first answer (or on submit), so the first question does not wait for it.
   */
  private readonly submitCall = new LazyModule<CreateCall>(() =>
    import('../shared/create-call.js').then(({CreateCall}) => new CreateCall(this, this.showCall)),
  );
  private startedAt?: string;
  private started = false;
  /** Checks a page; set once the questions' code has loaded. */
  private validate?: PageValidator;
  /** Only the latest load may apply its answer (a sign-in can start another meanwhile). */
  private loadSeq = 0;

  /** The questions' code arrived, with the page checks. */
  questionsLoaded(validate: PageValidator): void {
    this.validate = validate;
  }

  /** The element's `mode` changed: the pages are cut anew, from the first. */
  modeChanged(mode: SurveyMode): void {
    this.set({mode, page: 0});
  }

  get blocks(): readonly QuestionBlock[] {
    return this.survey?.questionBlocks ?? [];
  }

  /** The pages of the blocks the visitor goes through, given the answers so far. */
  get pages(): QuestionBlock[][] {
    return pagesOf(pathOf(this.blocks, this.raw), this.mode);
  }

  get currentPage(): QuestionBlock[] {
    const pages = this.pages;
    return pages[Math.min(this.page, pages.length - 1)] ?? [];
  }

  get isLastPage(): boolean {
    return this.page >= this.pages.length - 1;
  }

  private get draftKey(): string | undefined {
    if (!this.survey) return undefined;
    return this.source?.token ? `${this.survey.id}:${this.source.token}` : this.survey.id;
  }

  /** Loads the survey by slug or token; restores a saved draft. */
  async load(source: SurveySource | undefined, mode: SurveyMode): Promise<void> {
    const client = this.element.client;
    this.mode = mode;
    if (!source) {
      this.set({step: 'unavailable', reason: 'not-configured', busy: false});
      return;
    }
    if (!client) return;
    const sameSurvey = this.source && this.source.slug === source.slug && this.source.token === source.token;
    this.source = source;
    const seq = ++this.loadSeq;
    this.set({step: 'loading', busy: true, error: undefined, reason: undefined});
    try {
      const result = await this.read(source);
      if (seq !== this.loadSeq) return;
      const keep = sameSurvey && this.survey?.id === result.survey.id;
      this.survey = result.survey;
      this.invitation = result.invitation;
      if (!keep) this.restoreDraft();
      this.set({step: 'questions', busy: false, page: Math.min(this.page, Math.max(0, this.pages.length - 1))});
    } catch (error) {
      if (seq !== this.loadSeq) return;
      if (isFavApiError(error) && error.kind === 'aborted') {
        this.busy = false;
        return;
      }
      this.failed(error);
      this.set({step: 'unavailable', busy: false, ...this.unavailable(error)});
    }
  }

  private read(source: SurveySource) {
    const client = this.element.client!;
    const options = {signal: this.signal};
    return source.token ? getSurveyByToken(client, source.token, options) : getSurvey(client, source.slug ?? '', options);
  }

  /**
   * The locale changed: the survey's questions, options and labels come again in its language while
   * the questions show; the page and every answer stay (a failure keeps what is shown).
   */
  async reread(): Promise<void> {
    const {source, survey} = this;
    if (this.step !== 'questions' || !source) return;
    try {
      const result = await this.read(source);
      if (this.survey === survey && result.survey.id === survey?.id) this.set({survey: result.survey, invitation: result.invitation});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) this.failed(error);
    }
  }

  /** The message a load failure deserves: a named reason, or the error with "Try again". */
  private unavailable(error: unknown): Partial<SurveyFlow> {
    if (!isFavApiError(error) || error.kind !== 'http') return {reason: 'error', error};
    const token = Boolean(this.source?.token);
    if (error.status === 404) return {reason: token ? 'invalid-link' : 'not-found', error: undefined};
    if (error.status === 401 || error.status === 403 || error.code === 'MEMBER_REQUIRED') return {reason: 'members-only', error: undefined};
    if (error.code === 'INVITATION_USED') return {reason: 'used', error: undefined};
    if (error.code === 'INVITATION_EXPIRED') return {reason: 'expired', error: undefined};
    if (error.status === 410) {
      const openAt = typeof error.details?.openAt === 'string' ? error.details.openAt : undefined;
      const notOpen = openAt !== undefined && Date.parse(openAt) > Date.now();
      return {reason: notOpen ? 'not-open' : 'closed', opensAt: notOpen ? openAt : undefined, error: undefined};
    }
    return {reason: 'error', error};
  }

  private restoreDraft(): void {
    const key = this.draftKey;
    const draft = key ? this.hooks.draftStore()?.read(key) : undefined;
    const known = new Set(this.blocks.map((block) => block.id));
    const answers = Object.fromEntries(Object.entries(draft?.answers ?? {}).filter(([id]) => known.has(id)));
    this.raw = answers;
    this.problems = {};
    this.page = draft ? Math.max(0, Math.trunc(draft.page) || 0) : 0;
    this.startedAt = draft?.startedAt;
    this.started = Object.keys(answers).length > 0;
    this.notice = this.started ? 'resumed' : undefined;
  }

  private saveDraft(): void {
    const key = this.draftKey;
    if (!key || !this.startedAt) return;
    this.hooks.draftStore()?.write(key, {answers: this.raw, page: this.page, startedAt: this.startedAt});
  }

  /** Records an answer; the first one of a visit fires `fav-survey-started`. */
  answer(blockId: string, value: RawAnswer): void {
    if (this.step !== 'questions' || !this.survey) return;
    const raw = {...this.raw};
    if (isEmpty(value) && typeof value !== 'string') delete raw[blockId];
    else raw[blockId] = value;
    const problems = {...this.problems};
    delete problems[blockId];
    this.startedAt ??= new Date().toISOString();
    void this.submitCall.load().catch(() => undefined);
    this.set({raw, problems, notice: this.notice === 'vetoed' ? undefined : this.notice});
    this.saveDraft();
    if (!this.started && !isEmpty(value)) {
      this.started = true;
      this.hooks.surveyStarted(this.survey);
    }
  }

  /** Checks the page; shows its problems. True when it may be left forward. */
  private checkPage(): boolean {
    if (!this.validate) return false;
    const problems = this.validate(this.currentPage, this.raw);
    this.set({problems, error: undefined});
    return Object.keys(problems).length === 0;
  }

  /** Next page, or the submit on the last one. Resolves true when the page changed or the survey was sent. */
  async next(): Promise<boolean> {
    if (this.busy || this.step !== 'questions') return false;
    if (!this.checkPage()) {
      await this.element.updateComplete;
      return false;
    }
    if (this.isLastPage) return this.submit();
    this.set({page: this.page + 1, notice: this.notice === 'resumed' ? undefined : this.notice});
    this.saveDraft();
    return true;
  }

  back(): void {
    if (this.busy || this.page === 0) return;
    this.set({page: this.page - 1, problems: {}, error: undefined});
    this.saveDraft();
  }

  /** Forgets the saved answers and starts at the first page. */
  startOver(): void {
    const key = this.draftKey;
    if (key) this.hooks.draftStore()?.remove(key);
    this.startedAt = undefined;
    this.started = false;
    this.set({raw: {}, problems: {}, page: 0, notice: undefined, error: undefined});
  }

  /** Sends the response once: a second press while it runs does nothing. */
  async submit(): Promise<boolean> {
    const client = this.element.client;
    const survey = this.survey;
    const validate = this.validate;
    if (!client || !survey || !validate || this.busy) return false;
    // Every page on the path must be fine (a draft may hold answers from before a rule changed).
    const pages = this.pages;
    for (let index = 0; index < pages.length; index++) {
      const problems = validate(pages[index]!, this.raw);
      if (Object.keys(problems).length) {
        this.set({page: index, problems});
        await this.element.updateComplete;
        return false;
      }
    }
    const answers = answersToSend(this.blocks, this.raw);
    const member = this.hooks.member();
    const scores = scoresOf(this.blocks, answers);
    const input: SurveyResponseInput = {
      answers,
      status: 'completed',
      ...(member?.memberUuid && !this.source?.token ? {customerId: member.memberUuid} : {}),
      ...(scores ? {scores} : {}),
      ...(this.startedAt ? {startedAt: this.startedAt, timeSpentSeconds: Math.max(0, Math.round((Date.now() - Date.parse(this.startedAt)) / 1000))} : {}),
      metadata: this.hooks.metadata(),
    };
    const submission: SurveySubmission = {surveyId: survey.id, slug: survey.slug, answers};
    if (!this.hooks.beforeSubmit(submission, input)) {
      this.set({notice: 'vetoed', error: undefined});
      return false;
    }
    // Busy already while the code that sends arrives (it usually has): one press, one response.
    this.set({notice: undefined, busy: true});
    const call = this.submitCall.module ?? (await this.submitCall.load().catch((error: unknown) => void this.codeMissing(error)));
    if (!call) return false;
    const token = this.source?.token;
    const result = await call.send({
      // The same answers are the same response, however long the visitor took to send them again.
      request: {...input, timeSpentSeconds: undefined, surveyId: survey.id, token},
      call: (options) => (token ? submitSurveyTokenResponse(client, token, input, options) : submitSurveyResponse(client, survey.id, input, options)),
      refused: (error) => this.submitRefused(error, Boolean(member)),
    });
    if (!result) return false;
    const key = this.draftKey;
    if (key) this.hooks.draftStore()?.remove(key);
    this.set({step: 'done', responseId: result.responseId, duplicate: result.duplicate, sent: input.answers});
    this.hooks.submitted({...submission, answers: input.answers}, result.responseId, result.duplicate);
    return true;
  }

  /** The code that sends could not be fetched (offline, a deploy replaced it): said like a failed call. */
  private codeMissing(error: unknown): void {
    this.failed(error);
    this.set({busy: false, error});
  }

  /** What a refused response means for the visitor: resolves true when it is said here instead of the error banner. */
  private submitRefused(api: FavApiError, asMember: boolean): boolean {
    if (api.kind !== 'http') return false;
    const fields = api.status === 400 && api.details && typeof api.details.fields === 'object' ? (api.details.fields as Record<string, unknown>) : undefined;
    const known = fields ? Object.keys(fields).filter((id) => this.blocks.some((block) => block.id === id)) : [];
    if (fields && known.length) {
      // The server found problems the widget did not: show them beside their questions (and the banner).
      const problems = Object.fromEntries(known.map((id) => [id, String(fields[id])]));
      const page = this.pages.findIndex((blocks) => blocks.some((block) => known.includes(block.id)));
      this.set({problems, page: page < 0 ? this.page : page});
      return false;
    }
    if ((api.status === 401 || (api.status === 403 && asMember)) && !this.source?.token) {
      this.set({notice: 'session-expired'});
      return true;
    }
    if (api.status === 403 || api.status === 404 || api.status === 410) {
      this.set({step: 'unavailable', ...this.unavailable(api)});
      return true;
    }
    return false;
  }

  /** The member signed in (again): a members-only survey loads, a stopped submit may go on. */
  memberReturned(): void {
    const waiting = this.step === 'loading' && this.source && !this.source.token;
    if (waiting || (this.step === 'unavailable' && this.reason === 'members-only')) void this.load(this.source, this.mode);
    else if (this.notice === 'session-expired') this.set({notice: undefined});
  }
}
