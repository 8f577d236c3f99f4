import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress.mjs';

const apiTarget = process.env.ZHIFA_API_URL ?? 'http://127.0.0.1:3200';

// The PC portal. `vite` serves it on :5173 and proxies /api to a dev server
// (`DATA_DIR=/tmp/zf-web PORT=3200 npx tsx apps/api/src/main.ts`); `vite build` writes dist/,
// which the API serves at `/` with an SPA fallback.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // precompress: .br/.gz copies of every asset, served by Accept-Encoding (platform/http/static-assets.ts).
  plugins: [react(), precompress()],
  resolve: {
    // The workspace root holds React 18 for the field app's antd-mobile; the portal must use
    // exactly one React (its own 19), also from antd and react-query installed at the root.
    dedupe: ['react', 'react-dom'],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
