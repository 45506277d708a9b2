// `npm run lint` runs this over src/: no import cycles, and imports only in the intended
// direction (README, "How the code is laid out"): commands -> views -> render, everything
    { name: 'views-below-commands', severity: 'error', from: { path: '^src/views/' }, to: { path: '^src/(cli|commands|checklist|quiz|config)/' } },
    { name: 'render-below-commands', severity: 'error', comment: 'Renderers take the view models as they are given; they find and load nothing.', from: { path: '^src/render/' }, to: { path: '^src/(cli|commands|checklist|quiz|catalog|cache|config)/' } },
    { name: 'catalog-below-commands-views-render', severity: 'error', from: { path: '^src/catalog/' }, to: { path: '^src/(cli|commands|views|render|checklist|quiz|config)/' } },
    { name: 'format-at-the-bottom', severity: 'error', comment: 'The role-file format is the contract: it knows nothing of how roles are found, cached or shown.', from: { path: '^src/format/' }, to: { path: '^src/(cli|commands|views|checklist|quiz|catalog|cache|config)/' } },
    { name: 'cache-behind-the-catalog', severity: 'error', from: { pathNot: '^src/(catalog|cache)/' }, to: { path: '^src/cache/' } },
    { name: 'cache-knows-only-the-format', severity: 'error', from: { path: '^src/cache/' }, to: { path: '^src/(cli|commands|views|render|checklist|quiz|catalog|config)/' } },
    { name: 'fs-safe-is-a-leaf', severity: 'error', comment: 'Safe file reading serves every room and needs none of them.', from: { path: '^src/fs-safe/' }, to: { path: '^src/', pathNot: '^src/fs-safe/' } },
    { name: 'config-below-the-cli', severity: 'error', comment: 'The settings file is read for the program; it knows nothing of the commands, views or caches.', from: { path: '^src/config/' }, to: { path: '^src/(cli|commands|views|render|cache|quiz)/' } },
    { name: 'no-build-code-at-run-time', severity: 'error', from: { path: '^src/' }, to: { path: '^scripts/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
