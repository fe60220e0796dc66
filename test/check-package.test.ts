import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

type Files = Record<string, string>;

/**
 * scripts/check-package.mjs's exit code and output on a made-up package of
 * `files`: packed and installed with npm, as .ci/run does
 * (scripts/node-commands.mjs).
 */
const checkPackage = (files: Files) =>
  executeServerCommand<{code: number; output: string}, {files: Files}>('check-package', {files});

const NAME = 'made-up-widgets';

/**
 * package.json as ours is laid out: a module with types, the two bundles, a
 * types-only entry; `types` and `typesVersions` for TypeScript projects that
 * do not read `exports` (moduleResolution node10).
 */
const manifest = (changes: object = {}) =>
  JSON.stringify({
    name: NAME,
    version: '1.0.0',
    type: 'module',
    types: './dist/index.d.ts',
    files: ['dist', 'README.md'],
    exports: {
      '.': {types: './dist/index.d.ts', default: './dist/index.js'},
      './embed.js': './dist/embed.js',
      './embed.iife.js': './dist/embed.iife.js',
      './jsx': {types: './dist/jsx.d.ts'},
      './package.json': './package.json',
    },
    typesVersions: {'*': {jsx: ['./dist/jsx.d.ts']}},
    ...changes,
  });

/** Everything a user needs and nothing else. */
const SOUND: Files = {
  'package.json': manifest(),
  'README.md': '# Made-up widgets\n',
  LICENSE: 'MIT\n',
  'dist/index.js': 'export const ready = true;\n',
  'dist/index.d.ts': 'export declare const ready: boolean;\n',
  'dist/embed.js': 'document.body.append("made up");\n',
  'dist/embed.iife.js': '(function () { document.body.append("made up"); })();\n',
  'dist/custom-elements.json': '{"schemaVersion": "1.0.0", "modules": []}\n',
  'dist/integrity.json': '{}\n',
  'dist/jsx.d.ts': 'export {};\n',
};

const without = (path: string): Files => Object.fromEntries(Object.entries(SOUND).filter(([name]) => name !== path));

/** The problems the script listed, one per line, after its "N problem(s)" line. */
function problems(output: string) {
  const [, count, list] = /package: (\d+) problem\(s\)\n([\s\S]*)$/.exec(output) ?? [];
  const lines = (list ?? '').split('\n').filter((line) => line.startsWith('  - '));
  expect(lines.length, `the count, in:\n${output}`).to.equal(Number(count));
  return lines.map((line) => line.slice(4));
}

// .ci/run trusts this script to stop a package that would break for its
// users: each check must fail on its own fault, and only on it.
describe('the package check (scripts/check-package.mjs, run by .ci/run)', function () {
  // Each case packs and installs a package with npm: seconds, not milliseconds.
  this.timeout(60000);

  it('passes a sound package, importing or resolving each entry that has code', async () => {
    const {code, output} = await checkPackage(SOUND);
    expect(code, output).to.equal(0);
    const imported = output.split('\n').filter((line) => line.startsWith('  ok  '));
    expect(imported).to.deep.equal([`  ok  ${NAME}`, `  ok  ${NAME}/embed.js`, `  ok  ${NAME}/embed.iife.js`]);
    expect(output.trim().split('\n').at(-1)).to.equal('package: every export imports from the packed tarball, with its types found');
  });

  const faults: [string, Files, (string | RegExp)[]][] = [
    [
      'packs a file users do not need',
      {...SOUND, 'package.json': manifest({files: ['dist', 'README.md', 'src']}), 'src/index.ts': 'export const ready = true;\n'},
      ['packed but not needed: src/index.ts'],
    ],
    ['leaves out the custom-elements manifest', without('dist/custom-elements.json'), ['missing from the package: dist/custom-elements.json']],
    ['has no LICENSE to ship', without('LICENSE'), ['missing from the package: LICENSE']],
    [
      'leaves out a types file an export names',
      without('dist/index.d.ts'),
      [
        `${NAME}: types file ./dist/index.d.ts not in the package`,
        `${NAME}: no types with moduleResolution bundler`,
        `${NAME}: no types with moduleResolution node16`,
        `${NAME}: no types with moduleResolution node10`,
      ],
    ],
    [
      'gives no typesVersions, so that TypeScript projects on moduleResolution node find no types for a subpath',
      {...SOUND, 'package.json': manifest({typesVersions: undefined})},
      [`${NAME}/jsx: no types with moduleResolution node10`],
    ],
    [
      'gives no top-level types, so that TypeScript projects on moduleResolution node find none for the package',
      {...SOUND, 'package.json': manifest({types: undefined})},
      [`${NAME}: no types with moduleResolution node10`],
    ],
    [
      'has an entry that fails on import: a dependency it does not declare',
      {...SOUND, 'dist/index.js': "import 'lit';\nexport const ready = true;\n"},
      [new RegExp(`^${NAME}: Error \\[ERR_MODULE_NOT_FOUND\\]: Cannot find package 'lit' imported from `)],
    ],
    [
      'leaves out a bundle an export names',
      without('dist/embed.iife.js'),
      ['missing from the package: dist/embed.iife.js', `${NAME}/embed.iife.js: ./dist/embed.iife.js not in the package`],
    ],
  ];
  for (const [fault, files, expected] of faults) {
    it(`fails a package that ${fault}, naming the problem`, async () => {
      const {code, output} = await checkPackage(files);
      expect(code, output).to.equal(1);
      const listed = problems(output);
      expect(listed.length, listed.join('\n')).to.equal(expected.length);
      expected.forEach((problem, i) => {
        if (typeof problem === 'string') expect(listed[i]).to.equal(problem);
        else expect(listed[i]).to.match(problem);
      });
    });
  }
});
