/** A visitor's view of `<fav-login>`: what is on screen and what they can do with it. */
import {html, type TemplateResult} from 'lit';
import {mountWidget, WidgetPage} from '../../support/widget-page.js';
import type {FavLogin} from '../../../src/widgets/login/fav-login.js';
import type {LoginStep} from '../../../src/widgets/login/login-flow.js';

export class LoginPage extends WidgetPage<FavLogin> {
  /** Renders the template and waits until the sign-in form (or `step`) is showing. */
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`,
    step: LoginStep = 'identify',
  ): Promise<LoginPage> {
    const page = new LoginPage(await mountWidget<FavLogin>(template, 'fav-login'));
    await page.waitFor(step);
    return page;
  }

  /** Signs in with the phone of the mock's member and the mock code. */
  async signInAsMember(phone = '91234567', code = '123456'): Promise<void> {
    await this.waitFor('identify');
    await this.type('identifier', phone);
    await this.submit();
    await this.waitFor('verify');
    await this.type('code', code);
    await this.waitFor('signed-in');
  }
}
