/** A visitor's view of `<fav-contact>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {mountWidget, WidgetPage} from '../../support/widget-page.js';
import type {FavContact} from '../../../src/widgets/contact/fav-contact.js';
import type {ContactFlow, ContactStep} from '../../../src/widgets/contact/contact-flow.js';

export class ContactPage extends WidgetPage<FavContact, ContactFlow> {
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-contact></fav-contact></fav-provider>`,
    step: ContactStep = 'form',
  ): Promise<ContactPage> {
    const page = new ContactPage(await mountWidget<FavContact>(template, 'fav-contact'));
    await page.waitFor(step);
    await page.prefixShown();
    return page;
  }

  get step(): ContactStep {
    return this.flow.step;
  }

  /** Waits until the tenant's dialling prefix is in front of the phone field. */
  async prefixShown(): Promise<void> {
    await waitUntil(() => this.flow.phonePrefix !== '' && this.root.querySelector('[part~="prefix"]'), 'the dialling prefix', {timeout: 8000});
    await this.element.updateComplete;
  }

  async fill({name = 'Amy Lau', email = 'amy@example.com', phone = '', message = 'Do you open on public holidays?'} = {}): Promise<void> {
    await this.type('name', name);
    await this.type('email', email);
    await this.type('phone', phone);
    await this.type('message', message);
  }

  /** Presses "Send message" and waits for the answer. */
  async send(): Promise<void> {
    await this.click('Send message');
    await this.settled();
  }
}
