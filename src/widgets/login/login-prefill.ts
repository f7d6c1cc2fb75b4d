/** The prefill of `<fav-login>` (README "Prefill"): loaded only when the page gives values. */
import {fillUntyped, prefillSources, resolvePrefill} from '../shared/prefill.js';
import type {LoginFlow} from './login-flow.js';

/**
 * Fills the identifier on the first step, unless the visitor typed one. It is `identifier`, else the
 * `phone` (SMS, WhatsApp) or `email` the tenant signs in with; the member is no source here.
 */
export async function fillIdentifier(flow: LoginFlow): Promise<void> {
  const element = flow.element;
  if (flow.step === 'loading') await flow.load(); // the same request, still on its way
  const channel = flow.usesPhone ? 'phone' : 'email';
  const values = resolvePrefill(prefillSources(element, null), ['identifier', channel]);
  const identifier = values.identifier ?? values[channel];
  if (flow.step !== 'identify' || !identifier) return;
  flow.identifierPrefilled(fillUntyped(element, {identifier: flow.identifierDraft ?? flow.identifier}, {identifier}).identifier);
}
