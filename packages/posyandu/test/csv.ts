import { readFileSync } from 'node:fs';

/** Reads a small comma-separated file with a header row (quoted fields without embedded commas). */
export function readCsv(url: URL): Record<string, string>[] {
  const lines = readFileSync(url, 'utf8').split(/\r?\n/).filter(Boolean);
  const split = (line: string) => line.split(',').map((cell) => cell.replace(/^"(.*)"$/, '$1'));
  const header = split(lines.shift() ?? '');
  return lines.map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** A CSV cell as a number, or `undefined` when blank. */
export const num = (cell: string | undefined): number | undefined =>
  cell === undefined || cell === '' ? undefined : Number(cell);
