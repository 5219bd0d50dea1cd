/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import type { contentProblems as ContentProblems } from './src/content/files';

/**
 * Two small scripts run inline, so the first paint waits for no request: preferences.js applies
 * the saved text size, theme and language; start.js loads the app after that paint. The CSP
 * allows exactly these two by their hashes.
 */
/** A script from src/boot, without its comment lines, ready to inline, with its CSP hash. */
function bootScript(name: string): { code: string; hash: string } {
  const code = readFileSync(fileURLToPath(new URL(`src/boot/${name}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}
const preferencesScript = bootScript('preferences.js');
const startScript = bootScript('start.js');

/**
 * The Content-Security-Policy of the built app: nothing may load from another origin,
 * and no inline script runs. Only the build gets it: the dev server injects inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // react-pdf lays out pages with yoga, compiled to WebAssembly: this allows compiling wasm, not JS eval.
  `script-src 'self' 'wasm-unsafe-eval' ${preferencesScript.hash} ${startScript.hash}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // yoga's wasm is inlined as a data: URL and fetched from there; data: never reaches a network.
  "connect-src 'self' data:",
  "worker-src 'self'",
  // No manifest-src: default-src covers the manifest, and WebKit logs an error for every page
  // with a directive it does not know (issue 18).
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

const inlinePreferences: Plugin = {
  name: 'aantafel-inline-preferences',
  transformIndexHtml: () => [{ tag: 'script', children: preferencesScript.code, injectTo: 'head' }],
};

/**
 * Issue 8: the prerendered start page paints before any script is fetched. Vite's entry script
 * and module preloads move into <meta name="aantafel-boot">; src/boot/start.js loads them after
 * the first paint. Without it, Chrome held the first paint until the scripts had arrived.
 */
const bootAfterPaint: Plugin = {
  name: 'aantafel-boot-after-paint',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
      if (!entry?.[1]) throw new Error('index.html has no entry module script');
      const preloads = [
        ...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g),
      ];
      let out = html.replace(entry[0], '');
      for (const [tag] of preloads) out = out.replace(tag, '');
      const files = [entry[1], ...preloads.map(([, href]) => href)].join(' ');
      return out.replace(
        '</head>',
        `<meta name="aantafel-boot" content="${files}">\n<script>${startScript.code}</script>\n</head>`,
      );
    },
  },
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

const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

/** The HTML file of a prerendered page: "/" is index.html, "/a/b" is a/b.html. */
const htmlFileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Prerenders the start page and the information pages (issue 8), so their text paints before
 * any script runs. A small server build renders them in Dutch with the app's own components.
 * The start page goes into index.html; every other page gets its own file (a/b.html, served for
 * /a/b by `vite preview` and by the service worker). <html data-page> names the page: main.tsx
 * hydrates it there, and discards it on every other address (src/boot/preferences.js hides it
 * until then). Each file has the page's own title.
 */
function prerenderPages(): Plugin {
  const pages = new Map<string, { markup: string; title: string }>();
  const root = '<div id="root"></div>';
  return {
    name: 'aantafel-prerender-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        // A new folder per build: Node keeps imported modules, and the page chunks import the
        // entry by its plain name (a query string on the entry would load it twice).
        const outDir = fileURLToPath(
          new URL(`node_modules/.prerender/${Date.now()}`, import.meta.url),
        );
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [react()],
          define,
          resolve: {
            alias: {
              'virtual:pwa-register/react': fileURLToPath(
                new URL('src/prerender/registerSwStub.ts', import.meta.url),
              ),
            },
          },
          build: {
            ssr: fileURLToPath(new URL('src/prerender/renderPages.tsx', import.meta.url)),
            outDir,
            emptyOutDir: true,
            sourcemap: false,
            rollupOptions: { output: { entryFileNames: 'renderPages.mjs' } },
          },
        });
        const module = (await import(pathToFileURL(`${outDir}/renderPages.mjs`).href)) as {
          prerenderedPaths: string[];
          renderPage: (path: string) => Promise<{ markup: string; title: string }>;
        };
        pages.clear();
        for (const path of module.prerenderedPaths) pages.set(path, await module.renderPage(path));
        rmSync(outDir, { recursive: true });
        if (!html.includes(root))
          throw new Error('index.html has no empty #root to prerender into');
        return html.replace(root, '<div id="root"></div><!--aantafel-page-->');
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') throw new Error('No index.html to prerender into');
        const template = String(index.source);
        const marker = `${root}<!--aantafel-page-->`;
        const title = /<title>[^<]*<\/title>/;
        if (!template.includes(marker) || !title.test(template) || !template.includes('<html ')) {
          throw new Error('index.html lost its #root, <title> or <html> on the way');
        }
        for (const [path, page] of pages) {
          const source = template
            .replace('<html ', `<html data-page="${path}" `)
            .replace(title, `<title>${escapeHtml(page.title)}</title>`)
            .replace(marker, `<div id="root">${page.markup}</div>`);
          if (path === '/') index.source = source;
          else this.emitFile({ type: 'asset', fileName: htmlFileOf(path), source });
        }
      },
    },
  };
}

/**
 * Parses every content file against its schema before each build and dev start, and stops with
 * the file and the problem when one does not fit. The app does not parse content at run time
 * (src/content/checked.ts); this check and the content tests are what keep it valid.
 */
const checkContent: Plugin = {
  name: 'aantafel-check-content',
  async buildStart() {
    // Through Vite's module runner: the schemas are TypeScript, and import without extensions.
    const { module } = await runnerImport<{ contentProblems: typeof ContentProblems }>(
      fileURLToPath(new URL('src/content/files.ts', import.meta.url)),
      { configFile: false, logLevel: 'warn' },
    );
    const problems = module.contentProblems(
      (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown,
    );
    if (problems.length > 0) {
      this.error(
        `Content does not fit its schema (src/content/schema.ts):\n${problems.join('\n')}`,
      );
    }
  },
};

// The app never talks to a server: everything it needs is precached by the service worker.
export default defineConfig({
  plugins: [
    react(),
    checkContent,
    inlinePreferences,
    cspMeta,
    preloadFonts,
    prerenderPages(),
    bootAfterPaint,
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
  define,
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
