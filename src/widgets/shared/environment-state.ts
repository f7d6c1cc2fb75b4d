import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import type {FavEnvironment} from '../../context/fav-context.js';
import {describeError, renderBanner} from '../../ui/banner.js';

/**
 * What a widget shows while its environment is not usable: a loading state while the tenant (or the
 * mock) resolves, and a calm message instead of a blank box. Undefined when ready.
 */
export function renderEnvironmentState(environment: FavEnvironment | undefined): TemplateResult | undefined {
  if (environment?.status === 'ready') return undefined;
  if (!environment || environment.status === 'resolving') {
    return html`<div class="environment-loading" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading…', {id: 'ui.loading', desc: 'Generic loading status'})}</span>
    </div>`;
  }
  // A mistake in the tag (no tenant, an unknown domain or company) is the site owner's to fix: the
  // console says what (tag-problems.ts); the visitor gets one calm sentence.
  return environment.error?.reason === 'failed'
    ? renderBanner({tone: 'danger', message: describeError(environment.error.cause)})
    : renderBanner({
        tone: 'info',
        message: msg('Sorry, this is not available here right now.', {id: 'env.unavailable', desc: 'Shown to visitors when the widget is not set up right on this page'}),
      });
}
