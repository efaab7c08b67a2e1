// Reading CSV with satudata's streaming parser (the output is written with satudata's formatCsvRow).
import { CsvRecordParser } from '@opengov-id/satudata';

/** One record of the file, with the physical line it starts on (the header is line 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * The delimiter of a spreadsheet export, from its first line: Excel and LibreOffice in an
 * Indonesian locale write `;` (the comma is the decimal mark there), otherwise `,`.
 *
 * @example
 * ```ts
 * sniffDelimiter('No;Nama Anak;Berat (kg)'); // => ';'
 * ```
 */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs > semis && tabs > commas) return '\t';
  return semis > commas ? ';' : ',';
}

/**
 * Streams the records of a CSV file (UTF-8, BOM stripped, delimiter sniffed from the first line),
 * calling `onBytes` with the bytes read so far after each chunk, for a progress bar.
 */
export async function* readCsvRecords(
  source: AsyncIterable<Uint8Array | string>,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8');
  let parser: CsvRecordParser | undefined;
  let pending = '';
  let bytes = 0;
  const out: CsvRecord[] = [];
  const emit = (fields: string[], line: number) => {
    out.push({ fields, line });
  };
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
      bytes += Buffer.byteLength(chunk);
    } else {
      text = decoder.decode(chunk, { stream: true });
      bytes += chunk.byteLength;
    }
    if (!parser) {
      // Wait for the whole first line before choosing the delimiter.
      pending += text;
      const nl = pending.indexOf('\n');
      if (nl === -1) continue;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      parser = new CsvRecordParser(sniffDelimiter(pending.slice(0, nl)));
      text = pending;
      pending = '';
    }
    parser.push(text, emit);
    onBytes?.(bytes);
    yield* out.splice(0);
  }
  if (!parser) {
    if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
    parser = new CsvRecordParser(sniffDelimiter(pending));
    parser.push(pending, emit);
  }
  const tail = decoder.decode();
  if (tail) parser.push(tail, emit);
  parser.end(emit);
  onBytes?.(bytes);
  yield* out.splice(0);
}
