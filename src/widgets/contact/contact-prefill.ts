/** The prefill of `<fav-contact>` (README "Prefill"): loaded only when the page or the member gives values. */
import type {MemberSession} from '../../context/session-store.js';
import {prefilled} from '../shared/prefill.js';
import type {ContactField, ContactFlow} from './contact-flow.js';

/** Fills the form, while it shows, with the prefill where the visitor has not typed (a field they emptied stays empty). */
export function fillContactForm(flow: ContactFlow, member: MemberSession | null): void {
  if (flow.step !== 'form') return;
  const values = prefilled(flow.element, member, flow.values);
  for (const [field, value] of Object.entries(flow.typed) as [ContactField, string][]) if (flow.values[field] === value) values[field] = value;
  flow.fill(values);
}
