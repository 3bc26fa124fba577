// Drives Clerk.Emulator with Clerk's own JavaScript Backend SDK (@clerk/backend 3.25.0), twice: directly, and through
// Prism 5.14.2 as a validating proxy in front of the emulator, so every answer is checked against Clerk's OpenAPI
// specification. In the proxied run any response violation fails, and every route the emulator serves must be hit.
//
//   node tests/emulator-js/check.mjs --emulator src/Clerk.Emulator/bin/Release/net10.0/Clerk.Emulator.dll \
//     --prism tests/prism/node_modules/.bin/prism --spec .ci/out/prism-spec.json
//
// --spec is the copy of the specification Prism serves (tests/prism/prepare-spec.mjs writes it). Ends with
// "N passed, N failed"; exits non-zero when anything failed.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { parseArgs } from 'node:util';
import assert from 'node:assert/strict';

const { values: args } = parseArgs({
  options: { emulator: { type: 'string' }, prism: { type: 'string' }, spec: { type: 'string' } },
});
if (!args.emulator || !args.prism || !args.spec) {
  console.error('usage: check.mjs --emulator Clerk.Emulator.dll --prism PRISM_BIN --spec PRISM_SPEC.json');
  process.exit(2);
}

// Every request the SDK sends, with Prism's verdict on the answer. @clerk/backend binds fetch when it is imported,
// so the recorder goes in first.
const exchanges = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const response = await realFetch(input, init);
  exchanges.push({
    method: method.toUpperCase(),
    path: url.pathname,
    paginated: url.searchParams.get('paginated') === 'true',
    status: response.status,
    violations: JSON.parse(response.headers.get('sl-violations') ?? '[]'),
  });
  return response;
};
const { createClerkClient, verifyToken } = await import('@clerk/backend');

let passed = 0;
let failed = 0;
const pass = name => { console.log(`PASS ${name}`); passed++; };
const fail = (name, why) => { console.log(`FAIL ${name}: ${why}`); failed++; };
async function check(name, body) {
  try {
    await body();
    pass(name);
  } catch (e) {
    fail(name, e?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e));
  }
}

// The Clerk error a call must fail with: status and the first error's code.
async function clerkError(call, status, code) {
  try {
    await call();
  } catch (e) {
    assert.equal(e.status, status, `status ${e.status}, expected ${status}: ${e.message}`);
    assert.equal(e.errors?.[0]?.code, code, `code ${e.errors?.[0]?.code}, expected ${code}`);
    return e;
  }
  assert.fail(`expected a ${status} ${code}, the call succeeded`);
}

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
  server.on('error', reject);
});

const children = [];
process.on('exit', () => children.forEach(child => child.kill('SIGKILL')));

// Starts a process and resolves once a line of its output matches `ready` (with the match), or rejects on timeout.
function start(command, commandArgs, ready, timeoutMs) {
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = chunk => {
      output += chunk;
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`${command} exited (${code}):\n${output}`)); });
  });
}

async function startEmulator() {
  const secretKey = `sk_test_js${randomBytes(12).toString('hex')}`;
  const port = await freePort();
  const { child, match } = await start('dotnet', [args.emulator, '--port', String(port), '--secret-key', secretKey],
    /^Clerk emulator on (http:\/\/127\.0\.0\.1:\d+) secret_key=(\S+) publishable_key=(pk_test_\S+)$/m, 60_000);
  assert.equal(match[2], secretKey);
  return { child, url: match[1], secretKey, publishableKey: match[3] };
}

// Prism cannot apply `nullable: true` beside `oneOf` (a null matches no branch), so a nullable `verification: null`
// would count as a violation. The copy it validates with spells the null out as one more branch (and drops the
// discriminator, a hint with the same meaning as the oneOf).
function nullableAlternatives(node) {
  if (Array.isArray(node)) return node.map(nullableAlternatives);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableAlternatives(value)]));
  if (copy.nullable === true && Array.isArray(copy.oneOf)) {
    copy.oneOf = [...copy.oneOf, { type: 'object', nullable: true, enum: [null] }];
    delete copy.discriminator;
  }
  return copy;
}

async function startPrismProxy(upstream) {
  const port = await freePort();
  const spec = join(mkdtempSync(join(tmpdir(), 'emulator-js-')), 'spec.json');
  writeFileSync(spec, JSON.stringify(nullableAlternatives(JSON.parse(readFileSync(args.spec, 'utf8')))));
  const { child } = await start(args.prism, ['proxy', '-h', '127.0.0.1', '-p', String(port), spec, upstream],
    /Prism is listening on/, 120_000);
  return { child, url: `http://127.0.0.1:${port}` };
}

