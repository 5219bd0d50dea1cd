import { defineConfig, devices } from '@playwright/test';
import { browserArgs, browserPath } from '../browser-path.mjs';

// Benchmarks, not tests: `npm run bench` runs these after a build and prints the figures
// (scripts/bench/report.mjs). Not part of `npm test`: the e2e config only looks in e2e/.
// BENCH_PORT and BENCH_OUTDIR choose the port and the build to serve.
const port = Number(process.env.BENCH_PORT ?? 4176);
const outDir = process.env.BENCH_OUTDIR ?? 'bench/dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 300_000,
  workers: 1,
  reporter: 'list',
  use: { baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: browserPath(),
          args: browserArgs,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir "${outDir}"`,
    cwd: '../..',
    url: baseURL,
    reuseExistingServer: false,
  },
});
