// Content inside a widget's tag before its code arrives: shown and usable when the script is blocked,
// shown until the element upgrades when the script is late, and replaced without moving the page
// (layout shifts recorded by the page itself, test/pages/layout-shift-recorder.js).
import {expect, waitUntil} from '@open-wc/testing';
import {engine} from '../support/commands.js';

const FALLBACKS: Record<string, {link: string; hash: string}> = {
  'fav-booking': {link: 'Book online', hash: '#book-online'},
  'fav-events': {link: 'See our events', hash: '#our-events'},
  'fav-login': {link: 'Sign in', hash: '#sign-in'},
  'fav-contact': {link: 'Write to us', hash: '#write-to-us'},
};

/** What each element shows once it has loaded its first content. */
const FIRST_CONTENT: Record<string, string> = {
  'fav-booking': '[part~="heading"]',
  'fav-events': '[part~="event-card"]',
  'fav-login': 'input[name="identifier"]',
  'fav-contact': 'textarea',
};

interface LayoutShift {
  value: number;
  time: number;
  hadRecentInput: boolean;
  sources: {node: string; from: number; to: number}[];
}
type PageWindow = Window & {__layoutShifts: LayoutShift[]};

async function openPage(path: string, height = 800): Promise<{frame: HTMLIFrameElement; doc: Document; win: PageWindow}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: 1000px; height: ${height}px; border: 0`;
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  return {frame, doc: frame.contentDocument!, win: frame.contentWindow as PageWindow};
}

const fallbackLink = (doc: Document, tag: string) => doc.querySelector<HTMLAnchorElement>(`${tag} > a`)!;

/** The fallback link is on screen with a size, and it is what a click at its centre hits. */
function expectUsableLink(doc: Document, tag: string): void {
  const link = fallbackLink(doc, tag);
  const box = link.getBoundingClientRect();
  expect(link.textContent, tag).to.equal(FALLBACKS[tag].link);
  expect(link.checkVisibility(), `${tag} fallback visible`).to.equal(true);
  expect(box.width, `${tag} fallback width`).to.be.above(20);
  expect(box.height, `${tag} fallback height`).to.be.above(10);
  expect(doc.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2), `${tag} fallback hit`).to.equal(link);
}

const paragraphTops = (doc: Document) => Object.fromEntries([...doc.querySelectorAll('p[id]')].map((p) => [p.id, p.getBoundingClientRect().top]));

/**
 * Watches the paragraphs after the widgets on every frame until `done()` holds, and returns how far
 * each moved from where it was at the start.
 */
async function watchParagraphs(doc: Document, done: () => boolean, from = paragraphTops(doc)): Promise<Record<string, number>> {
  const moved: Record<string, number> = Object.fromEntries(Object.keys(from).map((id) => [id, 0]));
  const record = () => {
    for (const [id, top] of Object.entries(paragraphTops(doc))) moved[id] = Math.max(moved[id], Math.abs(top - from[id]));
  };
  await waitUntil(
    () => {
      record();
      return done();
    },
    'the widgets show their first content',
    {timeout: 15000, interval: 16},
  );
  // Late renders (images, lazy styles) happen within the next frames.
  const until = performance.now() + 500;
  await waitUntil(() => (record(), performance.now() > until), 'settled', {interval: 16});
  return moved;
}

const showsFirstContent = (doc: Document, tags: string[]) => () =>
  tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector(FIRST_CONTENT[tag]));

const total = (shifts: LayoutShift[]) => shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);

/** The late-script page with space reserved: the fallback shows until the upgrade, then the widgets' first content. */
async function lateScriptWithReservedSpace() {
  const opened = await openPage('/test/pages/fallback-late.html', 3600);
  const {doc, win} = opened;
  const tags = Object.keys(FALLBACKS);
  // Before the script: the fallback content, in the space the page reserved.
  for (const tag of tags) {
    expect(win.customElements.get(tag), `${tag} not defined yet`).to.equal(undefined);
    expectUsableLink(doc, tag);
  }
  const moved = await watchParagraphs(doc, showsFirstContent(doc, tags));
  return {...opened, tags, moved};
}

/**
 * The late-script page with no space reserved for the sign-in and contact forms. Frame by frame:
 * from the first frame where both widgets have replaced their fallback (that frame's move is the
 * page's to prevent by reserving space) to their first content, how far the paragraphs after them
 * move, and where they were at that first frame.
 */
async function lateScriptWithoutReservedSpace() {
  const opened = await openPage('/test/pages/fallback-late-unreserved.html', 1400);
  const {doc, win} = opened;
  const tags = ['fav-login', 'fav-contact'];
  for (const tag of tags) expectUsableLink(doc, tag);
  const upgraded = () => tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'));
  const loaded = showsFirstContent(doc, tags);
  let baseline: Record<string, number> | undefined;
  const moved: Record<string, number> = {'after-login': 0, 'after-contact': 0};
  let settledAt = Infinity;
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('the widgets did not show their first content')), 15000);
    const frameTick = (now: number) => {
      if (!baseline && upgraded()) baseline = paragraphTops(doc);
      if (baseline) for (const [id, top] of Object.entries(paragraphTops(doc))) moved[id] = Math.max(moved[id], Math.abs(top - baseline[id]));
      if (baseline && loaded() && settledAt === Infinity) settledAt = now + 500;
      if (now > settledAt) {
        clearTimeout(timeout);
        resolve();
      } else win.requestAnimationFrame(frameTick);
    };
    win.requestAnimationFrame(frameTick);
  });
  return {...opened, moved, baseline: baseline!};
}

describe('fallback content and layout shift', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the fallback content, with a size and clickable, when the script never arrives', async () => {
    const opened = await openPage('/test/pages/fallback-no-script.html');
    frame = opened.frame;
    const {doc, win} = opened;
    for (const tag of Object.keys(FALLBACKS)) {
      expect(win.customElements.get(tag), tag).to.equal(undefined);
      expectUsableLink(doc, tag);
    }
    for (const tag of Object.keys(FALLBACKS)) {
      fallbackLink(doc, tag).click();
      // Firefox moves to the fragment after the click event, not during it.
      await waitUntil(() => win.location.hash === FALLBACKS[tag].hash, `${tag} fallback followed to ${FALLBACKS[tag].hash} (at "${win.location.hash}")`);
    }
  });

  it('shows the fallback until a late script upgrades the widgets, in reserved space: nothing below moves', async () => {
    const {frame: opened, doc, tags, moved} = await lateScriptWithReservedSpace();
    frame = opened;
    // After: the widget in the fallback's place, the fallback hidden, and nothing below has moved,
    // through the loading states and the first content.
    for (const tag of tags) {
      expect(fallbackLink(doc, tag).checkVisibility(), `${tag} fallback hidden`).to.equal(false);
      expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="banner-danger"]'), `${tag} error`).to.equal(null);
    }
    expect(moved, 'pixels each paragraph moved').to.deep.equal({'after-booking': 0, 'after-events': 0, 'after-login': 0, 'after-contact': 0});
  });

  it('keeps the sign-in and contact forms still from their upgrade on, with no space reserved by the page', async () => {
    const {frame: opened, moved} = await lateScriptWithoutReservedSpace();
    frame = opened;
    expect(moved, 'pixels each paragraph moved after the upgrade').to.deep.equal({'after-login': 0, 'after-contact': 0});
  });

  // Layout-shift entries (the browser's own record of what moved, which CLS sums) exist only in
  // Chromium; the tests above measure the paragraphs' positions frame by frame in every engine.
  if (engine === 'chromium') {
    it('(Chromium only: layout-shift entries) records a cumulative layout shift under 0.01 when the page reserved space', async () => {
      const {frame: opened, win} = await lateScriptWithReservedSpace();
      frame = opened;
      expect(total(win.__layoutShifts), `cumulative layout shift of ${JSON.stringify(win.__layoutShifts)}`).to.be.below(0.01);
    });

    it('(Chromium only: layout-shift entries) records no shift moving a paragraph away from where the upgraded forms put it', async () => {
      const {frame: opened, win, baseline} = await lateScriptWithoutReservedSpace();
      frame = opened;
      const away = win.__layoutShifts.filter((shift) => shift.sources.some((source) => source.node.startsWith('P#') && Math.abs(source.from - baseline[source.node.slice(2)]) < 1));
      expect(away, JSON.stringify(win.__layoutShifts)).to.deep.equal([]);
    });
  }
});
