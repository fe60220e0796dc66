// `cem analyze`: the Custom Elements Manifest, generated from the JSDoc on
// each element class, into dist/custom-elements.json.
export default {
  globs: ['components/*/*.ts', 'src/widget.ts'],
  exclude: ['components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
