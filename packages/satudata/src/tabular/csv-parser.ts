/**
 * A streaming RFC 4180 CSV record parser: feed it text chunks, it calls back once per record.
 * Memory is bounded by the longest record, not the file. Records end at `\n` or `\r\n`; quoted
 * fields may hold delimiters, quotes (`""`) and line breaks.
 *
 * Why our own: `csv-parse`'s streaming API is a Node `stream.Transform` (its browser build ships a
 * stream polyfill), and `papaparse` reads Node streams or `File`s but not a WHATWG
 * `ReadableStream`, and has no ESM build. This parser is ~150 lines, runs unchanged in browsers,
 * edge runtimes and Node, and takes a fast path (`split`) for lines without quotes.
 */
export class CsvRecordParser {
  private buf = '';
  private nextQuote = -1;
  /** Physical line where the next record starts (1-based). */
  private line = 1;

  constructor(private readonly delimiter = ',') {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError('delimiter must be one character other than a quote or a line break');
    }
  }

  /** Feeds a chunk; calls `emit(fields, line)` for each complete record. */
  push(chunk: string, emit: (fields: string[], line: number) => void): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.nextQuote = -1;
    this.drain(emit, false);
  }

  /** Ends the input; emits the last record (and reports an unclosed quote as `unterminated`). */
  end(emit: (fields: string[], line: number) => void): { unterminated: boolean } {
    return { unterminated: this.drain(emit, true) };
  }

  private drain(emit: (fields: string[], line: number) => void, final: boolean): boolean {
    const s = this.buf;
    const n = s.length;
    const d = this.delimiter;
    let pos = 0;
    let unterminated = false;
    let nextQuote = this.nextQuote;
    while (pos < n) {
      const nl = s.indexOf('\n', pos);
      if (nl === -1 && !final) break;
      const lineEnd = nl === -1 ? n : nl;
      if (nextQuote !== Number.POSITIVE_INFINITY && nextQuote < pos) {
        const q = s.indexOf('"', pos);
        nextQuote = q === -1 ? Number.POSITIVE_INFINITY : q;
      }
      if (nextQuote >= lineEnd) {
        // Fast path: no quote before the end of the line.
        const end = lineEnd > pos && s.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
        emit(s.slice(pos, end).split(d), this.line);
        this.line++;
        pos = lineEnd + 1;
        continue;
      }
      const r = this.quoted(s, pos, final);
      if (r === undefined) break; // the record continues in the next chunk
      emit(r.fields, this.line);
      this.line += r.lines;
      pos = r.next;
      unterminated ||= r.unterminated;
    }
    this.buf = pos >= n ? '' : s.slice(pos);
    this.nextQuote = -1;
    return unterminated;
  }

  /** Slow path: one record that contains quotes, starting at `start`. */
  private quoted(
    s: string,
    start: number,
    final: boolean,
  ): { fields: string[]; next: number; lines: number; unterminated: boolean } | undefined {
    const d = this.delimiter;
    const n = s.length;
    const fields: string[] = [];
    let i = start;
    let lines = 1;
    for (;;) {
      let field = '';
      if (s[i] === '"') {
        i++;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q === -1) {
            if (!final) return undefined;
            field += s.slice(i);
            for (let k = i; k < n; k++) if (s.charCodeAt(k) === 10) lines++;
            fields.push(field);
            return { fields, next: n, lines, unterminated: true };
          }
          const chunk = s.slice(i, q);
          for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) lines++;
          field += chunk;
          if (q + 1 >= n && !final) return undefined; // cannot tell `"` from `""` yet
          if (s[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      // Unquoted field, or text after a closing quote (kept, as lenient parsers do).
      let j = i;
      while (j < n) {
        const c = s[j];
        if (c === d || c === '\n') break;
        j++;
      }
      if (j >= n && !final) return undefined;
      let tail = s.slice(i, j);
      if (s[j] !== d && tail.endsWith('\r')) tail = tail.slice(0, -1);
      field += tail;
      fields.push(field);
      if (j >= n) return { fields, next: n, lines, unterminated: false };
      if (s[j] === '\n') return { fields, next: j + 1, lines, unterminated: false };
      i = j + 1; // delimiter: next field
      if (i >= n) {
        if (!final) return undefined;
        fields.push('');
        return { fields, next: n, lines, unterminated: false };
      }
    }
  }
}