// The same walk through every served route, as a user of @clerk/backend writes it. `apiUrl` is the emulator or Prism.
async function scenario(mode, emulator, apiUrl) {
  const { secretKey, publishableKey } = emulator;
  const clerk = createClerkClient({ secretKey, publishableKey, apiUrl, telemetry: { disabled: true } });
  const c = (name, body) => check(`${mode}.${name}`, body);
  const state = {};

  await c('jwks', async () => {
    const jwks = await clerk.jwks.getJwks();
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0].kty, 'RSA');
  });

  await c('users.create', async () => {
    state.ada = await clerk.users.createUser({
      emailAddress: ['ada@example.com'], username: 'ada_lovelace', firstName: 'Ada', lastName: 'Lovelace',
      password: 'correct horse battery staple', externalId: 'ext-ada', publicMetadata: { plan: 'pro' },
    });
    state.grace = await clerk.users.createUser({ emailAddress: ['grace@example.com'], username: 'grace_hopper', firstName: 'Grace' });
    state.alan = await clerk.users.createUser({ phoneNumber: ['+15555550100'], username: 'alan_turing' });
    assert.match(state.ada.id, /^user_/);
    assert.equal(state.ada.emailAddresses[0].emailAddress, 'ada@example.com');
    assert.equal(state.ada.primaryEmailAddressId, state.ada.emailAddresses[0].id);
    assert.equal(state.ada.externalId, 'ext-ada');
    assert.equal(state.ada.passwordEnabled, true);
    assert.deepEqual(state.ada.publicMetadata, { plan: 'pro' });
    assert.equal(state.alan.phoneNumbers[0].phoneNumber, '+15555550100');
  });

  await c('users.get', async () => {
    const user = await clerk.users.getUser(state.ada.id);
    assert.equal(user.username, 'ada_lovelace');
    assert.equal(user.firstName, 'Ada');
  });

  await c('users.list', async () => {
    const page1 = await clerk.users.getUserList({ limit: 2, orderBy: '+username' });
    assert.equal(page1.totalCount, 3);
    assert.deepEqual(page1.data.map(u => u.username), ['ada_lovelace', 'alan_turing']);
    const page2 = await clerk.users.getUserList({ limit: 2, offset: 2, orderBy: '+username' });
    assert.deepEqual(page2.data.map(u => u.username), ['grace_hopper']);
    const byEmail = await clerk.users.getUserList({ emailAddress: ['grace@example.com'] });
    assert.deepEqual(byEmail.data.map(u => u.id), [state.grace.id]);
    const byQuery = await clerk.users.getUserList({ query: 'turing' });
    assert.deepEqual(byQuery.data.map(u => u.id), [state.alan.id]);
  });

  await c('users.count', async () => {
    assert.equal(await clerk.users.getCount(), 3);
    assert.equal(await clerk.users.getCount({ query: 'hopper' }), 1);
  });

  await c('users.update', async () => {
    const user = await clerk.users.updateUser(state.grace.id, { lastName: 'Hopper' });
    assert.equal(user.lastName, 'Hopper');
    assert.equal(user.firstName, 'Grace');
  });

  await c('users.metadata', async () => {
    const merged = await clerk.users.updateUserMetadata(state.ada.id, { publicMetadata: { plan: null, seats: 3 }, privateMetadata: { note: 'x' } });
    assert.deepEqual(merged.publicMetadata, { seats: 3 });
    assert.deepEqual(merged.privateMetadata, { note: 'x' });
    const replaced = await clerk.users.replaceUserMetadata(state.ada.id, { publicMetadata: { tier: 'gold' } });
    assert.deepEqual(replaced.publicMetadata, { tier: 'gold' });
    assert.deepEqual(replaced.privateMetadata, { note: 'x' });
  });

  await c('users.ban-lock', async () => {
    assert.equal((await clerk.users.banUser(state.alan.id)).banned, true);
    assert.equal((await clerk.users.unbanUser(state.alan.id)).banned, false);
    assert.equal((await clerk.users.lockUser(state.alan.id)).locked, true);
    assert.equal((await clerk.users.unlockUser(state.alan.id)).locked, false);
  });

  await c('errors.identifier-exists', () =>
    clerkError(() => clerk.users.createUser({ emailAddress: ['ada@example.com'] }), 422, 'form_identifier_exists'));
  await c('errors.param-missing', () => clerkError(() => clerk.users.createUser({}), 422, 'form_param_missing'));
  await c('errors.param-format', () =>
    clerkError(() => clerk.users.createUser({ emailAddress: ['not-an-email'] }), 422, 'form_param_format_invalid'));
  await c('errors.not-found', async () => {
    const e = await clerkError(() => clerk.users.getUser('user_missing'), 404, 'resource_not_found');
    assert.ok(e.errors[0].message);
  });
  await c('errors.wrong-key', async () => {
    const wrongKey = `${secretKey}x`;
    const wrong = createClerkClient({ secretKey: wrongKey, apiUrl, telemetry: { disabled: true } });
    const e = await clerkError(() => wrong.users.getUserList(), 401, 'authentication_invalid');
    const everything = JSON.stringify({ message: e.message, errors: e.errors, stack: e.stack });
    assert.ok(!everything.includes(secretKey), 'the secret key is echoed in the error');
  });

  await c('email-addresses', async () => {
    const added = await clerk.emailAddresses.createEmailAddress({ userId: state.grace.id, emailAddress: 'amazing.grace@example.com', verified: true });
    assert.match(added.id, /^idn_/);
    assert.equal((await clerk.emailAddresses.getEmailAddress(added.id)).emailAddress, 'amazing.grace@example.com');
    await clerk.emailAddresses.updateEmailAddress(added.id, { primary: true });
    assert.equal((await clerk.users.getUser(state.grace.id)).primaryEmailAddressId, added.id);
    const deleted = await clerk.emailAddresses.deleteEmailAddress(added.id);
    assert.equal(deleted.deleted, true);
    await clerkError(() => clerk.emailAddresses.getEmailAddress(added.id), 404, 'resource_not_found');
  });

  await c('phone-numbers', async () => {
    const added = await clerk.phoneNumbers.createPhoneNumber({ userId: state.ada.id, phoneNumber: '+15555550101' });
    assert.equal((await clerk.phoneNumbers.getPhoneNumber(added.id)).phoneNumber, '+15555550101');
    const updated = await clerk.phoneNumbers.updatePhoneNumber(added.id, { verified: true });
    assert.equal(updated.verification?.status, 'verified');
    assert.equal((await clerk.phoneNumbers.deletePhoneNumber(added.id)).deleted, true);
  });

  await c('organizations', async () => {
    const org = await clerk.organizations.createOrganization({ name: 'Analytical Engines', slug: 'analytical-engines', createdBy: state.ada.id });
    state.org = org;
    assert.match(org.id, /^org_/);
    assert.equal((await clerk.organizations.getOrganization({ organizationId: org.id })).name, 'Analytical Engines');
    assert.equal((await clerk.organizations.getOrganization({ slug: 'analytical-engines' })).id, org.id);
    const list = await clerk.organizations.getOrganizationList({ query: 'engines' });
    assert.equal(list.totalCount, 1);
    assert.equal((await clerk.organizations.updateOrganization(org.id, { maxAllowedMemberships: 10 })).maxAllowedMemberships, 10);
    const merged = await clerk.organizations.updateOrganizationMetadata(org.id, { publicMetadata: { region: 'eu', x: 1 } });
    assert.deepEqual(merged.publicMetadata, { region: 'eu', x: 1 });
    const replaced = await clerk.organizations.replaceOrganizationMetadata(org.id, { publicMetadata: { region: 'us' } });
    assert.deepEqual(replaced.publicMetadata, { region: 'us' });
  });

  await c('organizations.memberships', async () => {
    const organizationId = state.org.id;
    const creator = await clerk.users.getOrganizationMembershipList({ userId: state.ada.id });
    assert.deepEqual(creator.data.map(m => [m.organization.id, m.role]), [[organizationId, 'org:admin']]);
    const grace = await clerk.organizations.createOrganizationMembership({ organizationId, userId: state.grace.id, role: 'org:member' });
    assert.equal(grace.publicUserData.userId, state.grace.id);
    await clerk.organizations.createOrganizationMembership({ organizationId, userId: state.alan.id, role: 'org:member' });
    const members = await clerk.organizations.getOrganizationMembershipList({ organizationId, limit: 10 });
    assert.equal(members.totalCount, 3);
    const promoted = await clerk.organizations.updateOrganizationMembership({ organizationId, userId: state.grace.id, role: 'org:admin' });
    assert.equal(promoted.role, 'org:admin');
    const tagged = await clerk.organizations.updateOrganizationMembershipMetadata({ organizationId, userId: state.grace.id, publicMetadata: { team: 'compilers' } });
    assert.deepEqual(tagged.publicMetadata, { team: 'compilers' });
    await clerk.organizations.deleteOrganizationMembership({ organizationId, userId: state.alan.id });
    assert.equal((await clerk.organizations.getOrganizationMembershipList({ organizationId })).totalCount, 2);
    await clerkError(() => clerk.organizations.createOrganizationMembership({ organizationId, userId: state.grace.id, role: 'org:member' }),
      422, 'already_a_member_in_organization');
  });

  await c('organizations.invitations', async () => {
    const organizationId = state.org.id;
    const invitation = await clerk.organizations.createOrganizationInvitation({ organizationId, emailAddress: 'charles@example.com', role: 'org:member', inviterUserId: state.ada.id });
    assert.equal(invitation.status, 'pending');
    assert.equal((await clerk.organizations.getOrganizationInvitation({ organizationId, invitationId: invitation.id })).emailAddress, 'charles@example.com');
    const pending = await clerk.organizations.getOrganizationInvitationList({ organizationId, status: ['pending'] });
    assert.deepEqual(pending.data.map(i => i.id), [invitation.id]);
    const revoked = await clerk.organizations.revokeOrganizationInvitation({ organizationId, invitationId: invitation.id, requestingUserId: state.ada.id });
    assert.equal(revoked.status, 'revoked');
  });

  await c('invitations', async () => {
    const invitation = await clerk.invitations.createInvitation({ emailAddress: 'ida@example.com', publicMetadata: { from: 'js' } });
    assert.equal(invitation.status, 'pending');
    const list = await clerk.invitations.getInvitationList();
    assert.ok(list.data.some(i => i.id === invitation.id));
    assert.equal((await clerk.invitations.revokeInvitation(invitation.id)).status, 'revoked');
  });

  await c('allowlist-blocklist', async () => {
    const allowed = await clerk.allowlistIdentifiers.createAllowlistIdentifier({ identifier: '@example.com', notify: false });
    assert.ok((await clerk.allowlistIdentifiers.getAllowlistIdentifierList()).data.some(i => i.id === allowed.id));
    assert.equal((await clerk.allowlistIdentifiers.deleteAllowlistIdentifier(allowed.id)).deleted, true);
    const blocked = await clerk.blocklistIdentifiers.createBlocklistIdentifier({ identifier: 'spam@example.com' });
    assert.ok((await clerk.blocklistIdentifiers.getBlocklistIdentifierList()).data.some(i => i.id === blocked.id));
    assert.equal((await clerk.blocklistIdentifiers.deleteBlocklistIdentifier(blocked.id)).deleted, true);
  });

  await c('sessions.create', async () => {
    const session = await clerk.sessions.createSession({ userId: state.ada.id });
    state.session = session;
    assert.match(session.id, /^sess_/);
    assert.equal(session.status, 'active');
    assert.equal((await clerk.sessions.getSession(session.id)).userId, state.ada.id);
    const list = await clerk.sessions.getSessionList({ userId: state.ada.id });
    assert.deepEqual(list.data.map(s => s.id), [session.id]);
  });

  await c('sessions.token', async () => {
    const { jwt } = await clerk.sessions.getToken(state.session.id);
    state.jwt = jwt;
    assert.equal(jwt.split('.').length, 3);
    await clerkError(() => clerk.sessions.getToken(state.session.id, 'no-such-template'), 404, 'resource_not_found');
  });

  await c('verifyToken', async () => {
    const claims = await verifyToken(state.jwt, { secretKey, apiUrl });
    assert.equal(claims.sub, state.ada.id);
    assert.equal(claims.sid, state.session.id);
    assert.equal(claims.v, 2);
  });

  await c('authenticateRequest', async () => {
    const request = new Request('http://localhost:3000/dashboard', { headers: { Authorization: `Bearer ${state.jwt}` } });
    const requestState = await clerk.authenticateRequest(request, { publishableKey, secretKey });
    assert.equal(requestState.status, 'signed-in', `${requestState.status} ${requestState.reason} ${requestState.message}`);
    assert.equal(requestState.isAuthenticated, true);
    const auth = requestState.toAuth();
    assert.equal(auth.userId, state.ada.id);
    assert.equal(auth.sessionId, state.session.id);
  });

  await c('sessions.revoke', async () => {
    assert.equal((await clerk.sessions.revokeSession(state.session.id)).status, 'revoked');
    await clerkError(() => clerk.sessions.getToken(state.session.id), 422, 'session_not_active');
  });

  // @clerk/backend asks these lists for a page (paginated=true), an answer the specification does not describe (it
  // has only the plain array); asked without it, the emulator's arrays are checked against the schema as well.
  await c('lists.unpaginated', async () => {
    const get = async path => {
      const response = await fetch(`${apiUrl}/v1${path}`, { headers: { Authorization: `Bearer ${secretKey}` } });
      assert.equal(response.status, 200, `${path}: ${response.status}`);
      const body = await response.json();
      assert.ok(Array.isArray(body) && body.length > 0, `${path}: ${JSON.stringify(body).slice(0, 200)}`);
    };
    await get('/invitations');
    await clerk.allowlistIdentifiers.createAllowlistIdentifier({ identifier: 'ada@example.com', notify: false });
    await get('/allowlist_identifiers');
    await get(`/sessions?user_id=${state.ada.id}`);
  });

  await c('deletes', async () => {
    assert.equal((await clerk.organizations.deleteOrganization(state.org.id)).deleted, true);
    assert.equal((await clerk.users.deleteUser(state.alan.id)).deleted, true);
    assert.equal(await clerk.users.getCount(), 2);
  });

  // Only direct: the specification has no 501 answer, so Prism would count it against the emulator.
  if (mode === 'direct') {
    await c('errors.unserved-route', async () => {
      const e = await clerkError(() => clerk.domains.list(), 501, 'emulator_route_not_implemented');
      assert.match(e.errors[0].message, /GET \/v1\/domains/);
    });
  }
}

