/**
 * Status and error banners (`role="alert"` for errors, `role="status"` otherwise) with an optional
 * "Try again", and {@link describeError}: a clear, localized sentence for any API failure.
 *
 * Parts: `banner`, `banner-danger` / `banner-warning` / `banner-info` / `banner-success`, `button`.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';

export type BannerTone = 'info' | 'success' | 'warning' | 'danger';

export interface BannerOptions {
  tone?: BannerTone;
  message: string;
  onRetry?: () => void;
}

export function renderBanner({tone = 'info', message, onRetry}: BannerOptions) {
  return html`<div part="banner banner-${tone}" class="banner ${tone}" role=${tone === 'danger' ? 'alert' : 'status'}>
    <p class="banner-message">${message}</p>
    ${onRetry
      ? html`<button part="button button-secondary" class="button secondary" type="button" @click=${onRetry}>
          ${msg('Try again', {id: 'ui.retry', desc: 'Button that repeats a failed request'})}
        </button>`
      : nothing}
  </div>`;
}

/** The fields of FavApiError this needs; duck-typed so the ui layer does not import the client. */
interface ApiErrorLike {
  kind: string;
  status: number;
  code?: string;
  retryAfter?: number;
  retryable?: boolean;
}

function isApiErrorLike(error: unknown): error is ApiErrorLike {
  return typeof error === 'object' && error !== null && 'kind' in error && 'status' in error;
}

/**
 * A sentence a visitor understands for any failure: by kind, status and code, never the server's
 * text. Anything else thrown (a bug, not the connection) gets the generic sentence.
 */
export function describeError(error: unknown): string {
  if (!isApiErrorLike(error)) {
    return msg('Something went wrong. Please try again.', {id: 'ui.error.generic', desc: 'Generic error message'});
  }
  if (error.kind === 'network') {
    return typeof navigator !== 'undefined' && navigator.onLine === false
      ? msg('You seem to be offline. Check your connection and try again.', {id: 'ui.error.offline', desc: 'Error when the browser is offline'})
      : msg('We could not reach the server. Check your connection and try again.', {id: 'ui.error.network', desc: 'Error when a request failed to connect'});
  }
  if (error.kind === 'timeout') {
    return msg('The server is taking too long to answer. Please try again.', {id: 'ui.error.timeout', desc: 'Error when a request timed out'});
  }
  if (error.kind === 'malformed') {
    return msg('The server sent something we could not read. Please try again.', {id: 'ui.error.malformed', desc: 'Error for an unreadable response'});
  }
  const {status} = error;
  if (status === 401) return msg('Please sign in again to continue.', {id: 'ui.error.401', desc: 'Error when the session is no longer valid'});
  if (status === 403) return msg('You are not allowed to do this.', {id: 'ui.error.403', desc: 'Error for a forbidden action'});
  if (status === 404) return msg('We could not find what you were looking for.', {id: 'ui.error.404', desc: 'Error when something does not exist'});
  if (status === 409) return msg('This changed while you were here. Please check and try again.', {id: 'ui.error.409', desc: 'Error for a conflict'});
  if (status === 410) return msg('This is no longer available.', {id: 'ui.error.410', desc: 'Error for something closed or expired'});
  if (status === 429) {
    return error.retryAfter
      ? msg(str`Too many requests. Please wait ${error.retryAfter} seconds and try again.`, {id: 'ui.error.429-wait', desc: 'Rate limited, with seconds to wait'})
      : msg('Too many requests. Please wait a moment and try again.', {id: 'ui.error.429', desc: 'Rate limited'});
  }
  if (status === 400 || status === 422) {
    return msg('Some details were not accepted. Please check them and try again.', {id: 'ui.error.400', desc: 'Error for rejected input'});
  }
  if (status >= 500) return msg('The service is having trouble right now. Please try again in a moment.', {id: 'ui.error.5xx', desc: 'Server error'});
  return msg('Something went wrong. Please try again.', {id: 'ui.error.generic', desc: 'Generic error message'});
}

/**
 * An error banner for a failed call, with "Try again" whenever trying again can help: always, unless
 * the server refused the request itself (a 4xx other than 408 and 429) or the visitor aborted it.
 */
export function renderErrorBanner(error: unknown, retry?: () => void) {
  if (!error) return nothing;
  const canRetry = isApiErrorLike(error) && error.kind !== 'aborted' && (error.retryable || error.kind !== 'http' || error.status >= 500);
  return renderBanner({tone: 'danger', message: describeError(error), onRetry: canRetry ? retry : undefined});
}
