// `npm run lint` runs this over src/: no import cycles, and imports only in the intended
// direction (README, "How the code is laid out"): commands -> views -> render, everything
// -> catalog -> format, src/fs-safe below them all, search (pure matching) below the views,
// the cache only behind the catalog, the config file read by the program alone
// (cli -> config -> catalog, format), nothing imports commands but the program that wires
// them, and build-time code (scripts/build-data) never at run time.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle means two rooms each need the other: split or move the shared part.', from: {}, to: { circular: true } },
    { name: 'only-the-program-imports-commands', severity: 'error', from: { pathNot: '^src/(cli|commands)/' }, to: { path: '^src/commands/' } },
    { name: 'views-below-commands', severity: 'error', from: { path: '^src/views/' }, to: { path: '^src/(cli|commands|checklist|quiz|pictures|config)/' } },
    { name: 'render-below-commands', severity: 'error', comment: 'Renderers take the view models as they are given; they find and load nothing.', from: { path: '^src/render/' }, to: { path: '^src/(cli|commands|checklist|quiz|pictures|catalog|cache|config)/' } },
    { name: 'catalog-below-commands-views-render', severity: 'error', from: { path: '^src/catalog/' }, to: { path: '^src/(cli|commands|views|render|checklist|quiz|pictures|config)/' } },
    { name: 'format-at-the-bottom', severity: 'error', comment: 'The role-file format is the contract: it knows nothing of how roles are found, cached or shown.', from: { path: '^src/format/' }, to: { path: '^src/(cli|commands|views|checklist|quiz|pictures|catalog|cache|config|search)/' } },
    { name: 'cache-behind-the-catalog', severity: 'error', from: { pathNot: '^src/(catalog|cache)/' }, to: { path: '^src/cache/' } },
    { name: 'cache-knows-only-the-format', severity: 'error', from: { path: '^src/cache/' }, to: { path: '^src/(cli|commands|views|render|checklist|quiz|pictures|catalog|config|search)/' } },
    { name: 'fs-safe-is-a-leaf', severity: 'error', comment: 'Safe file reading serves every room and needs none of them.', from: { path: '^src/fs-safe/' }, to: { path: '^src/', pathNot: '^src/fs-safe/' } },
    { name: 'bundles-is-a-leaf', severity: 'error', comment: 'Loading the bundles beside the main one serves every room (the catalog loads the parser) and needs none of them.', from: { path: '^src/bundles/' }, to: { path: '^src/', pathNot: '^src/bundles/' } },
    { name: 'config-below-the-cli', severity: 'error', comment: 'The settings file is read for the program; it knows nothing of the commands, views or caches.', from: { path: '^src/config/' }, to: { path: '^src/(cli|commands|views|render|cache|quiz|pictures|search)/' } },
    { name: 'search-knows-only-the-format', severity: 'error', comment: 'Matching is pure: it takes roles and knowledge as arguments and finds, loads and shows nothing.', from: { path: '^src/search/' }, to: { path: '^src/(cli|commands|views|render|checklist|quiz|pictures|catalog|cache|config)/' } },
    { name: 'search-below-views', severity: 'error', comment: 'Only the views and the commands of dist/finding.cjs use search, so it stays out of the main bundle.', from: { pathNot: '^src/(search|views|commands)/' }, to: { path: '^src/search/' } },
    { name: 'no-build-code-at-run-time', severity: 'error', from: { path: '^src/' }, to: { path: '^scripts/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
