/**
 * Runs the test suite in each browser engine in turn (one web-test-runner run per engine, since
 * the runs share the contract server's port and state), then prints one line per engine and the
 * total line CI reads:
 *
 *   chromium: 860 passed, 0 failed (3m02s)
 *   firefox: …
 *   webkit: …
 *   2580 passed, 0 failed
 *
 * `BROWSERS=firefox,webkit` narrows the engines; arguments go to web-test-runner
 * (`node scripts/test-engines.mjs --files test/ui/*.test.ts`).
 */
import {spawn} from 'node:child_process';
import {ENGINES} from '../test/support/engines.mjs';

const SUMMARY = /^(\d+) passed, (\d+) failed/m;

export function enginesFrom(value) {
  const engines = (value || ENGINES.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  for (const engine of engines) {
    if (!ENGINES.includes(engine)) throw new Error(`BROWSERS: unknown engine ${engine}; use ${ENGINES.join(', ')}`);
  }
  return engines;
}

export const duration = (ms) => `${Math.floor(ms / 60000)}m${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}s`;

/** Runs web-test-runner once for `engine`; resolves with its counts (a run that reports none counts as one failure). */
export function runEngine(engine, args = [], {command = 'npx', prefix = [], env = {}} = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, [...prefix, 'wtr', ...args], {env: {...process.env, ...env, BROWSERS: engine}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code, signal) => {
      const match = [...output.matchAll(new RegExp(SUMMARY, 'gm'))].at(-1);
      if (!match) process.stdout.write(`\n${engine}: web-test-runner ended (${signal ? `signal ${signal}` : `exit code ${code}`}) before it reported; counted as one failure\n`);
      const passed = match ? Number(match[1]) : 0;
      const failed = match ? Number(match[2]) : 1;
      resolve({engine, passed, failed: code !== 0 && failed === 0 ? 1 : failed, ms: Date.now() - started});
    });
  });
}

export function report(results, label = (r) => r.engine) {
  let passed = 0;
  let failed = 0;
  process.stdout.write('\n');
  for (const result of results) {
    passed += result.passed;
    failed += result.failed;
    process.stdout.write(`${label(result)}: ${result.passed} passed, ${result.failed} failed (${duration(result.ms)})\n`);
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = [];
  for (const engine of enginesFrom(process.env.BROWSERS)) results.push(await runEngine(engine, process.argv.slice(2)));
  process.exit(report(results) ? 0 : 1);
}
