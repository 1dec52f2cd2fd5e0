/**
 * The server's layers, checked in CI (`npm run lint:deps`): domain ← gateways ← actions ← index, no import cycles,
 * and the sidebar shares only types with the server.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle hides which module owns a behaviour: move the shared part down a layer.',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain imports nothing from gateways, actions or the public surface.',
      from: { path: '^src/server/domain/' },
      to: { path: '^src/server/(gateways|actions|index\\.ts)' },
    },
    {
      name: 'gateways-below-actions',
      severity: 'error',
      comment: 'Gateways touch Apps Script for the actions; they never call an action.',
      from: { path: '^src/server/gateways/' },
      to: { path: '^src/server/(actions|index\\.ts)' },
    },
    {
      name: 'actions-below-index',
      severity: 'error',
      comment: 'Only the public surface (index.ts) composes the actions into top-level functions.',
      from: { path: '^src/server/actions/' },
      to: { path: '^src/server/index\\.ts' },
    },
    {
      name: 'client-shares-types-only',
      severity: 'error',
      comment: 'The sidebar runs in the browser: it may import only types from the server side.',
      from: { path: '^src/client/' },
      to: { path: '^src/(server|shared)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-not-client',
      severity: 'error',
      from: { path: '^src/(server|shared)/' },
      to: { path: '^src/client/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|out|coverage)/' },
  },
};
