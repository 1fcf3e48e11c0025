/**
 * The console's build: `vite build --config console/vite.config.mts` (scripts/setup.js runs
 * it when console/ is newer than its output) writes dist/console, which the API serves at
 * /console (src/console/). Hashed file names under assets/, so they can be cached for good.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/console/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // no inline scripts or styles: the CSP allows only the console's own files
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      // TanStack Query marks its hooks "use client" (for React Server Components): meaningless in a browser-only app
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
