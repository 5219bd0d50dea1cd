/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

/**
 * The Content-Security-Policy of the built app: nothing may load from another origin,
 * and no inline script runs. Only the build gets it: the dev server injects inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // react-pdf lays out pages with yoga, compiled to WebAssembly: this allows compiling wasm, not JS eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // yoga's wasm is inlined as a data: URL and fetched from there; data: never reaches a network.
  "connect-src 'self' data:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The same policy as a response header, for `vite preview` (and as the model for any host).
 * frame-ancestors only works in a header: in the meta tag browsers ignore it with a warning.
 */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;

const cspMeta: Plugin = {
  name: 'aantafel-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
};

/** True when a @font-face's unicode-range (or its absence: every character) includes "A". */
const coversBasicLatin = (face: string): boolean => {
  const range = /unicode-range:([^;}]+)/.exec(face)?.[1];
  if (!range) return true;
  return range.split(',').some((part) => {
    // "U+0000-00FF", "U+41", or the wildcard form the CSS minifier writes: "U+??" is 0–FF.
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    const low = parseInt(from.replaceAll('?', '0'), 16);
    const high = parseInt(to.replaceAll('?', 'F'), 16);
    return low <= 0x41 && 0x41 <= high;
  });
};

/**
 * Preloads the web fonts of the first paint (issue 8): the woff2 files of every @font-face in
 * the start CSS that covers basic Latin. Without it the fonts are found only once the CSS is
 * parsed, text is drawn first in a fallback font, and moves when the font arrives (Lighthouse:
 * layout shift, cause "Web font loaded").
 */
const preloadFonts: Plugin = {
  name: 'aantafel-preload-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)];
      const fonts = new Set<string>();
      for (const [, fileName] of sheets) {
        const asset = fileName ? ctx.bundle?.[fileName] : undefined;
        if (asset?.type !== 'asset') continue;
        for (const [face] of String(asset.source).matchAll(/@font-face\s*{[^}]*}/g)) {
          const woff2 = /url\(["']?([^)"']+\.woff2)["']?\)/.exec(face)?.[1];
          if (woff2 && coversBasicLatin(face)) fonts.add(woff2);
        }
      }
      return [...fonts].map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href, crossorigin: true },
        injectTo: 'head' as const,
      }));
    },
  },
};

// The app never talks to a server: everything it needs is precached by the service worker.
export default defineConfig({
  plugins: [
    react(),
    cspMeta,
    preloadFonts,
    VitePWA({
      registerType: 'prompt', // architecture rule 13: a new version waits until the user agrees
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Aan tafel: bereid je keukentafelgesprek voor',
        short_name: 'Aan tafel',
        description: 'Bereid je Wmo-keukentafelgesprek voor. Je gegevens blijven op dit apparaat.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5563',
        background_color: '#fbf8f3',
        categories: ['health', 'lifestyle', 'productivity'],
        screenshots: [
          {
            src: 'screenshots/start-narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'De startpagina van Aan tafel',
          },
          {
            src: 'screenshots/start-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'De startpagina van Aan tafel',
          },
        ],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,woff,woff2,webmanifest}'],
        globIgnores: ['screenshots/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { sourcemap: true, target: 'es2022' },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': contentSecurityPolicyHeader,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
