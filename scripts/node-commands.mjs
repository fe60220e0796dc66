// Test-runner commands that run in Node, for tests of the project's own
// scripts: `size-report` runs scripts/size.mjs, the size budgets that .ci/run
// enforces, on a made-up build (test/size-budgets.test.ts); `find-browsers`
// asks scripts/browsers.mjs for the browsers on a made-up machine
// (test/browsers.test.ts); `ci-run` runs .ci/run itself with a stand-in npm
// (test/ci-run.test.ts); `check-package` runs scripts/check-package.mjs on a
// made-up package (test/check-package.test.ts); `angular-aot` compiles an
// Angular component ahead of time, as an Angular app's build does
// (test/angular.test.ts); `prerender-cli` runs the package's command line
// (dist/cli.js) with given files and stdin, in a process of its own, since
// the DOM shim of Lit's server renderer changes the globals of the Node that
// loads it (test/prerender.test.ts, test/server-render.test.ts);
// `prerender-growth` measures what a long-running `prerender()` keeps
// (test/prerender.test.ts); `eleventy-build` builds test/eleventy/ with
// Eleventy 3 and the README's config, and `astro-hook` runs the README's
// Astro build hook on built pages (test/prerender.test.ts).
import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {findBrowsers} from './browsers.mjs';
import {docBlock} from './partner-pages.mjs';
import {runNode} from './run-node.mjs';

/** Runs `file` with `args` to its end: its exit code and its output. */
const execute = (file, args, options = {}) =>
  new Promise((resolve) => {
    execFile(file, args, options, (error, stdout, stderr) => {
      resolve({code: error ? error.code : 0, output: stdout + stderr});
    });
  });

/**
 * Calls `use` with a new temporary folder, deleted once it is done: in the
 * system's, or (`inProject`) in the project's, where a file that imports
 * `@innateheal/widgets/…` gets this package, as it would from node_modules.
 */
async function inTempDir(use, {inProject = false} = {}) {
  const dir = mkdtempSync(inProject ? fileURLToPath(new URL('../.build-', import.meta.url)) : join(tmpdir(), 'innateheal-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * Writes each of `files` ({name: content}) and gives size.mjs's exit code and
 * output for that folder. A number of bytes is written as random bytes, which
 * gzip cannot shrink (its size is the file's, plus a header); text as it is.
 */
const sizeReport = (files) =>
  inTempDir((dir) => {
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof content === 'number' ? randomBytes(content) : content);
    }
    return execute(process.execPath, ['scripts/size.mjs', dir]);
  });

/**
 * findBrowsers(engines) on a machine where only `files` exist, with `env`,
 * as `root` or not, where installing Debian's packages adds `installs`. Gives
 * the paths or the error, what it installed with, and what it printed.
 */
function findBrowsersOn({engines, env = {}, files = [], root = false, installs = []}) {
  const exists = new Set(files);
  let installed = null;
  const printed = [];
  const log = console.log;
  console.log = (...args) => printed.push(args.join(' '));
  try {
    const install = (command) => {
      installed = command;
      for (const file of installs) exists.add(file);
    };
    return {found: findBrowsers(engines, {env, root, install, exists: (path) => exists.has(path)}), installed, printed};
  } catch (error) {
    return {error: error.message, installed, printed};
  } finally {
    console.log = log;
  }
}

// Logs each call; `npm test` prints the given output and exits with the given
// code; a call listed in IH_FAILING (`|`-separated) fails.
const FAKE_NPM = `#!/usr/bin/env bash
echo "$*" >> "$IH_CALLS"
if [ "$*" = test ]; then printf '%s\\n' "$IH_TEST_OUTPUT"; exit "$IH_TEST_EXIT"; fi
if [[ "|$IH_FAILING|" == *"|$*|"* ]]; then echo "npm $*: failed"; exit 1; fi
`;

/**
 * .ci/run with an npm that only pretends: what `npm test` prints, its exit
 * code, and which other npm calls fail. Gives the exit code, the output and
 * the npm calls in order.
 */
const ciRun = ({testOutput, testExit = 0, failing = []}) =>
  inTempDir(async (dir) => {
    const calls = join(dir, 'calls');
    writeFileSync(join(dir, 'npm'), FAKE_NPM, {mode: 0o755});
    writeFileSync(calls, '');
    const env = {
      ...process.env,
      PATH: `${dir}:${process.env.PATH}`,
      IH_CALLS: calls,
      IH_TEST_OUTPUT: testOutput,
      IH_TEST_EXIT: String(testExit),
      IH_FAILING: failing.join('|'),
    };
    const result = await execute('bash', ['.ci/run'], {env});
    return {...result, calls: readFileSync(calls, 'utf8').split('\n').filter(Boolean)};
  });

/**
 * Writes a package, `files` ({path: text}, package.json among them), and gives
 * check-package.mjs's exit code and output for it: it packs the package and
 * installs the tarball, with npm, as .ci/run does.
 */
const checkPackage = (files) =>
  inTempDir((dir) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), {recursive: true});
      writeFileSync(join(dir, path), text);
    }
    return execute(process.execPath, ['scripts/check-package.mjs', dir]);
  });

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Compiles `source`, an Angular component importing types from
 * `@innateheal/widgets`, with Angular's ahead-of-time compiler (ngc) and
 * strict template checks: its exit code and output. The folder sits in
 * node_modules/.cache, so that Angular resolves from the project's
 * node_modules; the package's types are the built ones (dist/types).
 */
