#!/usr/bin/env node
// npm run build: locale modules → bundle (vite) → type declarations (tsc) → custom-elements.json.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', {recursive: true, force: true});
run(bin('lit-localize'), ['build']);
run(bin('vite'), ['build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
console.log('build: dist/fav-widgets.js, dist/entries/*, dist/types/*, dist/custom-elements.json');
