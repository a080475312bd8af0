import { sharedDependencies } from '@careline/frontend-shared/federation';
import { precompress } from '@careline/frontend-shared/precompress';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = 5172;

export default defineConfig({
  // relative base: chunks and preloads resolve against remoteEntry.js, wherever the remote is deployed
  base: './',
  plugins: [
    react(),
    federation({
      name: 'members',
      filename: 'remoteEntry.js',
      // remotes expose only src/exposed/*; everything else is private to the remote
      exposes: { './MembersApp': './src/exposed/MembersApp.tsx' },
      shared: sharedDependencies,
      dts: false,
      // mf-manifest.json names each exposed module's files: the sign-in page preloads them (frontends/shell/src/app/preload-container.ts)
      manifest: true,
      // a busy machine may leave the parser idle for seconds; resolving early would miss shared imports
      moduleParseIdleTimeout: 60,
    }),
    // .br and .gz beside each file, for the static server (scripts/lib/static-server.mjs)
    precompress(),
  ],
  // fixed host and port: the shell's runtime config names this address
  server: { host: '127.0.0.1', port, strictPort: true, origin: `http://127.0.0.1:${port}` },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { target: 'es2022' },
});
