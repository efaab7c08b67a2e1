// The README's route table is what a regency reads to know who may call what: it must say exactly
// what the mounted modules declare, route by route.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODULES } from '../src/server.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const ROW = /^\| (\w+) \| `([^`]+)` \| `(\w+)` \| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \| ([^|]+) \|$/;
const ALL_ROLES = ['public', 'reporter', 'officer', 'walidata', 'admin'];

const described = (roles: readonly string[]) =>
  ALL_ROLES.every((r) => roles.includes(r))
    ? 'anyone'
    : ALL_ROLES.filter((r) => roles.includes(r)).join(', ');

describe('README', () => {
  it('lists every mounted route with its base path and the roles allowed, and nothing else', () => {
    const documented = README.split('\n')
      .map((line) => ROW.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]} ${m[2]} ${m[4]} ${m[5]} → ${m[6]?.trim()}`);
    const declared = DEFAULT_MODULES.flatMap((module) =>
      Object.entries(module.contract.routes as Record<string, { method: string; path: string }>).map(
        ([operationId, route]) =>
          `${module.name} ${module.basePath} ${route.method} ${route.path} → ${described(
            (module.access as Record<string, readonly string[]>)[operationId] ?? [],
          )}`,
      ),
    );
    expect(documented).toEqual(declared);
  });
});
