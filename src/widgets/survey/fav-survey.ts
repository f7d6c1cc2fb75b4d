import {localized} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {SurveyResponseInput} from '../../api/surveys.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import {surveyStyles} from './fav-survey.styles.js';
import {SurveyFlow, type DraftStore, type SurveyDraft, type SurveySource, type SurveySubmission} from './survey-flow.js';
import {allowedParams, type SurveyMode} from './survey-logic.js';
import {renderUnavailable, type ViewContext} from './survey-status.js';

type Steps = typeof import('./survey-steps.js');

declare global {
  interface FavEventMap {
    'fav-survey-started': FavSurveyStartedDetail;
    'fav-before-survey-submit': FavBeforeSurveySubmitDetail;
    'fav-survey-submitted': FavSurveySubmittedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-survey': FavSurvey;
  }
}

/** `detail` of `fav-survey-started`: the visitor gave their first answer. */
export interface FavSurveyStartedDetail {
  surveyId: string;
  slug: string;
  title: string;
}

/**
 * `detail` of the cancelable `fav-before-survey-submit`. Change `input` (e.g. `input.metadata`) to
 * enrich the response; call `preventDefault()` to stop it.
 */
export interface FavBeforeSurveySubmitDetail extends SurveySubmission {
  /** The request body about to be sent (F3/F4); listeners may change it. */
  input: SurveyResponseInput;
}

/** `detail` of `fav-survey-submitted`. */
export interface FavSurveySubmittedDetail extends SurveySubmission {
  responseId: string;
  /** True when this member had already answered (one response per account): the first answers stay. */
  duplicate: boolean;
}

/** Loads `<fav-login>` for the sign-in box; its code stays out of the survey chunk. */
const loadLogin = () => import('../../entries/login.js');

const DRAFT_PREFIX = 'fav-survey-draft:';

