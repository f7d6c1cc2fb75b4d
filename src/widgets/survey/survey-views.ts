/** The questions of `<fav-survey>` page by page, with progress and notices, and the thank-you. Loaded lazily (survey-steps.ts). */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {formatDate, formatNumber} from '../../ui/format.js';
import {renderStepHeader} from '../../ui/step-header.js';
import type {SurveyFlow} from './survey-flow.js';
import {renderQuestion} from './survey-questions.js';
import type {ViewContext} from './survey-status.js';

function renderProgress(flow: SurveyFlow, locale: string) {
  const total = flow.pages.length;
  if (total < 2) return nothing;
  const current = Math.min(flow.page, total - 1) + 1;
  const page = formatNumber(current, locale);
  const pages = formatNumber(total, locale);
  const label = msg(str`Page ${page} of ${pages}`, {id: 'survey.progress', desc: 'Progress through the survey, e.g. "Page 2 of 5"'});
  return html`<div part="progress" class="progress">
    <p class="progress-label" id="survey-progress">${label}</p>
    <progress part="progress-bar" class="progress-bar" aria-labelledby="survey-progress" max=${total} .value=${current}></progress>
  </div>`;
}

function renderNotice(flow: SurveyFlow, context: ViewContext, onStartOver: () => void) {
  switch (flow.notice) {
    case 'resumed':
      return html`<div class="notice">
        ${renderBanner({tone: 'info', message: msg('Welcome back: we kept the answers you gave before.', {id: 'survey.resumed', desc: 'A saved draft was restored'})})}
        ${renderButton({label: msg('Start over', {id: 'survey.start-over', desc: 'Clears the saved answers'}), variant: 'link', onClick: onStartOver})}
      </div>`;
    case 'vetoed':
      return renderBanner({tone: 'warning', message: msg('Your answers cannot be sent from this page.', {id: 'survey.vetoed', desc: 'The host page stopped the submit'})});
    case 'session-expired':
      return html`${renderBanner({
        tone: 'warning',
        message: context.membersOnly
          ? msg('Your session has expired. Sign in again to send your answers; they are kept.', {
              id: 'survey.session-expired.member',
              desc: 'The session ended before a members-only survey was sent',
            })
          : msg('Your session has expired. Sign in again, or send your answers without signing in; they are kept.', {
              id: 'survey.session-expired',
              desc: 'The session ended before the survey was sent',
            }),
      })}
      ${context.login}`;
    default:
      return nothing;
  }
}

export function renderQuestions(
  flow: SurveyFlow,
  context: ViewContext,
  handlers: {onNext(): void; onBack(): void; onStartOver(): void},
): TemplateResult {
  const survey = flow.survey!;
  const blocks = flow.currentPage;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    handlers.onNext();
  };
  const last = flow.isLastPage;
  const submitLabel = survey.settings.submitLabel || msg('Submit', {id: 'survey.submit', desc: 'Button that sends the answers'});
  const showIntro = flow.page === 0;
  return html`
    ${renderStepHeader(survey.title)}
    ${showIntro && survey.description ? html`<p class="description">${survey.description}</p>` : nothing}
    ${showIntro && survey.closeAt
      ? html`<p class="muted">
          ${msg(str`Open until ${formatDate(survey.closeAt, context.locale, {dateStyle: 'long'})}`, {id: 'survey.open-until', desc: 'When the survey closes'})}
        </p>`
      : nothing}
    ${renderProgress(flow, context.locale)} ${renderNotice(flow, context, handlers.onStartOver)}
    <form part="form" class="form" novalidate @submit=${submit}>
      ${repeat(
        blocks,
        (block) => block.id,
        (block) => renderQuestion(block, {value: flow.raw[block.id], error: flow.problems[block.id], onAnswer: (value) => flow.answer(block.id, value)}),
      )}
      ${renderErrorBanner(flow.error, () => void flow.submit())}
      <div class="actions">
        ${flow.page > 0 ? renderButton({label: msg('Back', {id: 'survey.back', desc: 'Button to the previous page'}), onClick: handlers.onBack}) : nothing}
        ${renderButton({
          label: last ? submitLabel : msg('Next', {id: 'survey.next', desc: 'Button to the next page'}),
          type: 'submit',
          variant: 'primary',
          busy: flow.busy,
          disabled: flow.notice === 'session-expired' && context.membersOnly,
        })}
      </div>
    </form>
  `;
}

export function renderDone(flow: SurveyFlow): TemplateResult {
  const survey = flow.survey!;
  const message =
    survey.settings.successMessage ||
    msg('Thank you! Your answers have been sent.', {id: 'survey.done.default', desc: 'Thank-you text when the survey has none of its own'});
  return html`
    ${renderStepHeader(msg('Thank you', {id: 'survey.done.heading', desc: 'Heading after the survey was sent'}))}
    <div part="thank-you" class="thank-you" role="status">
      <p class="description">${message}</p>
      ${flow.duplicate
        ? html`<p class="muted">
            ${msg('You had already answered this survey, so we kept your first answers.', {id: 'survey.done.duplicate', desc: 'The member had answered before'})}
          </p>`
        : nothing}
    </div>
  `;
}
