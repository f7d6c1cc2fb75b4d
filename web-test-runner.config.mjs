import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {contractServerPlugin} from './test/support/contract-server.mjs';
import {strictPagesPlugin} from './test/support/strict-pages.mjs';
import {collectGarbagePlugin} from './test/support/collect-garbage.mjs';
import {engineCommandsPlugin} from './test/support/engine-commands.mjs';
import {importGraphPlugin} from './test/support/import-graph.mjs';
import {launcherFor} from './test/support/engines.mjs';
import {summaryReporter} from './test/support/summary-reporter.mjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

const contractPort = Number(process.env.CONTRACT_PORT || 8787);
// One engine per run (`BROWSERS=firefox npx wtr`); `npm test` runs each engine in turn.
const engine = (process.env.BROWSERS || 'chromium').trim();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
    contractServerPlugin({port: contractPort}),
    strictPagesPlugin({api: `http://127.0.0.1:${contractPort}`}),
    collectGarbagePlugin(),
    engineCommandsPlugin(engine),
    // test/architecture/: the import graph of src/, read in Node.
    importGraphPlugin(),
    // test/visual/: pictures per engine; `npm run test:baselines` (UPDATE_BASELINES=1) writes new ones.
    visualRegressionPlugin({
      update: process.env.UPDATE_BASELINES === '1',
      baseDir: 'test/visual/screenshots',
      diffOptions: {threshold: 0.2},
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [launcherFor(engine)],
  // One test page at a time: pages share localStorage and the cross-tab session channel, as real tabs do.
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 30 * 60 * 1000,
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: false}), summaryReporter()],
};
