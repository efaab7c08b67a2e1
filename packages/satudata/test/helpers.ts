import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a fixture of this package as text. */
export function fixtureText(path: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8');
}

/** Reads and parses a JSON fixture of this package. */
export function fixture<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}