// The route template a request path belongs to: the one matching with the most literal segments.
function routeOf(routes, method, path) {
  const candidates = routes
    .filter(r => r.method === method && r.pattern.test(path))
    .sort((a, b) => b.literals - a.literals);
  return candidates[0]?.name;
}

function servedRoutes() {
  return execFileSync('dotnet', [args.emulator, '--list-routes'], { encoding: 'utf8' })
    .trim().split('\n').map(line => {
      const [method, template] = line.split(' ');
      const segments = template.split('/');
      const pattern = new RegExp(`^${segments.map(s => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`);
      return { name: line, method, pattern, literals: segments.filter(s => !s.startsWith('{')).length };
    });
}

async function run(mode) {
  const emulator = await startEmulator();
  try {
    if (mode === 'direct') return await scenario(mode, emulator, emulator.url);
    const prism = await startPrismProxy(emulator.url);
    try {
      const first = exchanges.length;
      await scenario(mode, emulator, prism.url);
      const proxied = exchanges.slice(first);
      const describe = (x, v) => `${x.method} ${x.path} ${x.status}: ${v.severity} ${v.code} ${v.location.join('.')} ${v.message}`;
      const pageForArray = (x, v) => x.paginated && v.code === 'type' && v.location.join('.') === 'response.body';
      const responseViolations = proxied.flatMap(x => x.violations.filter(v => v.location?.[0] === 'response').map(v => ({ x, v })));
      // Errors fail; warnings (an answer's status the document does not list, e.g. 401 on /users/count) are shown.
      const violations = responseViolations.filter(({ x, v }) => v.severity === 'Error' && !pageForArray(x, v)).map(({ x, v }) => describe(x, v));
      for (const { x, v } of responseViolations.filter(({ x, v }) => v.severity !== 'Error' || pageForArray(x, v))) {
        console.log(`NOTE ${describe(x, v)}${pageForArray(x, v) ? ' (paginated=true: a page, which the specification does not describe)' : ''}`);
      }
      if (violations.length === 0) pass(`${mode}.responses-valid (${proxied.length} answers)`);
      else fail(`${mode}.responses-valid`, `${violations.length} violations:\n  ${violations.join('\n  ')}`);
      const requestViolations = proxied.flatMap(x => x.violations.filter(v => v.location?.[0] === 'request')
        .map(v => `${x.method} ${x.path}: ${v.message}`));
      for (const line of new Set(requestViolations)) console.log(`NOTE request as @clerk/backend sends it, refused by the spec: ${line}`);
      const routes = servedRoutes();
      const hit = new Set(proxied.map(x => routeOf(routes, x.method, x.path)));
      const missed = routes.map(r => r.name).filter(name => !hit.has(name));
      if (missed.length === 0) pass(`${mode}.every-route (${routes.length} routes)`);
      else fail(`${mode}.every-route`, `not exercised: ${missed.join(', ')}`);
    } finally {
      prism.child.kill('SIGTERM');
    }
  } finally {
    emulator.child.kill('SIGTERM');
  }
}

for (const mode of ['direct', 'prism']) {
  try {
    await run(mode);
  } catch (e) {
    fail(`${mode}.start`, e.message);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