async function angularAot(source) {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, {recursive: true});
  const dir = mkdtempSync(join(cache, 'angular-aot-'));
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'post.component.ts'), source);
    const compilerOptions = {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'bundler',
      strict: true,
      experimentalDecorators: true,
      skipLibCheck: true,
      types: [],
      rootDir: 'src',
      outDir: 'out',
      paths: {'@innateheal/widgets': [join(root, 'dist/types/src/index.d.ts')]},
    };
    const tsconfig = {compilerOptions, files: ['src/post.component.ts'], angularCompilerOptions: {strictTemplates: true}};
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    // Its bin, which the package's exports do not list: found through its package.json.
    const cli = createRequire(import.meta.url).resolve('@angular/compiler-cli/package.json');
    const ngc = join(dirname(cli), JSON.parse(readFileSync(cli, 'utf8')).bin.ngc);
    return await execute(process.execPath, [ngc, '-p', 'tsconfig.json'], {cwd: dir});
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * Runs `node dist/cli.js ...args` in a folder holding `files`, with `stdin`:
 * its exit code, stdout and stderr apart, and the folder's files after.
 */
const prerenderCli = ({args, files = {}, stdin = ''}) =>
  inTempDir(async (dir) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const run = await runNode('dist/cli.js', args, {input: stdin, cwd: dir});
    const after = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    return {...run, files: after};
  });

/**
 * How much one Node process's heap grows per page (after a GC) while
 * `prerender()` does `pages` pages whose widgets' attributes no page before
 * had, as a server's would with each post's title in a widget's heading,
 * after 300 pages to warm up: `{code, output, perPage}`.
 */
async function prerenderGrowth({pages}) {
  const script = `
    import {prerender} from ${JSON.stringify(pathToFileURL(fileURLToPath(new URL('../dist/prerender.js', import.meta.url))).href)};
    const page = (i) => '<p>Post ' + i + '</p><hot-articles heading="Reading list ' + i + '"></hot-articles><nutrient-card nutrient="zinc"></nutrient-card>';
    const heap = () => (globalThis.gc(), process.memoryUsage().heapUsed);
    for (let i = 0; i < 300; i++) await prerender(page(i));
    const before = heap();
    for (let i = 300; i < 300 + ${Number(pages)}; i++) await prerender(page(i));
    console.log(JSON.stringify({perPage: (heap() - before) / ${Number(pages)}}));`;
  const {code, output} = await execute(process.execPath, ['--expose-gc', '--input-type=module', '-e', script]);
  return {code, output, perPage: code === 0 ? JSON.parse(output.trim().split('\n').pop()).perPage : undefined};
}

/**
 * Builds the sample post in test/eleventy/ with Eleventy 3, its config being
 * exactly the README's `eleventy-config` block, in a folder inside the
 * project: the exit code, the output, and the built post.
 */
function eleventyBuild() {
  return inTempDir(
    async (dir) => {
      writeFileSync(join(dir, 'eleventy.config.js'), docBlock('eleventy-config'));
      writeFileSync(join(dir, 'post.html'), readFileSync(new URL('../test/eleventy/post.html', import.meta.url), 'utf8'));
      const eleventy = fileURLToPath(new URL('../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));
      const {code, output} = await execute(process.execPath, [eleventy, '--input=.', '--output=_site', '--quiet'], {cwd: dir});
      let built = '';
      try {
        built = readFileSync(join(dir, '_site/post/index.html'), 'utf8');
      } catch {
        // No post: the exit code and output say why.
      }
      return {code, output, built};
    },
    {inProject: true}
  );
}

/**
 * Runs the `astro:build:done` hook of docs' `astro-config` block (the README's
 * Astro config, without Astro: the hook is plain Node) on a folder of built
 * pages, as Astro calls it after a build: the pages after, by path.
 */
function astroHook(pages) {
  return inTempDir(
    async (dir) => {
      writeFileSync(join(dir, 'astro.config.mjs'), docBlock('astro-config'));
      for (const [path, html] of Object.entries(pages)) {
        mkdirSync(dirname(join(dir, 'dist', path)), {recursive: true});
        writeFileSync(join(dir, 'dist', path), html);
      }
      const script = `
        const {default: config} = await import(${JSON.stringify(pathToFileURL(join(dir, 'astro.config.mjs')).href)});
        const [integration] = config.integrations;
        await integration.hooks['astro:build:done']({dir: new URL(${JSON.stringify(pathToFileURL(join(dir, 'dist/')).href)})});`;
      const {code, output} = await execute(process.execPath, ['--input-type=module', '-e', script], {cwd: dir});
      const after = Object.fromEntries(Object.keys(pages).map((path) => [path, readFileSync(join(dir, 'dist', path), 'utf8')]));
      return {code, output, pages: after};
    },
    {inProject: true}
  );
}

export function nodeCommands() {
  return {
    name: 'innateheal-node-commands',
    executeCommand({command, payload}) {
      if (command === 'size-report') return sizeReport(payload.files);
      if (command === 'find-browsers') return findBrowsersOn(payload);
      if (command === 'ci-run') return ciRun(payload);
      if (command === 'check-package') return checkPackage(payload.files);
      if (command === 'angular-aot') return angularAot(payload.source);
      if (command === 'prerender-cli') return prerenderCli(payload);
      if (command === 'prerender-growth') return prerenderGrowth(payload);
      if (command === 'eleventy-build') return eleventyBuild();
      if (command === 'astro-hook') return astroHook(payload.pages);
      return undefined;
    },
  };
}
