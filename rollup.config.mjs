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

const minify = ({module = true} = {}) =>
  terser({
    ecma: 2022,
    // A classic script's top-level names are globals: keep them.
    module,
    compress: {passes: 3},
    format: {comments: false},
  });

export default [
  // One file for a script tag: Lit (production build), every element, all data.
  {
    input: 'src/index.ts',
    output: {file: 'dist/embed.js', format: 'es'},
    plugins: [nodeResolve({exportConditions: ['production']}), ts(), minifyTemplates(), minify()],
  },
  // The same for sites that cannot load modules (old CMS templates): a classic
  // script whose one global is the InnateHeal namespace of element classes.
  {
    input: 'src/index.ts',
    output: {file: 'dist/embed.iife.js', format: 'iife', name: 'InnateHeal'},
    plugins: [nodeResolve({exportConditions: ['production']}), ts(), minifyTemplates(), minify({module: false})],
  },
  // For npm users: one module per element with Lit left as an import, so an
  // app that already has Lit loads it once. Shared code lands in chunks/.
  {
    input: {index: 'src/index.ts', react: 'src/react.ts', ...elements},
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [nodeResolve(), ts(), minifyTemplates(), minify()],
  },
];
