import { sharedDependencies } from '@careline/frontend-shared/federation';
import { precompress } from '@careline/frontend-shared/precompress';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { treeshake } from './vite.treeshake.js';

const port = 5170;

// The sign-in page's build: the portal's first screen. The signed-in screens are the shell_app
// container (vite.app.config.ts, built into dist/app/ after this one); see docs/frontend-delivery.md.
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      // No remotes here on purpose: their addresses come from /runtime-config.json at run time and are
      // registered with the federation runtime (src/remotes), so a remote redeploys without a shell build.
      remotes: {},
      shared: sharedDependencies,
      dts: false,
      // a busy machine may leave the parser idle for seconds; resolving early would miss shared imports
      moduleParseIdleTimeout: 60,
    }),
    // .br and .gz beside each file, for the static server (scripts/lib/static-server.mjs)
    precompress(),
  ],
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    target: 'es2022',
    // `vite build --watch` (pnpm dev) runs beside the shell_app watcher, which writes into dist/app/
    emptyOutDir: !process.argv.includes('--watch'),
    rolldownOptions: { treeshake },
  },
});
