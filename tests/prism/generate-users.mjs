#!/usr/bin/env node
// Generates deterministic Clerk Backend API `User` fixtures (the 200 body of
// GET /v1/users/{user_id}) from Clerk's OpenAPI spec, using Prism's dynamic
// mock mode (json-schema-faker) with one fixed seed per fixture.
//
// Usage (from tests/prism, after `npm ci`):
//   node generate-users.mjs [--spec PATH] [--out DIR] [--count N] [--first-seed N]
//
// Relative paths given on the command line are resolved against the current
// directory; the defaults are relative to the repository root:
//   --spec  PATH to bapi/2026-05-12.yml of github.com/clerk/openapi-specs (required)
//           (or the CLERK_OPENAPI_SPEC environment variable)
//   --out   tests/Clerk.Functional.Tests/fixtures/users
//   --count 50, --first-seed 1  -> user-001.json (seed 1) ... user-050.json (seed 50)
//
// Prism is started on 127.0.0.1 on a free port and stopped when done.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..');

// The spec the committed fixtures were generated from (Clerk OpenAPI
// bapi/2026-05-12.yml, MIT, (c) Clerk). A different file gives different output.
const EXPECTED_SPEC_SHA256 = '75df3a43fcb2d9fc4467a23c717714f5228aa3267b0930ba34612728365fd8f2';
const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 180_000;

function parseArgs(argv) {
  const opts = {
    spec: process.env.CLERK_OPENAPI_SPEC ? path.resolve(process.env.CLERK_OPENAPI_SPEC) : null,
    out: path.join(REPO_ROOT, 'tests', 'Clerk.Functional.Tests', 'fixtures', 'users'),
    count: 50,
    firstSeed: 1,
    allowOtherSpec: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    switch (a) {
      case '--spec': opts.spec = path.resolve(next()); break;
      case '--out': opts.out = path.resolve(next()); break;
      case '--count': opts.count = Number.parseInt(next(), 10); break;
      case '--first-seed': opts.firstSeed = Number.parseInt(next(), 10); break;
      case '--allow-other-spec': opts.allowOtherSpec = true; break;
      case '-h':
      case '--help':
        console.log('node generate-users.mjs [--spec PATH] [--out DIR] [--count N] [--first-seed N] [--allow-other-spec]');
        process.exit(0);
        break;
      default: throw new Error(`unknown argument: ${a}`);
    }
  }
  if (!Number.isInteger(opts.count) || opts.count < 1 || opts.count > 999) throw new Error('--count must be 1..999');
  if (!Number.isInteger(opts.firstSeed) || opts.firstSeed < 1) throw new Error('--first-seed must be >= 1');
  return opts;
}

function resolvePrismBin() {
  const require = createRequire(path.join(SCRIPT_DIR, 'package.json'));
  let pkgPath;
  try {
    pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new Error('@stoplight/prism-cli is not installed: run `npm ci` in tests/prism first');
  }
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (pkg.version !== '5.14.2') {
    throw new Error(`expected @stoplight/prism-cli 5.14.2, found ${pkg.version}`);
  }
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.prism;
  return path.join(path.dirname(pkgPath), bin);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function startPrism(prismBin, spec, port) {
  const child = spawn(process.execPath, [prismBin, 'mock', '--dynamic', '-h', HOST, '-p', String(port), spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${STARTUP_TIMEOUT_MS / 1000}s\n${log.slice(-2000)}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk) => {
      log += chunk.toString();
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited early (code ${code}, signal ${signal})\n${log.slice(-2000)}`));
    });
  });
  return { child, ready };
}

function stopPrism(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

async function fetchUser(port, seed) {
  // The spec's paths carry no /v1 prefix (it is in `servers`), so Prism serves
  // /users/{user_id}. `__seed` makes json-schema-faker deterministic per request.
  const url = `http://${HOST}:${port}/users/user_fixture_${seed}?__seed=${seed}`;
  const res = await fetch(url, {
    headers: { Authorization: 'Bearer sk_test_fixture_generator', Accept: 'application/json' },
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`seed ${seed}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  const violations = res.headers.get('sl-violations');
  if (violations) console.warn(`seed ${seed}: Prism reported violations: ${violations}`);
  const body = JSON.parse(text);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error(`seed ${seed}: body is not an object`);
  if (body.object !== 'user') throw new Error(`seed ${seed}: object is ${JSON.stringify(body.object)}, expected "user"`);
  if (typeof body.id !== 'string' || body.id.length === 0) throw new Error(`seed ${seed}: missing id`);
  return body;
}

const NESTED = ['email_addresses', 'phone_numbers', 'web3_wallets', 'passkeys', 'external_accounts',
  'saml_accounts', 'enterprise_accounts', 'organization_memberships'];

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.spec) {
    throw new Error('Pass --spec PATH (or CLERK_OPENAPI_SPEC) to bapi/2026-05-12.yml of github.com/clerk/openapi-specs.');
  }
  const specBytes = fs.readFileSync(opts.spec);
  const sha = createHash('sha256').update(specBytes).digest('hex');
  if (sha !== EXPECTED_SPEC_SHA256) {
    const msg = `spec sha256 ${sha} differs from the expected ${EXPECTED_SPEC_SHA256} (bapi-2026-05-12.yml)`;
    if (!opts.allowOtherSpec) throw new Error(`${msg}; pass --allow-other-spec to generate anyway`);
    console.warn(`warning: ${msg}`);
  }
  const prismBin = resolvePrismBin();
  const port = await freePort();
  console.log(`starting Prism 5.14.2 on ${HOST}:${port} (this takes ~20-30s)`);
  const { child, ready } = startPrism(prismBin, opts.spec, port);
  const cleanup = () => { try { child.kill('SIGTERM'); } catch { /* ignore */ } };
  process.on('SIGINT', () => { cleanup(); process.exit(130); });
  process.on('SIGTERM', () => { cleanup(); process.exit(143); });
  try {
    await ready;
    fs.mkdirSync(opts.out, { recursive: true });
    for (const f of fs.readdirSync(opts.out)) {
      if (/^user-\d{3}\.json$/.test(f)) fs.unlinkSync(path.join(opts.out, f));
    }
    const counts = Object.fromEntries(NESTED.map((k) => [k, 0]));
    for (let i = 0; i < opts.count; i++) {
      const seed = opts.firstSeed + i;
      const body = await fetchUser(port, seed);
      for (const k of NESTED) if (Array.isArray(body[k]) && body[k].length > 0) counts[k]++;
      const file = path.join(opts.out, `user-${String(i + 1).padStart(3, '0')}.json`);
      fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
    }
    console.log(`wrote ${opts.count} fixtures to ${path.relative(process.cwd(), opts.out) || '.'}`);
    console.log('fixtures with a non-empty array:', counts);
  } finally {
    await stopPrism(child);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
