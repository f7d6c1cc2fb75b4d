/** A visitor's view of `<fav-login>`: what is on screen and what they can do with it. */
import {waitUntil} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import {flowOf, mountWidget, WidgetPage} from '../../support/widget-page.js';
import type {FavLogin} from '../../../src/widgets/login/fav-login.js';
import type {LoginFlow, LoginStep} from '../../../src/widgets/login/login-flow.js';

export class LoginPage extends WidgetPage<FavLogin, LoginFlow> {
  /** Renders the template and waits until the sign-in form (or `step`) is showing. */
  static async mount(
    template: TemplateResult = html`<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>`,
    step: LoginStep = 'identify',
  ): Promise<LoginPage> {
    const page = new LoginPage(await mountWidget<FavLogin>(template, 'fav-login'));
    await page.waitFor(step);
    return page;
  }

  /** The sign-in box another widget shows in `root` (its shadow root), once its form is there. */
  static async inside(root: ParentNode, timeout = 8000): Promise<LoginPage> {
    const box = () => root.querySelector<FavLogin>('fav-login:defined');
    await waitUntil(() => box() && flowOf(box()!).step === 'identify', 'the sign-in box', {timeout});
    return new LoginPage(box()!);
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
