import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// With vitest globals off, Testing Library does not clean up on its own (toolchain.md gotcha 8).
afterEach(() => cleanup());
