// The page knows which engine it runs in, as the runner launched it: the engine-specific tests
// (named "(Chromium only: …)") rely on it to register where they can measure.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {engine} from './commands.js';

describe('test support', () => {
  it('tells the engine from the page as the runner launched it', async () => {
    expect(engine).to.equal(await executeServerCommand('fav-engine'));
  });
});
