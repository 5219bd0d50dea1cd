import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadUiLanguage } from '../src/i18n/i18n';

// Tests make English pages synchronously; the app loads English when it is chosen.
await loadUiLanguage('en');

// With vitest globals off, Testing Library does not clean up on its own (toolchain.md gotcha 8).
afterEach(() => cleanup());
