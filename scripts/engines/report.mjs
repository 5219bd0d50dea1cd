// A reporter for node's test runner: writes {engine, passed, failed, failures, seconds} as JSON,
// which scripts/test-all.mjs adds into its closing line. Use with --test-reporter-destination.
export default async function* report(source) {
  const started = Date.now();
  const result = {
    engine: process.env.ENGINE ?? null,
    passed: 0,
    failed: 0,
    skipped: 0,
    failures: [],
  };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, details, skip, todo } = event.data;
    if (details?.type === 'suite') {
      // A suite fails on its own when its before() or after() did: the engine did not start
      // (then every journey was cancelled and counts already) or did not close.
      if (event.type === 'test:fail' && details.error?.failureType === 'hookFailed') {
        if (result.failed === 0) result.failed = 1;
        const error = details.error.cause ?? details.error;
        result.failures.unshift(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
      }
      continue;
    }
    if (skip || todo) result.skipped += 1;
    else if (event.type === 'test:pass') result.passed += 1;
    else {
      result.failed += 1;
      const error = details?.error?.cause ?? details?.error;
      result.failures.push(`${name}: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  }
  result.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  yield `${JSON.stringify(result, null, 2)}\n`;
}
