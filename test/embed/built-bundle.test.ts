// The built dist/fav-widgets.js on plain HTML pages, loaded by a script tag exactly as a site owner
// pastes it: once on the in-browser mock, once against a real HTTP server on another origin.
import {expect, waitUntil} from '@open-wc/testing';
import type {FavLogin} from '../../src/widgets/login/fav-login.js';
import {LoginPage} from '../widgets/login/login-page.js';

const API = 'http://127.0.0.1:8787';

async function openPage(path: string): Promise<{frame: HTMLIFrameElement; login: FavLogin}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 480px; height: 640px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('fav-login')?.shadowRoot, 'the login upgraded', {timeout: 10000});
  return {frame, login: doc.querySelector('fav-login') as FavLogin};
}

describe('built bundle on a plain page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('signs in with the mock OTP on <fav-provider mock>', async () => {
    const opened = await openPage('/test/pages/plain-mock.html');
    frame = opened.frame;
    const page = new LoginPage(opened.login);
    await page.waitFor('identify', 10000);
    await page.signInAsMember();
    expect(page.text).to.contain('Chan Tai Man');
  });

  it('signs in over the network against a contract server on another origin', async () => {
    await fetch(`${API}/__control/reset`, {method: 'POST'});
    const opened = await openPage('/test/pages/plain-network.html');
    frame = opened.frame;
    expect(new URL(API).origin).to.not.equal(location.origin);
    const page = new LoginPage(opened.login);
    await page.waitFor('identify', 10000);
    await page.signInAsMember();
    expect(page.text).to.contain('Chan Tai Man');
    const received = (await (await fetch(`${API}/__control/requests`)).json()) as {
      operation: string;
      headers: Record<string, string>;
      body: Record<string, unknown>;
    }[];
    const verify = received.find((r) => r.operation === 'verifyOtp');
    expect(verify?.headers['x-company-id']).to.equal('demo');
    expect(verify?.body).to.include({phone: '+85291234567', code: '123456'});
  });
});
