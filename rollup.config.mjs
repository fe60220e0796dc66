import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {minifyTemplates} from './scripts/minify-templates.mjs';

/** Every element's module, by the name npm users import it under. */
export const elements = {
  'innateheal-provider': 'components/innateheal-provider/innateheal-provider.ts',
  'nutrient-card': 'components/nutrient-card/nutrient-card.ts',
  'gut-checklist': 'components/gut-checklist/gut-checklist.ts',
  'hot-articles': 'components/hot-articles/hot-articles.ts',
  'health-article': 'components/health-article/health-article.ts',
};

const ts = () =>
  typescript({
    tsconfig: 'tsconfig.json',
    // Types come from `tsc -p tsconfig.build.json`; tests are not built.
    compilerOptions: {declaration: false, outDir: 'dist', rootDir: '.'},
    include: ['src/**/*.ts', 'components/**/*.ts', 'data/**/*.ts'],
  });

// The two files a page loads with a script tag run nearly all of their code
// as they load: this V8 compile hint (Chrome 136+; a plain comment elsewhere)
// has it compiled on the thread that streams the file in, not function by
// function on the page's main thread as each is first called.
const CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad';

// Names that only code inside a bundle reads. Lit's own build names its
// internal properties `_$AH`, `_$Em`, …: stable across Lit's packages, which in
// an app may come in different versions. Ours are the elements' protected and
// private members that are not `#private` (Lit's reactive state cannot be),
// named with a leading `_` as Lit's sources name theirs. In the two
// script-tag files every class that reads them is bundled, in one copy, so
// they can be shorter still. Not `_$litType$` and the like, markers that Lit
// recognises across copies on a page. (Not in the npm modules, where a chunk
// is minified on its own and Lit is external.)
const INTERNAL = /^_(\$[A-Z][A-Za-z]?|[a-z][A-Za-z]*)$/;

const minify = ({module = true, preamble, bundlesLit = false} = {}) =>
  terser({
    ecma: 2022,
    // A classic script's top-level names are globals: keep them.
    module,
    // Unused parameters go, so that Lit's `JSCompiler_renameProperty =
    // (prop, _obj) => prop` inlines to the bare name (18 B of embed.js). Only
    // code that reads a function's `length` would notice: Lit does not, nor do
    // we (it changes nothing else in the bundles, nor the npm modules at all).
    compress: {passes: 3, keep_fargs: false},
    mangle: bundlesLit ? {properties: {regex: INTERNAL}} : true,
    format: {comments: false, preamble},
  });

export default [
  // One file for a script tag: Lit (production build), every element, all data.
  {
    input: 'src/embed.ts',
    output: {file: 'dist/embed.js', format: 'es'},
    plugins: [nodeResolve({exportConditions: ['production']}), ts(), minifyTemplates(), minify({preamble: CALLED_ON_LOAD, bundlesLit: true})],
  },
  // The same for sites that cannot load modules (old CMS templates): a classic
  // script whose one global is the InnateHeal namespace of element classes.
  // It cannot await at its top level: src/pause.ts is left out, and it is
  // evaluated in one task.
  {
    input: 'src/embed.ts',
    output: {file: 'dist/embed.iife.js', format: 'iife', name: 'InnateHeal'},
    plugins: [nodeResolve({exportConditions: ['production']}), {name: 'no-pause', load: (id) => (id.endsWith('/src/pause.ts') ? '' : null)}, ts(), minifyTemplates(), minify({module: false, preamble: CALLED_ON_LOAD, bundlesLit: true})],
  },
  // For npm users: one module per element with Lit left as an import, so an
  // app that already has Lit loads it once. Shared code lands in chunks/.
  // Pre-rendering and its command line are Node-only entries here too: they
  // import the elements from index.js, and nothing a browser loads imports them.
  {
    input: {index: 'src/index.ts', react: 'src/react.ts', ...elements, prerender: 'src/node/prerender.ts', cli: 'src/node/cli.ts'},
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^parse5$/, /^node:/],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [nodeResolve(), ts(), minifyTemplates(), minify()],
  },
];
