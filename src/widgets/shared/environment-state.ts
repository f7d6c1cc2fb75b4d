import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import type {FavEnvironment} from '../../context/fav-context.js';
import {describeError, renderBanner} from '../../ui/banner.js';

/**
 * What a widget shows while its environment is not usable: a loading state while the tenant (or the
 * mock) resolves, and a clear configuration message instead of a blank box. Undefined when ready.
 */
export function renderEnvironmentState(environment: FavEnvironment | undefined): TemplateResult | undefined {
  if (environment?.status === 'ready') return undefined;
  if (!environment || environment.status === 'resolving') {
    return html`<div class="environment-loading" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading…', {id: 'ui.loading', desc: 'Generic loading status'})}</span>
    </div>`;
  }
  const reason = environment.error?.reason;
  const message =
    reason === 'missing-tenant'
      ? msg('This widget is not set up: add company-id to <fav-provider> (or to the widget).', {
          id: 'env.missing-tenant',
          desc: 'Configuration error for site owners: no tenant configured',
        })
      : reason === 'unknown-domain'
        ? msg('This site is not registered with FavCRM. Set company-id on <fav-provider>.', {
            id: 'env.unknown-domain',
            desc: 'Configuration error: the page host did not resolve to a tenant',
          })
        : describeError(environment.error?.cause);
  return renderBanner({tone: 'danger', message});
}
