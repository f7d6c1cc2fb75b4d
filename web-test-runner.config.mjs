import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, defaultReporter} from '@web/test-runner';
import {contractServerPlugin} from './test/support/contract-server.mjs';
import {strictPagesPlugin} from './test/support/strict-pages.mjs';
import {collectGarbagePlugin} from './test/support/collect-garbage.mjs';
import {summaryReporter} from './test/support/summary-reporter.mjs';

const contractPort = Number(process.env.CONTRACT_PORT || 8787);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}), contractServerPlugin({port: contractPort}), strictPagesPlugin({api: `http://127.0.0.1:${contractPort}`}), collectGarbagePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One test page at a time: pages share localStorage and the cross-tab session channel, as real tabs do.
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 30 * 60 * 1000,
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: false}), summaryReporter()],
};
