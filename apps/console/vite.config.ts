import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API at /console (same origin: no CORS, one CSP).
// `npm run build` writes it to dist/console, where the API looks by default.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [react()],
  // The domain's vocabulary (kinds, channels, severities, field limits, durations) is
  // the one the API validates with: pure TypeScript, bundled, never copied. Modules
  // are imported one by one: the domain's index also reaches server-only code.
  resolve: {
    alias: [
      {
        find: /^@recovery\/domain\/(.*)$/,
        replacement: `${fileURLToPath(new URL('../../libs/domain/src', import.meta.url))}/$1`,
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline code: no asset may be inlined as a data: script.
    assetsInlineLimit: 0,
    // No source maps: served from a public origin they would publish the source
    // (issue 11); the API refuses a *.map request besides (console-files.middleware).
    sourcemap: false,
  },
  server: {
    // `npx vite -c apps/console/vite.config.ts` during development, API on :3000.
    proxy: { '/v1': 'http://127.0.0.1:3000' },
  },
});
