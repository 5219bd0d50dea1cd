import { createRequire } from 'node:module';

// In Node the fonts are read from the file system instead of URLs (toolchain.md gotcha 10).
const require = createRequire(import.meta.url);
const file = (name: string) =>
  require.resolve(
    `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-${name}-normal.woff`,
  );

export const fontFiles = {
  latin400: file('latin-400'),
  latin700: file('latin-700'),
  ext400: file('latin-ext-400'),
  ext700: file('latin-ext-700'),
};
