/**
 * The three browser engines the suite runs in, each from a Debian package (nothing downloads a
 * browser): Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), WebKit through
 * WebKitGTK's WebDriver and MiniBrowser in a virtual X display. `BROWSERS=firefox npx wtr` picks
 * one; scripts/test-engines.mjs runs them one after another.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync, rmSync} from 'node:fs';
import {createConnection} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ChromeLauncher, chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The viewport every test file starts with, in every engine (puppeteer's default). */
export const START_VIEWPORT = {width: 800, height: 600};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Each test file gets a fresh tab instead of the previous file's. Firefox keeps a page unfocused for
 * good once Tab has moved focus past its end, which would leak into every later file.
 */
class FreshTabLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const result = await super.stopSession(sessionId);
    const page = this.inactivePages.pop();
    await page?.puppeteerPage.close().catch(() => undefined);
    return result;
  }
}

function puppeteerLauncher(launchOptions) {
  const base = chromeLauncher({launchOptions, puppeteer: puppeteerCore});
  return new FreshTabLauncher(launchOptions, base.createBrowserContextFn, base.createPageFn, puppeteerCore, base.concurrency);
}

function chromium() {
  return puppeteerLauncher({browser: 'chrome', executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS});
}

function firefox() {
  return puppeteerLauncher({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    // No first-run pages, updates or telemetry: the machine may have no internet.
    extraPrefsFirefox: {'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false},
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPort(port, what, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({port, host: '127.0.0.1'}, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`${what} did not listen on port ${port}`);
    await sleep(100);
  }
}

/**
 * WebKit: Xvfb and WebKitWebDriver start with the launcher and stop with it. MiniBrowser has no
 * headless mode, and its GTK toolbar keeps the window at least 447 px wide; a GTK style sheet
 * without minimum sizes lets a test set a 360 px viewport.
 */
function webkit() {
  const display = process.env.FAV_WEBKIT_DISPLAY || ':99';
  const port = Number(process.env.FAV_WEBDRIVER_PORT || 4444);
  const binary = process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const children = [];
  let config;
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary, args: ['--automation']},
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const startSession = launcher.startSession.bind(launcher);
  launcher.initialize = async (...args) => {
    config = mkdtempSync(join(tmpdir(), 'fav-webkit-'));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');
    const env = {...process.env, DISPLAY: display, XDG_CONFIG_HOME: config};
    // Where the display already runs (FAV_WEBKIT_DISPLAY of one's own), this Xvfb exits at once.
    children.push(spawn('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {stdio: 'ignore'}));
    await sleep(300);
    children.push(spawn('WebKitWebDriver', [`--port=${port}`], {env, stdio: 'ignore'}));
    await waitForPort(port, 'WebKitWebDriver');
    return initialize(...args);
  };
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    // Each file starts with no key or button held; without this, WebKitGTK delivers no mouse input
    // to a page after the window's first navigation.
    await launcher.driver.releaseActions().catch(() => undefined);
    await setWebdriverViewport(launcher.driver, START_VIEWPORT);
    return startSession(id, url);
  };
  launcher.stop = async () => {
    await stop();
    for (const child of children.reverse()) child.kill();
    if (config) rmSync(config, {recursive: true, force: true});
  };
  return launcher;
}

/** Sizes a WebDriver window so that its viewport (not the window) is `width` × `height`. */
export async function setWebdriverViewport(driver, {width, height}) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (inner[0] === width && inner[1] === height) return;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(width + (outer.width - inner[0]), height + (outer.height - inner[1]));
  }
}

/** The launcher of one engine. */
export function launcherFor(engine) {
  switch (engine) {
    case 'chromium':
      return chromium();
    case 'firefox':
      return firefox();
    case 'webkit':
      return webkit();
    default:
      // One engine per web-test-runner run: the engines would share the contract server's port and
      // state. `npm run test:only` runs several, one after another.
      throw new Error(`BROWSERS=${engine}: give one of ${ENGINES.join(', ')} (npm run test:only runs several in turn)`);
  }
}
