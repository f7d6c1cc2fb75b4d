// The size report shared by `npm run size` and `npm run bench`: gzip sizes of the script-tag entry,
// every chunk, what a page with the provider plus one widget loads, and what `<fav-provider mock>`
// adds, checked against the budgets in package.json ("sizeBudgets", bytes gzip).
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

export const gzipSize = (bytes) => gzipSync(bytes, {level: 9}).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const gz = (file) => gzipSize(readFileSync(file));

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const importPattern = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const dynamicPattern = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function imports(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
}

/** The modules `file` imports, statically and with `import()`, as absolute paths. */
export function importsOf(file) {
  return [...imports(file, importPattern), ...imports(file, dynamicPattern)];
}

/** A module and everything it imports statically: what the browser fetches before it runs. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, importPattern)) staticClosure(dep, seen);
  return seen;
}

const isMockChunk = (file) => /\/mock-[^/]*\.js$/.test(file);
const isLocaleChunk = (file) => /\/zh-Hant-[^/]*\.js$/.test(file);

/** Everything a module may load later too (dynamic imports), except the mock, locales and other elements' entries. */
function fullClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, importPattern)) fullClosure(dep, seen);
  for (const dep of imports(file, dynamicPattern)) {
    if (isMockChunk(dep) || isLocaleChunk(dep) || dep.includes('/entries/')) continue;
    fullClosure(dep, seen);
  }
  return seen;
}

/** A module and everything it may ever load, through static and dynamic imports alike. */
function everyLoad(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of importsOf(file)) everyLoad(dep, seen);
  return seen;
}

/** Loads whose budget covers the code their later steps load too, not only their first use. */
const BUDGET_COVERS_LATER = new Set(['mock']);

/** The budget for a result name: its own, or the shared `provider+widget` one. */
export function budgetFor(budgets, name) {
  return budgets[name] ?? (name.startsWith('provider+') ? budgets['provider+widget'] : undefined);
}

/**
 * Measures `dist/`: `chunks` (every JS file), `loads` (entry, provider + each widget's first view,
 * all widgets, the mock, with the code later steps load on demand), `laterFiles` (the absolute paths
 * of the widgets' on-demand code) and whether any budget is exceeded.
 */
export function measureSizes({dist = resolve('dist'), budgets = {}} = {}) {
  const entry = join(dist, 'fav-widgets.js');
  const chunks = jsFiles(dist)
    .sort()
    .map((file) => ({file: relative(dist, file), gzip: gz(file)}));
  const total = (set) => [...set].reduce((sum, file) => sum + gz(file), 0);
  // The script-tag entry with what it imports statically (a chunk it shares with the provider).
  const results = {entry: total(staticClosure(entry))};
  const later = {};
  const laterFiles = new Set();

  // What a page loads for `<fav-provider>` + one widget: the entry, then each element's entry module
  // and its static imports (locale modules and the mock load only when used, so they are not counted).
  const widgetEntries = readdirSync(join(dist, 'entries')).filter((n) => n.endsWith('.js') && !['provider.js', 'client.js'].includes(n));
  for (const name of widgetEntries) {
    const key = `provider+${name.replace(/\.js$/, '')}`;
    const first = staticClosure(join(dist, 'entries', name), staticClosure(join(dist, 'entries', 'provider.js'), staticClosure(entry)));
    results[key] = total(first);
    const whole = fullClosure(join(dist, 'entries', name), fullClosure(join(dist, 'entries', 'provider.js'), fullClosure(entry)));
    const extra = [...whole].filter((file) => !first.has(file));
    if (extra.length) later[key] = total(new Set(extra));
    for (const file of extra) laterFiles.add(file);
  }

  const all = staticClosure(entry);
  for (const name of readdirSync(join(dist, 'entries'))) if (name.endsWith('.js') && name !== 'client.js') staticClosure(join(dist, 'entries', name), all);
  results['all-widgets'] = total(all);

  // What `<fav-provider mock>` adds to the provider: the mock chunk it imports on demand with that
  // chunk's static imports (first use), then the code of each API group the mock loads on the first
  // request for it (later). Files the provider loaded already are not counted again.
  const providerFiles = staticClosure(join(dist, 'entries', 'provider.js'), staticClosure(entry));
  const mockEntry = [...fullClosure(join(dist, 'entries', 'provider.js'))].flatMap((file) => imports(file, dynamicPattern)).find(isMockChunk);
  if (mockEntry) {
    const first = [...staticClosure(mockEntry)].filter((file) => !providerFiles.has(file));
    const rest = [...everyLoad(mockEntry)].filter((file) => !providerFiles.has(file) && !first.includes(file));
    results.mock = total(first);
    later.mock = total(rest);
  } else if (budgets.mock !== undefined) {
    throw new Error('size: the provider imports no chunks/mock-*.js, so the mock budget cannot be checked');
  }

  const loads = Object.entries(results).map(([name, gzip]) => {
    const budget = budgetFor(budgets, name);
    const budgeted = BUDGET_COVERS_LATER.has(name) ? gzip + (later[name] ?? 0) : gzip;
    return {name, gzip, later: later[name], budget, budgetCoversLater: BUDGET_COVERS_LATER.has(name), over: budget !== undefined && budgeted > budget};
  });
  return {chunks, loads, laterFiles, failed: loads.some((load) => load.over)};
}

/** Prints the report of {@link measureSizes}; returns it. */
export function printSizeReport(options) {
  const report = measureSizes(options);
  console.log('gzip sizes (level 9)');
  for (const row of report.chunks) console.log(`  ${row.file.padEnd(48)} ${kb(row.gzip).padStart(10)}`);
  console.log('\nwhat a page loads (gzip)');
  for (const {name, gzip, later, budget, budgetCoversLater, over} of report.loads) {
    const note = budget === undefined ? '' : over ? `  OVER budget ${kb(budget)}` : `  (budget ${kb(budget)})`;
    const label = name === 'mock' ? 'mock (<fav-provider mock>, first use)' : name;
    console.log(`  ${label.padEnd(48)} ${kb(gzip).padStart(10)}${budgetCoversLater ? '' : note}`);
    const laterLabel = name === 'mock' ? '+ the API groups it loads on first request' : '+ code its later steps load on demand';
    if (later) console.log(`    ${laterLabel.padEnd(46)} ${kb(later).padStart(10)}`);
    if (budgetCoversLater) console.log(`    ${'= everything it can load'.padEnd(46)} ${kb(gzip + (later ?? 0)).padStart(10)}${note}`);
  }
  return report;
}
