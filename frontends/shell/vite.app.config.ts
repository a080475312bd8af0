import { sharedDependencies } from '@careline/frontend-shared/federation';
import { precompress } from '@careline/frontend-shared/precompress';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { treeshake } from './vite.treeshake.js';

// The signed-in screens: a federation container of the shell's own, built into dist/app/ and loaded by
// the sign-in page once someone signs in (src/app/load-signed-in-app.ts). A container's shared packages
// (React Router, Apollo Client) load when it starts, so they stay off the first screen
// (docs/frontend-delivery.md).
export default defineConfig({
  // relative base: chunks resolve against dist/app/remoteEntry.js
  base: './',
  plugins: [
    react(),
    federation({
      name: 'shell_app',
      filename: 'remoteEntry.js',
      // the partner docs page rides in this container too: built apart from the sign-in page, it shares
      // no chunk with it, so the first screen carries only the few lines that load it
      exposes: { './SignedInApp': './src/app/signed-in-app.tsx', './PartnerDocsPage': './src/partner-docs/partner-docs-page.tsx' },
      shared: sharedDependencies,
      dts: false,
      // mf-manifest.json names each exposed module's files: the sign-in page preloads them (frontends/shell/src/app/preload-container.ts)
      manifest: true,
      moduleParseIdleTimeout: 60,
    }),
    // .br and .gz beside each file, for the static server (scripts/lib/static-server.mjs)
    precompress(),
  ],
  // the public folder (runtime config, favicon) belongs to the sign-in page's build
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/app',
    // a container has no page of its own: the exposed module is its input
    rolldownOptions: {
      input: { 'signed-in-app': 'src/app/signed-in-app.tsx', 'partner-docs-page': 'src/partner-docs/partner-docs-page.tsx' },
      treeshake,
    },
  },
});
