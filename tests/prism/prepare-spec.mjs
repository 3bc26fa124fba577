#!/usr/bin/env node
// Writes the copy of Clerk's OpenAPI spec that Prism serves in the integration run:
//  - every path gets the `/v1` prefix the SDK sends (the spec keeps it in `servers`), except the routes
//    `@clerk/backend` calls without a version segment (API keys, M2M tokens, OAuth access-token verification);
//  - `nullable: true` on a schema without `type` is removed: Prism 5.14.2 switches body validation off for such
//    schemas, so the keyword would hide invalid requests.
// Usage: node prepare-spec.mjs IN.json OUT.json
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node prepare-spec.mjs IN.json OUT.json');
  process.exit(2);
}
const UNVERSIONED = ['/api_keys', '/m2m_tokens', '/oauth_applications/access_tokens'];
const spec = JSON.parse(fs.readFileSync(input, 'utf8'));

let stripped = 0;
const strip = (node) => {
  if (Array.isArray(node)) return node.forEach(strip);
  if (node === null || typeof node !== 'object') return;
  if (node.nullable === true && !('type' in node)) {
    delete node.nullable;
    stripped++;
  }
  Object.values(node).forEach(strip);
};
strip(spec);

spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([path, item]) =>
  [UNVERSIONED.some((p) => path === p || path.startsWith(p + '/')) ? path : '/v1' + path, item]));
spec.servers = [{ url: 'http://127.0.0.1' }];
fs.writeFileSync(output, JSON.stringify(spec));
console.log(`${Object.keys(spec.paths).length} paths, ${stripped} untyped nullable keywords removed -> ${output}`);
