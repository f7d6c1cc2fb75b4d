/** The prefill of `<fav-contact>` (README "Prefill"): loaded only when the page or the member gives values. */
import type {MemberSession} from '../../context/session-store.js';
import {prefilled, type PrefillHost} from '../shared/prefill.js';
import type {ContactFlow} from './contact-flow.js';

/** Fills the form, while it shows, with the prefill where the visitor has not typed. */
export function fillContactForm(element: PrefillHost & {readonly flow: ContactFlow}, member: MemberSession | null): void {
  const flow = element.flow;
  if (flow.step === 'form') flow.update({values: prefilled(element, member, flow.values)});
}
