#!/usr/bin/env node
// Writes the copy of Clerk's OpenAPI spec that Prism serves in the integration run:
//  - every path gets the `/v1` prefix the SDK sends (the spec keeps it in `servers`), except the routes
//    `@clerk/backend` calls without a version segment (API keys, M2M tokens, OAuth access-token verification);
//  - `nullable: true` on a schema without `type` is removed: Prism 5.14.2 switches body validation off for such
//    schemas, so the keyword would hide invalid requests;
//  - `pattern`, `minLength` and `maxLength` are removed from request parameters and inline request bodies: they
//    constrain the values a caller picks (the conformance vectors use ids such as `user_123`), not the shape of what
//    the SDK sends, and Prism answers 400 to a request that breaks them, so nothing else would be checked.
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

let relaxed = 0;
const VALUE_CONSTRAINTS = ['pattern', 'minLength', 'maxLength'];
const relax = (node) => {
  if (Array.isArray(node)) return node.forEach(relax);
  if (node === null || typeof node !== 'object' || '$ref' in node) return;
  for (const key of VALUE_CONSTRAINTS) if (key in node && typeof node[key] !== 'object') { delete node[key]; relaxed++; }
  Object.values(node).forEach(relax);
};
const resolve = (node) => (node && node.$ref ? node.$ref.split('/').slice(1).reduce((n, k) => n[k], spec) : node);
for (const item of Object.values(spec.paths)) {
  for (const op of Object.values(item)) {
    if (!op || typeof op !== 'object') continue;
    for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])]) relax(resolve(parameter)?.schema);
    for (const media of Object.values(resolve(op.requestBody)?.content ?? {})) relax(media.schema);
  }
}

spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([path, item]) =>
  [UNVERSIONED.some((p) => path === p || path.startsWith(p + '/')) ? path : '/v1' + path, item]));
spec.servers = [{ url: 'http://127.0.0.1' }];
// Answers carry only the properties a schema names: no random extra members where a schema allows any.
spec['x-json-schema-faker'] = { fillProperties: false };
fs.writeFileSync(output, JSON.stringify(spec));
console.log(`${Object.keys(spec.paths).length} paths, ${stripped} untyped nullable keywords and ${relaxed} value constraints of requests removed -> ${output}`);
