/**
 * web-test-runner plugin: keyboard and viewport commands that behave the same in every engine
 * (test/support/commands.ts calls them). The stock `send-keys` and `set-viewport` commands do not
 * cover WebDriver: no key down/up, `type` presses every key before releasing any (so a repeated
 * letter is lost), and no viewport at all; puppeteer over WebDriver BiDi (Firefox) knows no
 * `Shift+Tab` combination.
 */
import {setWebdriverViewport} from './engines.mjs';

/** Key names (as puppeteer and Playwright spell them) → WebDriver's key codes. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** `Shift+Tab` → ['Shift', 'Tab']; a lone `+` stays a key. */
const chord = (press) => (press.length > 1 && press.includes('+') ? press.split('+') : [press]);

/** The steps of one payload: down/up of each key, in order. */
function steps(payload) {
  if ('type' in payload) return [...payload.type].flatMap((key) => [['down', key], ['up', key]]);
  if ('down' in payload) return [['down', payload.down]];
  if ('up' in payload) return [['up', payload.up]];
  if ('press' in payload) {
    const keys = chord(payload.press);
    return [...keys.map((key) => ['down', key]), ...keys.reverse().map((key) => ['up', key])];
  }
  throw new Error(`fav-send-keys: give one of type, press, down, up (got ${JSON.stringify(payload)})`);
}

async function puppeteerKeys(page, payload) {
  if ('type' in payload) return page.keyboard.type(payload.type);
  for (const [direction, key] of steps(payload)) {
    // BiDi (Firefox) knows the space bar only as ' '.
    const name = key === 'Space' ? ' ' : key;
    if (direction === 'down') await page.keyboard.down(name);
    else await page.keyboard.up(name);
  }
}

async function webdriverKeys(driver, payload) {
  const actions = steps(payload).map(([direction, key]) => ({type: direction === 'down' ? 'keyDown' : 'keyUp', value: WEBDRIVER_KEYS[key] ?? key}));
  await driver.performActions([{type: 'key', id: 'keyboard', actions}]);
}

/** `engine`: the engine this run launches, which the `fav-engine` command tells the page. */
export function engineCommandsPlugin(engine) {
  return {
    name: 'fav-engine-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'fav-engine') return engine;
      const browser = session.browser;
      // The visitor's time zone, whatever the machine's (pictures of times and zone notes).
      if (command === 'fav-set-zone') {
        if (browser.type !== 'puppeteer') throw new Error('fav-set-zone: only puppeteer sessions (Chromium, Firefox) can set a zone');
        await browser.getPage(session.id).emulateTimezone(payload.zone);
        return true;
      }
      if (command !== 'fav-send-keys' && command !== 'fav-set-viewport') return undefined;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        if (command === 'fav-send-keys') await puppeteerKeys(page, payload);
        else await page.setViewport({width: payload.width, height: payload.height});
        return true;
      }
      if (browser.type === 'webdriver') {
        if (command === 'fav-send-keys') await webdriverKeys(browser.driver, payload);
        else await setWebdriverViewport(browser.driver, payload);
        return true;
      }
      throw new Error(`${command} is not supported for browser type ${browser.type}`);
    },
  };
}
