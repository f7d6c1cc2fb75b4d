#!/usr/bin/env node
// npm run size: gzip sizes of the script-tag entry, every chunk, and what a page with the provider
// plus one widget actually loads; fails when a budget in package.json ("sizeBudgets", bytes gzip) is exceeded.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const dist = resolve('dist');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = pkg.sizeBudgets ?? {};

const gz = (file) => gzipSync(readFileSync(file), {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

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

/** A module and everything it imports statically: what the browser fetches before it runs. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, importPattern)) staticClosure(dep, seen);
  return seen;
}

const entry = join(dist, 'fav-widgets.js');
const files = jsFiles(dist).sort();
const rows = files.map((file) => ({file: relative(dist, file), gzip: gz(file)}));

console.log('gzip sizes (level 9)');
for (const row of rows) console.log(`  ${row.file.padEnd(48)} ${kb(row.gzip).padStart(10)}`);

const total = (set) => [...set].reduce((sum, file) => sum + gz(file), 0);
const results = {entry: gz(entry)};

// What a page loads for `<fav-provider>` + one widget: the entry, then each element's entry module
// and its static imports (locale modules and the mock load only when used, so they are not counted).
const widgetEntries = readdirSync(join(dist, 'entries')).filter((n) => n.endsWith('.js') && !['provider.js', 'client.js'].includes(n));
for (const name of widgetEntries) {
  const set = staticClosure(entry);
  staticClosure(join(dist, 'entries', 'provider.js'), set);
  staticClosure(join(dist, 'entries', name), set);
  results[`provider+${name.replace(/\.js$/, '')}`] = total(set);
}
/** Everything a module may load later too (dynamic imports), except the mock, locales and other elements' entries. */
function fullClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file, importPattern)) fullClosure(dep, seen);
  for (const dep of imports(file, dynamicPattern)) {
    if (/\/(mock|zh-Hant)-[^/]*\.js$/.test(dep) || dep.includes('/entries/')) continue;
    fullClosure(dep, seen);
  }
  return seen;
}
const later = {};
for (const name of widgetEntries) {
  const first = staticClosure(join(dist, 'entries', name), staticClosure(join(dist, 'entries', 'provider.js'), staticClosure(entry)));
  const whole = fullClosure(join(dist, 'entries', name), fullClosure(join(dist, 'entries', 'provider.js'), fullClosure(entry)));
  const extra = [...whole].filter((file) => !first.has(file));
  if (extra.length) later[`provider+${name.replace(/\.js$/, '')}`] = total(new Set(extra));
}

const all = staticClosure(entry);
for (const name of readdirSync(join(dist, 'entries'))) if (name.endsWith('.js') && name !== 'client.js') staticClosure(join(dist, 'entries', name), all);
results['all-widgets'] = total(all);

console.log('\nwhat a page loads (gzip)');
let failed = false;
for (const [name, bytes] of Object.entries(results)) {
  const budget = budgets[name] ?? (name.startsWith('provider+') ? budgets['provider+widget'] : undefined);
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  const note = budget === undefined ? '' : over ? `  OVER budget ${kb(budget)}` : `  (budget ${kb(budget)})`;
  console.log(`  ${name.padEnd(48)} ${kb(bytes).padStart(10)}${note}`);
  if (later[name]) console.log(`    ${'+ code its later steps load on demand'.padEnd(46)} ${kb(later[name]).padStart(10)}`);
}
if (failed) {
  console.error('\nsize: over budget');
  process.exit(1);
}
