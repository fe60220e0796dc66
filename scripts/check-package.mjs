// Package hygiene (issue 9), run by .ci/run after the build: `npm pack`, then
// in a temporary project install the tarball as a user would and import every
// entry of `exports` from it (Lit's Node build shims the DOM), and check that
// the tarball holds only what a user needs and every `types` file is in it,
// and that TypeScript finds the types of every entry that has them, whatever
// module resolution the user's project has.
// Checks the package in the current folder, or in the folder given as the one
// argument (the tests' made-up packages, test/check-package.test.ts).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = process.argv[2] ?? '.';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'innateheal-pack-'));
const problems = [];
const run = (cmd, args, cwd) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const specifierOf = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Whether TypeScript, with each module resolution a user's project may have,
 * finds the types of every entry that has them. `bundler` and `node16` read
 * `exports`; `node10` (`moduleResolution: node`, still in many older React
 * projects) ignores it and needs `typesVersions` for every subpath.
 */
function checkTypes(dir) {
  const typed = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath]) => specifierOf(subpath));
  writeFileSync(join(dir, 'types.ts'), typed.map((specifier) => `import type {} from ${JSON.stringify(specifier)};\n`).join(''));
  for (const resolution of ['bundler', 'node16', 'node10']) {
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    const args = ['--noEmit', '--skipLibCheck', '--module', module, '--moduleResolution', resolution, 'types.ts'];
    try {
      // node10 is deprecated in TypeScript 6, not yet gone.
      run(process.execPath, [tsc, ...args, '--ignoreDeprecations', '6.0'], dir);
    } catch (error) {
      const output = String(error.stdout || error.stderr || error.message);
      // TS2307: no module at all; TS7016: its code, but no types.
      const missing = [...output.matchAll(/error TS(?:2307|7016): .*?module '([^']+)'/g)].map(([, specifier]) => specifier);
      for (const specifier of missing) problems.push(`${specifier}: no types with moduleResolution ${resolution}`);
      if (!missing.length) problems.push(`types with moduleResolution ${resolution}: ${output.trim().split('\n')[0]}`);
    }
  }
}

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  const files = packed.files.map((f) => f.path);
  // The README's guides too, so that its links work wherever it is read. (Not
  // its pictures: 0.35 MB that a page never loads; their alt text stands in.)
  const allowed = /^(dist\/|README\.md$|LICENSE$|package\.json$|docs\/[\w-]+\.md$)/;
  for (const file of files.filter((f) => !allowed.test(f))) problems.push(`packed but not needed: ${file}`);
  for (const needed of ['README.md', 'LICENSE', 'dist/embed.js', 'dist/embed.iife.js', 'dist/integrity.json', 'dist/custom-elements.json']) {
    if (!files.includes(needed)) problems.push(`missing from the package: ${needed}`);
  }

  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
  // With React, an optional peer dependency, as a React app has it for /react.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename), 'react@19'], dir);
  const installed = join(dir, 'node_modules', pkg.name);

  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier = specifierOf(subpath);
    const {types, default: code} = typeof target === 'object' ? target : {default: target};
    if (types && !existsSync(join(installed, types))) problems.push(`${specifier}: types file ${types} not in the package`);
    // package.json, and the JSX type entries, which have only types.
    if (subpath === './package.json' || !code) continue;
    if (!existsSync(join(installed, code))) {
      problems.push(`${specifier}: ${code} not in the package`);
      continue;
    }
    // The embed bundles carry Lit's browser build, for script tags: they must
    // resolve; the npm modules must also import (Lit's Node build shims the DOM).
    // On failure the child prints only the error (Node's own report of an
    // uncaught one ends with its properties and Node's version).
    const load = subpath.startsWith('./embed') ? 'import.meta.resolve' : 'await import';
    const script = `try { ${load}(${JSON.stringify(specifier)}) } catch (error) { console.error(String(error)); process.exit(1) }`;
    try {
      run('node', ['--input-type=module', '-e', script], dir);
      console.log(`  ok  ${specifier}`);
    } catch (error) {
      problems.push(`${specifier}: ${String(error.stderr || error.message).trim().split('\n').at(-1)}`);
    }
  }
  checkTypes(dir);
} finally {
  rmSync(dir, {recursive: true, force: true});
}

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('package: every export imports from the packed tarball, with its types found');