/** Drafts in localStorage, per tenant; null when storage is blocked. */
function localDrafts(companyId: string): DraftStore | null {
  let storage: Storage;
  try {
    storage = globalThis.localStorage;
    if (!storage) return null;
  } catch {
    return null;
  }
  const full = (key: string) => `${DRAFT_PREFIX}${companyId}:${key}`;
  return {
    read(key) {
      try {
        const value = JSON.parse(storage.getItem(full(key)) ?? 'null') as SurveyDraft | null;
        return value && typeof value === 'object' && value.answers && typeof value.answers === 'object' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    write(key, draft) {
      try {
        storage.setItem(full(key), JSON.stringify(draft));
      } catch {
        // Full or blocked storage: the answers stay on screen, only the draft is lost.
      }
    },
    remove(key) {
      try {
        storage.removeItem(full(key));
      } catch {
        // Nothing to clean up.
      }
    },
  };
}

/**
 * A survey of the tenant, by `slug` or by invitation `token` (an attribute, or read from the page
 * URL): every question type of the API (text, long text, single and multiple choice, drop-down,
 * rating and NPS scales, number, date, email, phone, statements), required marks, help text and
 * errors beside each question; the survey's branches decide which question comes next. Sections (or
 * one question per page with `mode="paged"`) with a progress bar and back / next; answers are
 * saved on the device as they are given, so a reload resumes where the visitor was. Sent once,
 * then a thank-you with the survey's own text.
 *
 * @summary Answer a survey: questions of every type, page by page, then a thank-you.
 * @tagname fav-survey
 * @event fav-survey-started - The visitor gave the first answer. `detail`: `{surveyId, slug, title}`.
 * @event fav-before-survey-submit - Cancelable, before the answers are sent. `detail`: `{surveyId, slug, answers, input}`; change `detail.input` (e.g. `input.metadata`) to enrich the request, `preventDefault()` to stop it.
 * @event fav-survey-submitted - The answers were sent. `detail`: `{surveyId, slug, answers, responseId, duplicate}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The survey title.
 * @csspart progress - The progress line; also `progress-bar`.
 * @csspart form - The questions form.
 * @csspart question - One question; choice questions also have `choice-group` or `scale`.
 * @csspart statement - A text-only block (a section title or an explanation).
 * @csspart choice - One option of a single or multiple choice question.
 * @csspart scale-point - One point of a rating or 0–10 scale.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `hint`, `error`.
 * @csspart thank-you - The thank-you text.
 * @csspart login - The sign-in box, when the survey needs a member.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart skeleton - Placeholders while the survey loads.
 * @cssproperty [--fav-survey-scale-size=2.75rem] - Size of each point of a rating or 0–10 scale.
 */
@localized()
export class FavSurvey extends FavWidget {
  static override styles = surveyStyles;
  protected static override lookups = {getSurvey: 'slug', getSurveyByToken: 'token'};

  /** The survey's slug (its public address). Ignored when an invitation token is given. */
  @property() slug?: string;
  /** An invitation token: the survey is loaded and answered through the invitation (no sign-in). */
  @property() token?: string;
  /** The page URL parameter that carries an invitation token when `token` is not set. */
  @property({attribute: 'token-param'}) tokenParam = 'survey_token';
  /** `sections` (a page per section; default) or `paged` (one question per page). */
  @property() mode: SurveyMode = 'sections';
  /** URL parameters copied into the response's `metadata`, space or comma separated (e.g. `utm_source utm_campaign`). */
  @property({attribute: 'metadata-params'}) metadataParams?: string;

  private readonly flow = new SurveyFlow(this, {
    failed: (error) => this.reportError(error),
    member: () => this.member,
    draftStore: () => {
      const companyId = this.environment?.tenant?.companyId ?? this.companyId;
      return companyId ? localDrafts(companyId) : null;
    },
    metadata: () => this.metadata(),
    surveyStarted: (survey) => this.emit('fav-survey-started', {surveyId: survey.id, slug: survey.slug, title: survey.title}),
    beforeSubmit: (submission, input) => this.emit('fav-before-survey-submit', {...submission, input}, {cancelable: true}),
    submitted: (submission, responseId, duplicate) => this.emit('fav-survey-submitted', {...submission, responseId, duplicate}),
  });
  /** The questions and the thank-you. */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./survey-steps.js'), {
    arrived: (steps) => this.flow.questionsLoaded(steps.problemsOf),
  });
  /** Moves the focus to each new step's (and page's) heading. */
  protected readonly stepFocus = new StepFocusController(this, () => `${this.flow.step}:${this.flow.page}`);

  private source(): SurveySource | undefined {
    const token = this.token?.trim() || (this.tokenParam ? new URL(location.href).searchParams.get(this.tokenParam)?.trim() : undefined);
    if (token) return {token};
    const slug = this.slug?.trim();
    return slug ? {slug} : undefined;
  }

  private surveyMode(): SurveyMode {
    return this.mode === 'paged' ? 'paged' : 'sections';
  }

  /** Where the answers come from (the response's `metadata`). The invitation token is left out of the page URL. */
  private metadata(): Record<string, unknown> {
    const url = new URL(location.href);
    const params = allowedParams(this.metadataParams, url);
    if (this.tokenParam) url.searchParams.delete(this.tokenParam);
    return {
      source: 'fav-widgets',
      locale: this.environment?.locale ?? 'en',
      pageUrl: url.href,
      ...(Object.keys(params).length ? {params} : {}),
    };
  }

  /** The questions and the thank-you, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  protected override environmentReady(): void {
    // The questions' code loads alongside the survey itself.
    void this.laterSteps.load().catch((error: unknown) => this.reportError(error));
    void this.flow.load(this.source(), this.surveyMode());
  }

  protected override localeChanged(): void {
    void this.flow.reread();
  }

  protected override sessionChanged(session: MemberSession | null, _change: SessionChange): void {
    if (session) this.flow.memberReturned();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !this.client) return;
    if (changed.has('slug') || changed.has('token') || changed.has('tokenParam')) {
      void this.flow.load(this.source(), this.surveyMode());
    } else if (changed.has('mode')) {
      this.flow.modeChanged(this.surveyMode());
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: pick the survey up where it was.
    if (this.hasUpdated && this.client && this.flow.step === 'loading') void this.flow.load(this.source(), this.surveyMode());
  }

  private async next(): Promise<void> {
    await this.flow.next();
    if (Object.keys(this.flow.problems).length) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  private viewContext(): ViewContext {
    const flow = this.flow;
    const membersOnly = flow.survey?.visibility === 'members_only' || flow.reason === 'members-only';
    const wantsLogin = (flow.step === 'unavailable' && flow.reason === 'members-only') || (flow.step === 'questions' && flow.notice === 'session-expired');
    if (wantsLogin) void loadLogin();
    return {
      locale: this.environment?.locale ?? 'en',
      membersOnly,
      login: wantsLogin ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
    };
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    let body;
    switch (flow.step) {
      case 'loading':
        body = renderSkeleton(['heading', 'line', 'input', 'input', 'button']);
        break;
      case 'unavailable':
        body = renderUnavailable(flow, context, () => void flow.load(this.source(), this.surveyMode()));
        break;
      default:
        body = this.renderLaterStep(context);
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  /** The questions and the thank-you: from the lazily loaded module. */
  private renderLaterStep(context: ViewContext) {
    const steps = this.steps;
    if (!steps) {
      void this.laterSteps.load().catch((error: unknown) => this.reportError(error));
      return renderSkeleton(['heading', 'line', 'input', 'input', 'button']);
    }
    if (this.flow.step === 'done') return steps.renderDone(this.flow);
    return steps.renderQuestions(this.flow, context, {
      onNext: () => void this.next(),
      onBack: () => this.flow.back(),
      onStartOver: () => this.flow.startOver(),
    });
  }
}
