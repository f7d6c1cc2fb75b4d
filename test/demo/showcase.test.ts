/**
 * demo/showcase.html, the mock tenant's own website: every widget shows its first view, in a phone
 * and a desktop column, with nothing scrolling sideways and nothing in the console; the language
 * buttons switch the widgets and the page together.
 */
import {expect, waitUntil} from '@open-wc/testing';

async function open(width: number): Promise<{frame: HTMLIFrameElement; win: Window & typeof globalThis; problems: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const problems: string[] = [];
  frame.src = '/demo/showcase.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  const error = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    error(...args);
  };
  win.addEventListener('error', (event) => problems.push(event.message));
  return {frame, win, problems};
}

const widgets = (win: Window) => [...win.document.querySelectorAll<HTMLElement>('fav-provider *')].filter((element) => element.localName.startsWith('fav-'));
const shown = (element: HTMLElement) => (element.shadowRoot?.textContent ?? '').trim() !== '' && !element.shadowRoot!.querySelector('[aria-busy="true"] .skeleton, .environment-loading');

describe('the showcase page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [360, 1280]) {
    it(`shows every widget at ${width} px, with nothing scrolling sideways and a quiet console`, async function () {
      this.timeout(30000);
      const {win, problems} = await open(width);
      await waitUntil(() => widgets(win).length >= 10 && widgets(win).every(shown), 'every widget shows its first view', {timeout: 20000});
      expect(widgets(win).map((element) => element.localName)).to.include.members([
        'fav-menu',
        'fav-booking',
        'fav-shop-checkout',
        'fav-events',
        'fav-posts',
        'fav-login',
        'fav-my-bookings',
        'fav-offers',
        'fav-contact',
      ]);
      expect(win.document.documentElement.scrollWidth, 'the page width').to.be.at.most(width);
      expect(problems).to.deep.equal([]);
    });
  }

  it('switches the widgets and the page to Chinese and back', async function () {
    this.timeout(30000);
    const {win} = await open(1280);
    const booking = win.document.querySelector('fav-booking')!;
    await waitUntil(() => shown(booking as HTMLElement), 'the booking', {timeout: 20000});
    win.document.querySelector<HTMLButtonElement>('.language [data-locale="zh-Hant"]')!.click();
    await waitUntil(() => (booking.shadowRoot!.textContent ?? '').includes('網上預約'), 'the booking in Chinese', {timeout: 10000});
    expect(win.document.querySelector('h1')!.textContent).to.equal('在海港旁放鬆身心');
    expect(win.document.documentElement.lang).to.equal('zh-Hant');
    win.document.querySelector<HTMLButtonElement>('.language [data-locale="en"]')!.click();
    await waitUntil(() => (booking.shadowRoot!.textContent ?? '').includes('Book an appointment'), 'the booking in English', {timeout: 10000});
  });
});
