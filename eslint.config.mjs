// ESLint: TypeScript rules, Lit's template rules and web-component rules, over
// our source, tests and scripts (run by .ci/run as `npm run lint`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // docs/: the guides and generated pages; its scripts (the builder's) are ours.
  {ignores: ['dist/', 'node_modules/', 'docs/*.html', 'docs/*.md', 'docs/*.css', 'docs/images/', 'bench/results.md']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {globals: globals.browser},
    rules: {
      // Unused arguments named with a leading underscore are deliberate (an override's signature).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['scripts/**', 'bench/*.mjs', '*.config.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['test/partner/*.js'],
    languageOptions: {globals: {probe: 'writable'}},
  }
);
