/** The custom-elements manifest (dist/custom-elements.json) comes from the elements' JSDoc. */
export default {
  globs: ['src/context/fav-provider.ts', 'src/context/fav-widget.ts', 'src/widgets/**/*.ts', 'src/ui/fav-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
