// npm audit of the production dependencies, for CI. Fails on a high or critical advisory.
// When the audit service cannot be reached (no network, a registry without the audit
// endpoint), it says so in a WARNING and passes; with AUDIT_STRICT=1 it fails instead.
// It never hangs: npm is killed after 60 s.
// AUDIT_JSON_FILE=path reads npm's JSON from that file instead of running npm (for testing).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const timeoutMs = 60_000;
const npmArgs = [
  'audit',
  '--omit=dev',
  '--audit-level=high',
  '--json',
  '--fetch-timeout=20000',
  '--fetch-retries=0',
];
const networkCodes = ['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'];

/** Runs npm audit; resolves with its output, or with timedOut after the hard limit. */
function runNpmAudit() {
  return new Promise((resolve) => {
    const child = spawn('npm', npmArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let done = false;
    const finish = (code, error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve({ code, stdout, stderr, timedOut, spawnError: error });
    };
    let giveUp;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
      // If npm does not even die, stop waiting for it.
      giveUp = setTimeout(() => finish(null), 5_000);
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** npm's own line about the failure: the audit warning, else the first real error line. */
function npmErrorLine(stderr, report) {
  const lines = stderr.split('\n').map((l) => l.trim());
  return (
    lines.find((l) => l.startsWith('npm warn audit ')) ??
    lines.find((l) => l.startsWith('npm error ') && !l.includes('complete log of this run')) ??
    (typeof report?.message === 'string' ? report.message : undefined) ??
    lines.findLast((l) => l.length > 0)
  );
}

/**
 * Turns npm audit's output into a verdict. Pure, so it can be tested with any JSON.
 * kind: 'clean' | 'vulnerable' | 'unreachable' (the audit service) | 'failed' (anything else).
 */
export function evaluate({ stdout = '', stderr = '', timedOut = false, spawnError } = {}) {
  if (timedOut) {
    return {
      kind: 'unreachable',
      reason: `npm audit did not finish within ${timeoutMs / 1000} s and was stopped`,
      line: npmErrorLine(stderr),
    };
  }
  if (spawnError) return { kind: 'failed', reason: `npm could not be started: ${spawnError}` };
  const report = parseJson(stdout);
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const n = (k) => Number(counts[k] ?? 0);
    const summary = {
      info: n('info'),
      low: n('low'),
      moderate: n('moderate'),
      high: n('high'),
      critical: n('critical'),
    };
    if (summary.high + summary.critical === 0) return { kind: 'clean', counts: summary };
    const packages = Object.values(report.vulnerabilities ?? {})
      .filter((v) => v.severity === 'high' || v.severity === 'critical')
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1))
      .map((v) => {
        const advisories = (v.via ?? []).filter((x) => typeof x === 'object');
        const through = (v.via ?? []).filter((x) => typeof x === 'string');
        return {
          package: v.name,
          severity: v.severity,
          'vulnerable versions': v.range ?? '',
          direct: v.isDirect ? 'yes' : 'no',
          advisory:
            advisories.map((a) => `${a.title} (${a.url})`).join('; ') ||
            `via ${through.join(', ')}`,
          fix:
            v.fixAvailable === true
              ? 'npm audit fix'
              : v.fixAvailable && typeof v.fixAvailable === 'object'
                ? `${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (major)' : ''}`
                : 'none',
        };
      });
    return { kind: 'vulnerable', counts: summary, packages };
  }
  const line = npmErrorLine(stderr, report);
  const message = typeof report?.message === 'string' ? report.message : '';
  const text = `${message}\n${stderr}`;
  const status = Number(report?.statusCode);
  const code = networkCodes.find((c) => text.includes(c));
  if (code) {
    return { kind: 'unreachable', reason: `the network request failed (${code})`, line };
  }
  if (Number.isInteger(status) && status >= 400) {
    return {
      kind: 'unreachable',
      reason: `the registry answered HTTP ${status} to the audit request`,
      line,
    };
  }
  if (text.includes('audit endpoint returned an error')) {
    return { kind: 'unreachable', reason: 'the audit endpoint returned an error', line };
  }
  return { kind: 'failed', reason: 'npm audit gave no report that could be read', line };
}

/** Prints the verdict and returns the exit code. */
export function report(verdict, { strict = false, log = console.log, error = console.error } = {}) {
  const c = verdict.counts;
  const tally =
    c && `${c.high} high, ${c.critical} critical (${c.low} low, ${c.moderate} moderate)`;
  switch (verdict.kind) {
    case 'clean':
      log(`npm audit: ${tally} in production dependencies`);
      return 0;
    case 'vulnerable':
      log(`npm audit: ${tally} in production dependencies. These must be fixed:`);
      console.table(verdict.packages);
      log('Run `npm audit --omit=dev` for the details.');
      return 1;
    default: {
      const quoted = verdict.line ? ` npm said: "${verdict.line}".` : '';
      const unreachable = verdict.kind === 'unreachable';
      const consequence = !unreachable
        ? 'This does not look like a network problem, so the check fails.'
        : strict
          ? 'AUDIT_STRICT=1 is set, so the check fails.'
          : 'The production dependencies were NOT checked for known vulnerabilities; the check passes anyway. Set AUDIT_STRICT=1 on a machine that can reach the audit service to make this an error.';
      const prefix = unreachable && !strict ? 'WARNING: ' : 'ERROR: ';
      error(`${prefix}npm audit could not run: ${verdict.reason}.${quoted} ${consequence}`);
      return unreachable && !strict ? 0 : 1;
    }
  }
}

async function main() {
  const file = process.env.AUDIT_JSON_FILE;
  const result = file ? { stdout: readFileSync(file, 'utf8') } : await runNpmAudit();
  const code = report(evaluate(result), { strict: process.env.AUDIT_STRICT === '1' });
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
