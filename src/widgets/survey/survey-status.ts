/** What `<fav-survey>` shows when a survey cannot be answered; in the first chunk, so no later code is needed for it. */
import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {formatDate} from '../../ui/format.js';
import {renderStepHeader} from '../../ui/step-header.js';
import type {SurveyFlow} from './survey-flow.js';

/** What a view needs from the element besides the flow. */
export interface ViewContext {
  locale: string;
  /** The sign-in box, when the visitor must (or may) sign in. */
  login: TemplateResult | typeof nothing;
  /** The survey needs a signed-in member (members_only). */
  membersOnly: boolean;
}

export function renderUnavailable(flow: SurveyFlow, context: ViewContext, onRetry: () => void): TemplateResult {
  const heading = flow.survey?.title ?? msg('Survey', {id: 'survey.heading', desc: 'Heading when the survey title is not known'});
  let message: string;
  let tone: 'warning' | 'info' = 'warning';
  switch (flow.reason) {
    case 'not-configured':
      message = msg('This survey is not set up: give <fav-survey> a slug or a token.', {id: 'survey.not-configured', desc: 'Configuration error for site owners'});
      break;
    case 'not-found':
      message = msg('We could not find this survey. It may have been removed.', {id: 'survey.not-found', desc: 'Unknown or unpublished survey'});
      break;
    case 'invalid-link':
      message = msg('This survey link is not valid. Please check the link you received.', {id: 'survey.invalid-link', desc: 'Unknown invitation token'});
      break;
    case 'expired':
      message = msg('This invitation has expired, so the survey can no longer be answered with it.', {id: 'survey.expired', desc: 'Expired invitation token'});
      break;
    case 'used':
      tone = 'info';
      message = msg('This invitation has already been answered. Thank you!', {id: 'survey.used', desc: 'Invitation token already used'});
      break;
    case 'not-open': {
      const date = formatDate(flow.opensAt, context.locale, {dateStyle: 'long'});
      tone = 'info';
      message = msg(str`This survey opens on ${date}.`, {id: 'survey.not-open', desc: 'Survey not open yet, with its opening date'});
      break;
    }
    case 'closed':
      message = msg('This survey is closed and no longer takes answers.', {id: 'survey.closed', desc: 'Closed survey'});
      break;
    case 'members-only':
      tone = 'info';
      message = msg('This survey is for members. Please sign in to answer it.', {id: 'survey.members-only', desc: 'Members-only survey, visitor not signed in'});
      break;
    default:
      return html`${renderStepHeader(heading)} ${renderErrorBanner(flow.error, onRetry)}`;
  }
  return html`
    ${renderStepHeader(heading)} ${renderBanner({tone, message})} ${flow.reason === 'members-only' ? context.login : nothing}
  `;
}
