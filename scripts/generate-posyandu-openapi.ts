// Writes packages/posyandu/docs/openapi.json from the posyandu contract:
// `node scripts/run-source.mjs scripts/generate-posyandu-openapi.ts`. A test keeps it current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { posyanduOpenApi } from '../packages/posyandu/test/openapi.js';

const target = join(import.meta.dirname, '..', 'packages', 'posyandu', 'docs', 'openapi.json');
writeFileSync(target, `${JSON.stringify(posyanduOpenApi(), null, 2)}\n`);
console.log(`wrote ${target}`);
