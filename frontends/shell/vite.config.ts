import { sharedDependencies } from '@careline/frontend-shared/federation';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const port = 5170;

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
    }),
  ],
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { target: 'es2022' },
});
