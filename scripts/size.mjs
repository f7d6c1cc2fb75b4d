#!/usr/bin/env node
// npm run size: gzip sizes of the script-tag entry, every chunk, what a page with the provider plus
// one widget actually loads, and everything `<fav-provider mock>` can load; fails when a budget in
// package.json ("sizeBudgets", bytes gzip) is exceeded.
import {readFileSync} from 'node:fs';
import {printSizeReport} from './size-report.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const {failed} = printSizeReport({budgets: pkg.sizeBudgets ?? {}});
if (failed) {
  console.error('\nsize: over budget');
  process.exit(1);
}
