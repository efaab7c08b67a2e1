// Progress on stderr: a bar when stderr is a terminal, a plain count otherwise (logs, CI, pipes).

/** Where progress goes: a writable with an optional `isTTY` (process.stderr). */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined;
  write(text: string): unknown;
}

/** A progress reporter for one file. */
export interface Progress {
  update(rows: number, bytes: number): void;
  done(rows: number): void;
}

const WIDTH = 30;

/**
 * Reports progress through a file of `totalBytes`: on a terminal a bar redrawn at most every
 * `intervalMs`; otherwise a line each time another `countEvery` rows are read.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, fileSize);
 * progress.update(50_000, 5_120_000);
 * progress.done(100_000);
 * ```
 */
export function createProgress(
  stream: ProgressStream,
  totalBytes: number,
  options: { intervalMs?: number; countEvery?: number; now?: () => number } = {},
): Progress {
  const interval = options.intervalMs ?? 100;
  const every = options.countEvery ?? 50_000;
  const now = options.now ?? (() => performance.now());
  let last = Number.NEGATIVE_INFINITY;
  let nextCount = every;
  let drawn = false;
  const bar = (rows: number, bytes: number) => {
    const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const full = Math.round(share * WIDTH);
    stream.write(
      `\r[${'#'.repeat(full)}${'-'.repeat(WIDTH - full)}] ${String(Math.round(share * 100)).padStart(3)}%  ${rows.toLocaleString('id-ID')} baris / rows`,
    );
    drawn = true;
  };
  return {
    update(rows, bytes) {
      if (stream.isTTY) {
        const t = now();
        if (t - last < interval) return;
        last = t;
        bar(rows, bytes);
      } else if (rows >= nextCount) {
        stream.write(`${rows.toLocaleString('id-ID')} baris dibaca / rows read\n`);
        nextCount = (Math.floor(rows / every) + 1) * every;
      }
    },
    done(rows) {
      if (stream.isTTY) {
        bar(rows, totalBytes);
        stream.write('\n');
      } else if (drawn || rows >= every)
        stream.write(`${rows.toLocaleString('id-ID')} baris selesai / rows done\n`);
    },
  };
}
