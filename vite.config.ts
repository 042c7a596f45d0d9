// Builds the responders' console (console/) into dist/console, which the control plane serves at `/`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('console', import.meta.url)),
  base: '/',
  plugins: [react()],
  // A build is always React's production build, even when run under NODE_ENV=test (a test that builds).
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: fileURLToPath(new URL('dist/console', import.meta.url)),
    emptyOutDir: true,
    // The control plane's CSP allows scripts from its own origin only: no inline module preload helper.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    // Plugin timing notes vary with the machine's load; they are not actionable here.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    // `npx vite` for console work: API calls go to a control plane on its default port.
    proxy: { '/api': 'http://127.0.0.1:9400' },
  },
}));
