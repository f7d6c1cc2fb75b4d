#!/usr/bin/env node
// npm run bench: the size report, then the built bundle in Chromium: the JS a page with the provider
// and one widget loads, the time to its first content with the CPU throttled 4x, and the requests of
// a page with every widget (each distinct API GET once). Fails over the budgets in package.json
// ("sizeBudgets", "benchBudgets").
import {readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {FIRST_CONTENT} from '../test/support/widget-samples.mjs';
import {startContractServer} from '../test/support/contract-server.mjs';
import {allWidgetsPage, mockPage} from './bench/pages.mjs';
import {allWidgetsRun, CPU_THROTTLING, firstContentRun, firstViewRun, launchBrowser} from './bench/browser-runs.mjs';
import {startStaticServer} from './bench/static-server.mjs';
import {printTable} from './bench/table.mjs';
import {budgetFor, importsOf, kb, printSizeReport} from './size-report.mjs';

const RUNS = 5;
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const sizeBudgets = pkg.sizeBudgets ?? {};
const benchBudgets = pkg.benchBudgets ?? {};
const failures = [];

const size = printSizeReport({budgets: sizeBudgets});
if (size.failed) failures.push('size: over a budget in sizeBudgets');

/**
 * Sums the scripts a page loaded, widget code apart from what only the mock needs: the files
 * reachable from the entry without going through the mock chunk are widget code, the rest the mock's.
 */
function splitMock(scripts) {
  const byFile = new Map(scripts.map((script) => [join(root, new URL(script.url).pathname), script]));
  const isMockChunk = (file) => /[\\/]chunks[\\/]mock-[^\\/]*\.js$/.test(file);
  const widget = new Set();
  const visit = (file) => {
    if (widget.has(file) || !byFile.has(file) || isMockChunk(file)) return;
    widget.add(file);
    for (const dep of importsOf(file)) visit(dep);
  };
  visit(join(root, 'dist', 'fav-widgets.js'));
  const sum = (files) => ({
    files: files.length,
    bytes: files.reduce((total, file) => total + byFile.get(file).bytes, 0),
    gzip: files.reduce((total, file) => total + byFile.get(file).gzip, 0),
    sizes: new Map(files.map((file) => [file, byFile.get(file)])),
  });
  return {widget: sum([...widget]), mock: sum([...byFile.keys()].filter((file) => !widget.has(file)))};
}

/** The union of several pages' file sizes, summed like {@link splitMock}'s. */
function union(sizeMaps) {
  const sizes = new Map(sizeMaps.flatMap((map) => [...map]));
  const values = [...sizes.values()];
  return {files: sizes.size, bytes: values.reduce((n, v) => n + v.bytes, 0), gzip: values.reduce((n, v) => n + v.gzip, 0)};
}

/** The gzip budget for the JS of a first view: its own in benchBudgets.firstViewJs, else the size budget. */
const firstViewBudget = (name, sizeName) => benchBudgets.firstViewJs?.[name] ?? budgetFor(sizeBudgets, sizeName);
const budgetCell = (value, budget, format) => (budget === undefined ? '' : `${value > budget ? 'OVER ' : ''}${format(budget)}`);
/**
 * The elements to time: one per element module (the entries/*.js file its first view loads; the CMS
 * elements share one), the one whose first view needs the most code, so the bench stays within a minute.
 */
function timedElements(perWidget) {
  const moduleOf = (widget) =>
    [...widget.firstView.widget.sizes.keys()]
      .filter((file) => /[\\/]entries[\\/](?!provider\.js$)[^\\/]+\.js$/.test(file))
      .sort()
      .join(' ');
  const heaviest = new Map();
  for (const widget of perWidget) {
    const current = heaviest.get(moduleOf(widget));
    if (!current || widget.firstView.widget.gzip > current.firstView.widget.gzip) heaviest.set(moduleOf(widget), widget);
  }
  return perWidget.filter((widget) => [...heaviest.values()].includes(widget));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

const pages = new Map(Object.keys(FIRST_CONTENT).map((tag) => [`/bench/${tag}.html`, mockPage(tag)]));
const contract = await startContractServer({port: 0});
pages.set('/bench/all.html', allWidgetsPage(contract.origin));
const server = await startStaticServer({root, pages});
const browser = await launchBrowser();
try {
  // Each element on <fav-provider mock>, cold loads: the JS it fetches and the time to its first content.
  const widgetsStarted = performance.now();
  const perWidget = [];
  const later = new Set([...size.laterFiles].map((file) => `${server.origin}/${relative(root, file).split(sep).join('/')}`));
  for (const [tag, selector] of Object.entries(FIRST_CONTENT)) {
    const {firstView, scripts} = await firstViewRun(browser, `${server.origin}/bench/${tag}.html`, tag, selector, {later});
    perWidget.push({tag, firstView: splitMock(scripts.filter((script) => firstView.includes(script.url))), idle: splitMock(scripts)});
  }
  const firstViewsTime = seconds(widgetsStarted);
  const timingStarted = performance.now();
  for (const widget of timedElements(perWidget)) {
    widget.times = [];
    const url = `${server.origin}/bench/${widget.tag}.html`;
    while (widget.times.length < RUNS) widget.times.push(await firstContentRun(browser, url, widget.tag, FIRST_CONTENT[widget.tag]));
  }
  const timingTime = seconds(timingStarted);

  printTable(
    'JS a page with <fav-provider mock> + one widget loads (served uncompressed, gzip level 9 per file; the mock apart)',
    ['page', '>files', '>first view', '>gzip', '>budget', '>+ later steps', '>mock files', '>mock', '>gzip'],
    perWidget.map(({tag, firstView, idle}) => {
      const budget = firstViewBudget(tag, 'provider+widget');
      if (budget !== undefined && firstView.widget.gzip > budget) failures.push(`${tag}: first-view JS ${kb(firstView.widget.gzip)} over ${kb(budget)}`);
      const later = idle.widget.gzip - firstView.widget.gzip;
      return [tag, firstView.widget.files, kb(firstView.widget.bytes), kb(firstView.widget.gzip), budgetCell(firstView.widget.gzip, budget, kb), later ? kb(later) : '', idle.mock.files, kb(idle.mock.bytes), kb(idle.mock.gzip)];
    }),
  );
  console.log('  first view: the widget code its first content waits for; + later steps: code it fetches too, before the page is idle');

  const timeBudget = benchBudgets.firstContentMs;
  printTable(
    `time from the first byte of fav-widgets.js to first content: ${CPU_THROTTLING}x CPU throttling, ${RUNS} cold loads on the mock, one element per module`,
    ['page', '>median', '>min', '>max', '>budget (median)'],
    perWidget.filter(({times}) => times).map(({tag, times}) => {
      if (timeBudget !== undefined && median(times) > timeBudget) failures.push(`${tag}: first content ${ms(median(times))} over ${ms(timeBudget)}`);
      return [tag, ms(median(times)), ms(Math.min(...times)), ms(Math.max(...times)), budgetCell(median(times), timeBudget, ms)];
    }),
  );

  // Every element on one page, API over the network: what the page requested and what the API received.
  const allStarted = performance.now();
  await fetch(`${contract.origin}/__control/reset`, {method: 'POST'});
  const all = await allWidgetsRun(browser, `${server.origin}/bench/all.html`, Object.entries(FIRST_CONTENT));
  const received = await (await fetch(`${contract.origin}/__control/requests`)).json();
  const allIdle = splitMock(all.scripts).widget;
  // The first views of all the widgets: what a page with every widget needs before each shows its content.
  const allFirstView = union(perWidget.map(({firstView}) => firstView.widget.sizes));
  const allBudget = firstViewBudget('all-widgets', 'all-widgets');
  if (allBudget !== undefined && allFirstView.gzip > allBudget) failures.push(`all widgets: first-view JS ${kb(allFirstView.gzip)} over ${kb(allBudget)}`);
  const api = all.requests.filter((request) => request.url.startsWith(contract.origin));
  const count = (list, predicate) => list.filter(predicate).length;
  printTable(
    'a page with every widget, API over the network (contract server on another origin)',
    ['requests the page made', '>count', '>size', '>gzip', '>budget'],
    [
      ['document', count(all.requests, (r) => r.type === 'document')],
      ['scripts of the widgets\' first views', allFirstView.files, kb(allFirstView.bytes), kb(allFirstView.gzip), budgetCell(allFirstView.gzip, allBudget, kb)],
      ['scripts loaded, later steps included', all.scripts.length, kb(allIdle.bytes), kb(allIdle.gzip)],
      ['API GET', count(api, (r) => r.method === 'GET')],
      ['API CORS preflight (OPTIONS)', count(api, (r) => r.method === 'OPTIONS')],
      ['API other', count(api, (r) => r.method !== 'GET' && r.method !== 'OPTIONS')],
      ['other (favicon, images)', count(all.requests, (r) => r.type !== 'document' && r.type !== 'script' && !r.url.startsWith(contract.origin))],
      ['total', all.requests.length],
    ],
  );

  // Each distinct GET (method + URL + tenant + credentials) should reach the API once.
  const gets = new Map();
  for (const record of received.filter((r) => r.method === 'GET')) {
    const key = [record.method, record.url, record.headers['x-company-id'] ?? '', record.headers.authorization ?? ''].join(' ');
    const url = new URL(record.url);
    const entry = gets.get(key) ?? {operation: record.operation, path: url.pathname.replace(/^\/v6\/customer-portal/, '') + url.search, auth: record.headers.authorization ? 'bearer' : 'none', tenant: record.headers['x-company-id'] ?? '', count: 0};
    entry.count++;
    gets.set(key, entry);
  }
  const duplicates = [...gets.values()].filter((get) => get.count > 1).length;
  const allowed = benchBudgets.duplicateGets ?? 0;
  printTable(
    'API GETs the server received from that page: each distinct one (method, URL, tenant, credentials) should arrive once',
    ['operation', 'path', 'tenant', 'auth', '>count'],
    [...gets.values()].map(({operation, path, tenant, auth, count}) => [operation, path, tenant, auth, count > 1 ? `${count} DUPLICATE` : count]),
  );
  console.log(`  ${gets.size} distinct GETs, ${duplicates} requested more than once (budget ${allowed}); ${received.length - [...gets.values()].reduce((n, g) => n + g.count, 0)} other requests`);
  if (duplicates > allowed) failures.push(`${duplicates} API GETs requested more than once`);
  console.log(`\nbench: ${seconds(started)} (first views ${firstViewsTime}, timed loads ${timingTime}, every-widget page ${seconds(allStarted)})`);
} finally {
  await browser.close();
  await server.close();
  await contract.close();
}

if (failures.length) {
  console.error(`bench: over budget\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
