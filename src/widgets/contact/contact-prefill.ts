/** The prefill of `<fav-contact>` (README "Prefill"): loaded only when the page or the member gives values. */
import type {MemberSession} from '../../context/session-store.js';
import {prefilled} from '../shared/prefill.js';
import type {ContactFlow} from './contact-flow.js';

/** Fills the form, while it shows, with the prefill where the visitor has not typed. */
export function fillContactForm(flow: ContactFlow, member: MemberSession | null): void {
  if (flow.step === 'form') flow.fill(prefilled(flow.element, member, flow.values));
}
