/**
 * The three browser engines the suite runs in, each from a Debian package (nothing downloads a
 * browser): Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), WebKit through
 * WebKitGTK's WebDriver and MiniBrowser in a virtual X display. `BROWSERS=firefox npx wtr` picks
 * one; scripts/test-engines.mjs runs them one after another.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync, rmSync} from 'node:fs';
import {createConnection, createServer} from 'node:net';
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

/** A TCP port no one listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display (it writes the number it took to a pipe); resolves with `:N`. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
    children.push(xvfb);
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it took a display`)));
  });
}

/**
 * WebKit: Xvfb and WebKitWebDriver start with the launcher, each on a free display and port, and
 * stop with it, or with the process if the run dies. MiniBrowser has no headless mode, and its GTK
 * toolbar keeps the window at least 447 px wide; a GTK style sheet without minimum sizes lets a test
 * set a 360 px viewport.
 */
function webkit() {
  const binary = process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const children = [];
  let config;
  const killChildren = () => {
    for (const child of children.splice(0).reverse()) child.kill();
  };
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary, args: ['--automation']},
    },
  };
  const launcher = webdriverLauncher(options);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const startSession = launcher.startSession.bind(launcher);
  launcher.initialize = async (...args) => {
    process.once('exit', killChildren);
    config = mkdtempSync(join(tmpdir(), 'fav-webkit-'));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');
    const display = await startXvfb(children);
    options.port = await freePort();
    children.push(spawn('WebKitWebDriver', [`--port=${options.port}`], {env: {...process.env, DISPLAY: display, XDG_CONFIG_HOME: config}, stdio: 'ignore'}));
    await waitForPort(options.port, 'WebKitWebDriver');
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
    killChildren();
    process.off('exit', killChildren);
    if (config) rmSync(config, {recursive: true, force: true});
  };
  return launcher;
}

/**
 * Sizes a WebDriver window so that its viewport (not the window) is `width` × `height`. GTK resizes
 * a window after the command returns, so each step waits for the viewport to follow.
 */
export async function setWebdriverViewport(driver, {width, height}) {
  const viewport = async () => {
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]).catch(() => undefined);
    return Array.isArray(inner) && inner[0] > 0 && inner[1] > 0 ? inner : undefined;
  };
  let inner;
  for (let attempt = 0; attempt < 5; attempt++) {
    inner = await viewport();
    if (!inner) {
      await sleep(100);
      continue;
    }
    if (inner[0] === width && inner[1] === height) return;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(Math.max(1, Math.round(width + outer.width - inner[0])), Math.max(1, Math.round(height + outer.height - inner[1])));
    const before = inner;
    for (let wait = 0; wait < 20; wait++) {
      const now = await viewport();
      if (now && (now[0] !== before[0] || now[1] !== before[1])) break;
      await sleep(50);
    }
  }
  throw new Error(`the WebKit viewport stayed ${inner ? inner.join(' × ') : 'unknown'}, not ${width} × ${height}`);
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
