import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

/**
 * The field app (移动执法), served by the API server at /m/. Build from this folder: `npx vite build`.
 * Dev: `npx vite` proxies /api to a server started with PORT=3300.
 */
export default defineConfig({
  base: '/m/',
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt', not 'autoUpdate': an officer may be half-way through a record when a deploy lands.
      // autoUpdate would activate the new worker and reload the page under their fingers; with
      // 'prompt' the new worker waits and the app shows 有新版本，点击更新 so they choose the moment.
      registerType: 'prompt',
      // Registered from React (src/pwa/UpdatePrompt.tsx) via virtual:pwa-register/react; no inline script (CSP).
      injectRegister: false,
      scope: '/m/',
      base: '/m/',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // public/ files are precached by globPatterns below; don't list the icons a second time.
      includeManifestIcons: false,
      manifest: {
        id: '/m/',
        name: '移动执法',
        short_name: '移动执法',
        description: '应急管理综合行政执法移动端：现场检查、离线办理、联网同步',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0a3a82',
        background_color: '#ffffff',
        categories: ['government', 'productivity'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache the whole app shell: the build is small and every file is needed offline.
        // (manifest.webmanifest is added by the plugin itself.)
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Any navigation inside /m/ (e.g. a reload of /m/mine while offline) gets the cached shell.
        navigateFallback: '/m/index.html',
        navigateFallbackAllowlist: [/^\/m(\/|$)/],
        navigateFallbackDenylist: [/^\/api\//],
        // Never cache API responses: no runtime caching at all. Offline data lives in IndexedDB
        // (src/offline/db.ts), where the app decides what is kept, for whom and for how long.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so it works offline without a
        // second visit. Updates still wait for the officer (no skipWaiting; see registerType).
        clientsClaim: true,
        skipWaiting: false,
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
    // .br/.gz copies of every asset (after the service worker is written), served by Accept-Encoding.
    precompress(),
  ],
  resolve: {
    // antd-mobile sits in the root node_modules next to an older react; one copy only.
    dedupe: ['react', 'react-dom'],
  },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Officers' phones include older Android WebViews.
    target: ['es2020', 'chrome87', 'safari14'],
    // Libraries in their own chunks: they change rarely, so an app update re-downloads only the app's
    // own chunk (precache entries are per URL, and unchanged hashed names are not fetched again).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 2 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
    // The vendor chunk (antd-mobile, dexie) is precached once; the warning's 500 kB is for pages.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5174,
    proxy: { '/api': { target: 'http://127.0.0.1:3300' } },
  },
  preview: {
    port: 4174,
    proxy: { '/api': { target: 'http://127.0.0.1:3300' } },
  },
});
