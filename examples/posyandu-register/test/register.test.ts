import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@opengov-id/core';
import { computeGrowthZScores } from '@opengov-id/posyandu';
import { CsvRecordParser } from '@opengov-id/satudata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../src/csv.js';
import { generateRegister } from '../src/generate.js';
import { ADDED_COLUMNS, scoredCsvLines } from '../src/output.js';
import { createProgress } from '../src/progress.js';
import { processRegister } from '../src/register.js';
import { summaryLines } from '../src/report.js';
import { parseDate } from '../src/row.js';
import { type RunResult, runRegister } from '../src/run.js';

const DATA = new URL('../data/', import.meta.url);
const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Reads a whole CSV text into rows, with satudata's parser (not the example's writer). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvRecordParser(',');
  parser.push(text.replace(/^\ufeff/, ''), (f) => rows.push(f));
  parser.end((f) => rows.push(f));
  return rows;
}

async function* chunks(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const HEADER =
  'No,Nama Anak,Jenis Kelamin (L/P),Tanggal Lahir,Buku KIA (Y/T),Tanggal Penimbangan,Berat (kg),Tinggi/Panjang (cm),Cara Ukur (berdiri/terlentang),Nama Ibu,Dusun';

describe('the sample register, end to end', () => {
  let dir: string;
  let run: RunResult;
  let rows: string[][];
  let col: (name: string) => number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'posyandu-register-'));
    run = await runRegister({
      file: new URL('sample-register.csv', DATA).pathname,
      figuresFile: new URL('sample-posyandu.json', DATA).pathname,
      outDir: dir,
    });
    rows = readCsv(await readFile(run.csvPath, 'utf8'));
    const header = rows[0] ?? [];
    col = (name) => {
      const i = header.indexOf(name);
      if (i === -1) throw new Error(`no column ${name}`);
      return i;
    };
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('writes every row back, in order, with the added columns', () => {
    expect(rows[0]).toEqual([...HEADER.split(','), ...ADDED_COLUMNS]);
    expect(rows).toHaveLength(57);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1)));
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
  });

  it('reports the row with a bad date by row and column, and scores the other 55', () => {
    expect(run.result.errors).toEqual([
      {
        row: 53,
        column: 'Tanggal Penimbangan',
        message: {
          id: 'tanggal tidak ada di kalender (30/02/2026).',
          en: 'not a date in the calendar (30/02/2026).',
        },
      },
    ]);
    const bad = rows.find((r) => r[0] === '52') ?? [];
    expect(bad[col('Z BB/U')]).toBe('');
    expect(bad[col('Kesalahan / Error')]).toBe(
      'Tanggal Penimbangan: tanggal tidak ada di kalender (30/02/2026). / not a date in the calendar (30/02/2026).',
    );
    const scored = rows.slice(1).filter((r) => r[col('Z BB/U')] !== '');
    expect(scored).toHaveLength(55);
    expect(summaryLines(run)).toContain(
      '  Baris 53, kolom "Tanggal Penimbangan": tanggal tidak ada di kalender (30/02/2026). / Row 53, column "Tanggal Penimbangan": not a date in the calendar (30/02/2026).',
    );
  });

  it('writes the z-scores posyandu computes for each row', async () => {
    let checked = 0;
    for (const r of rows.slice(1)) {
      if (r[col('Z BB/U')] === '') continue;
      // The test reads the cells its own way: DD/MM/YYYY to ISO.
      const iso = (dmy: string) => dmy.split('/').reverse().join('-');
      const birth = iso(r[3] ?? '');
      const visit = iso(r[5] ?? '');
      const ageDays = Math.round((Date.parse(visit) - Date.parse(birth)) / 86_400_000);
      const z = await computeGrowthZScores({
        sex: r[2] === 'L' ? 'male' : 'female',
        ageDays,
        weightKg: Number(r[6]),
        lengthHeightCm: Number(r[7]),
        measured: r[8] === 'berdiri' ? 'standing' : 'recumbent',
      });
      expect(Number(r[col('Umur (hari)')])).toBe(ageDays);
      expect(Number(r[col('Z BB/U')])).toBe(z.weightForAge?.z);
      expect(Number(r[col('Z PB/U atau TB/U')])).toBe(z.lengthHeightForAge?.z);
      expect(Number(r[col('Z BB/PB atau BB/TB')])).toBe(z.weightForLengthHeight?.z);
      expect(Number(r[col('Z IMT/U')])).toBe(z.bmiForAge?.z);
      expect(Number(r[col('Tinggi/Panjang terkoreksi (cm)')])).toBe(z.adjustedLengthHeightCm);
      checked++;
    }
    expect(checked).toBe(55);
    // Siti Aminah, 737 days, measured lying: WHO takes 0.7 cm off (81.0 → 80.3).
    const siti = rows.find((r) => r[0] === '32') ?? [];
    expect(siti[col('Tinggi/Panjang terkoreksi (cm)')]).toBe('80.3');
  });

  it('gives the SKDN of March 2026 worked out by hand', () => {
    // S: the 30 children (Eka Putri's only valid row is February's). K: all but Rudi Hartono,
    // Maya Sari and Rina Marlina (T in "Buku KIA") = 27. D: weighed in March = 25 (not weighed:
    // Bayu, Lina, Dimas, Maya; Eka's March row is the bad date).
    // N (gain ≥ KBM for the age in completed months, Permenkes 155/2010):
    //   Ahmad 8 mo +400 ≥ 300; Siti 24 mo +300 ≥ 200; Lalu 30 mo +500; Dewi 1 mo +1000 ≥ 800;
    //   Rudi 18 mo +200 = 200; Putri 31 mo +400; Andi 52 mo +200; Wahyu 12 mo +200; Galih 8 mo +300;
    //   Zainal 37 mo +300; Rahmat 4 mo +600 = 600; Nadia 49 mo +300 → 12.
    // T: Baiq 15 mo +0; Iqbal 2 mo +700 < 900; Nur −100; Fitri 10 mo +200 < 300; Ayu +100;
    //   Sinta +100 → 6.
    // O (weighed in January, not February): Hendra, Sri, Agus, Fajar → 4.
    // B (first weighing): Intan, Yusuf, Rina → 3. BGM: Wahyu (BB/U z −4 < −3) → 1.
    expect(run.result.month).toBe('2026-03');
    expect(run.result.skdn?.counts).toEqual({
      S: 30,
      K: 27,
      D: 25,
      N: 12,
      T: 6,
      O: 4,
      B: 3,
      BGM: 1,
      DPrime: 18,
    });
    const r = run.result.skdn?.ratios;
    expect(r?.KS).toBeCloseTo(27 / 30, 12);
    expect(r?.DS).toBeCloseTo(25 / 30, 12);
    expect(r?.ND).toBeCloseTo(12 / 25, 12);
    expect(r?.NDPrime).toBeCloseTo(12 / 18, 12);

    const march = new Map(
      rows.filter((x) => x[5]?.endsWith('/03/2026')).map((x) => [x[1], x[col('N/T/O/B')]] as const),
    );
    expect(march.get('Muhammad Iqbal')).toBe('T');
    expect(march.get('Rudi Hartono')).toBe('N');
    expect(march.get('Rahmat Hidayat')).toBe('N');
    expect(march.get('Hendra Gunawan')).toBe('O');
    expect(march.get('Intan Permata')).toBe('B');
    const iqbal = rows.find((x) => x[0] === '36') ?? [];
    expect([iqbal[col('Kenaikan (g)')], iqbal[col('KBM (g)')], iqbal[col('Rujuk')]]).toEqual([
      '700',
      '900',
      'Ya (T)',
    ]);
    const wahyu = rows.find((x) => x[0] === '41') ?? [];
    expect([wahyu[col('Z BB/U')], wahyu[col('BGM')], wahyu[col('Status BB/U')]]).toEqual([
      '-4',
      'Ya',
      'Berat badan sangat kurang',
    ]);
  });

  it('places the sample posyandu as Purnama, held back by dana sehat', () => {
    const s = run.stratum;
    // Eleven months open; D/S by hand over them, March from the register (25/30).
    const ds = [
      23 / 29,
      22 / 29,
      24 / 29,
      21 / 30,
      23 / 30,
      20 / 30,
      24 / 30,
      22 / 30,
      21 / 30,
      23 / 30,
      25 / 30,
    ];
    expect(s?.indicators.openingFrequency).toBe(11);
    expect(s?.indicators.averageKaderOnDuty).toBeCloseTo(56 / 11, 12);
    expect(s?.indicators.averageDsCoverage).toBeCloseTo(ds.reduce((a, b) => a + b) / 11, 12);
    expect(s?.result.stratum).toBe('purnama');
    expect(s?.result.heldBackBy).toEqual([{ indicator: 'dana_sehat_coverage', atLeast: 0.5 }]);
  });

  it('draws each child’s charts, each weighing where its z-score says', async () => {
    const files = await readdir(join(dir, 'charts'));
    expect(files.filter((f) => f.endsWith('-bb-u.svg'))).toHaveLength(30);
    expect(files.filter((f) => f.endsWith('-pb-tb-u.svg'))).toHaveLength(30);
    // Galih Ramadhan (anak-004): three weighings, January to March.
    const svg = await readFile(join(dir, 'charts', 'anak-004-bb-u.svg'), 'utf8');
    const plotted = [...svg.matchAll(/<circle [^>]*data-z="([^"]*)"/g)].map((m) => m[1]);
    const galih = rows.filter((r) => r[col('ID Anak')] === 'anak-004').map((r) => r[col('Z BB/U')]);
    expect(plotted).toEqual(galih);
    expect(plotted).toHaveLength(3);
    expect(svg).not.toContain('Galih');
  });

  it('prints no name, mother or birth date', () => {
    const text = summaryLines(run).join('\n');
    for (const r of rows.slice(1)) {
      expect(text).not.toContain(r[1]);
      expect(text).not.toContain(r[9]);
      expect(text).not.toContain(r[3]);
    }
    expect(text).toContain('S 30  K 27  D 25  N 12  T 6  O 4  B 3  BGM 1');
  });
});

describe('WHO spot check', () => {
  it('gives igrowup’s own z-scores for three children of WHO’s example survey', async () => {
    const who = readCsv(await readFile(new URL('who-igrowup-3-children.csv', FIXTURES), 'utf8'));
    const h = who[0] ?? [];
    const at = (r: string[], name: string) => r[h.indexOf(name)] ?? '';
    const visit = '2026-03-09';
    const lines = [HEADER];
    for (const r of who.slice(1)) {
      const birth = addDays(visit, -Number(at(r, '_agedays')));
      const dmy = birth.split('-').reverse().join('/');
      const sex = at(r, 'GENDER') === '1' ? 'L' : 'P';
      const how = at(r, 'measure') === 'h' ? 'berdiri' : 'terlentang';
      lines.push(
        `${at(r, 'id')},Anak WHO ${at(r, 'id')},${sex},${dmy},Y,09/03/2026,${at(r, 'WEIGHT')},${at(r, 'HEIGHT')},${how},Ibu (contoh),Survei`,
      );
    }
    const result = await processRegister(chunks(lines.join('\n')));
    expect(result.errors).toEqual([]);
    result.lines.forEach((line, i) => {
      const r = who[i + 1] ?? [];
      const s = line.scored?.scores;
      expect([
        s?.weightForAge?.z,
        s?.lengthHeightForAge?.z,
        s?.weightForLengthHeight?.z,
        s?.bmiForAge?.z,
      ]).toEqual(['_ZWEI', '_ZLEN', '_ZWFL', '_ZBMI'].map((c) => Number(at(r, c))));
      expect(s?.adjustedLengthHeightCm).toBeCloseTo(Number(at(r, '_CLENHEI')), 6);
    });
  });
});

describe('reading spreadsheet exports', () => {
  it('reads a ;-separated export with decimal commas and a BOM', async () => {
    const text = `\ufeff${HEADER.replaceAll(',', ';')}\r\n1;Ayu;P;02/03/2024;Y;09/03/2026;10,4;81,0;terlentang;Ibu (contoh);Mekar\r\n`;
    const result = await processRegister(chunks(text, 5));
    expect(result.errors).toEqual([]);
    expect(result.lines[0]?.scored?.input).toMatchObject({
      weightKg: 10.4,
      lengthHeightCm: 81,
      date: '2026-03-09',
    });
    expect(sniffDelimiter('No;Nama Anak;Berat (kg)')).toBe(';');
  });

  it('reports every bad cell of a row, and keeps going', async () => {
    const text = [
      HEADER,
      '1,Ayu,X,02/03/2024,Y,2026-13-01,berat,81,duduk,Ibu (contoh),Mekar',
      '2,Budi,L,02/03/2024,Y,09/03/2026,0,81,terlentang,Ibu (contoh),Mekar',
      '3,Citra,P,02/03/2024,Y,09/03/2026,10.4,81,terlentang,Ibu (contoh),Mekar',
      '4,Dodi,L,02/03/2026,Y,09/02/2026,4.0,,,Ibu (contoh),Mekar',
    ].join('\n');
    const result = await processRegister(chunks(text));
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Jenis Kelamin (L/P)'],
      [2, 'Tanggal Penimbangan'],
      [2, 'Berat (kg)'],
      [2, 'Cara Ukur (berdiri/terlentang)'],
      [3, 'Berat (kg)'],
      [5, 'Tanggal Penimbangan'],
    ]);
    expect(result.errors[5]?.message.en).toBe('the weighing is dated before the birth.');
    expect(result.lines.map((l) => l.scored !== undefined)).toEqual([false, false, true, false]);
  });

  it('reports a second weighing in the same month and a row with too many cells', async () => {
    const text = [
      HEADER,
      '1,Ayu,P,02/03/2024,Y,02/03/2026,10.2,81,terlentang,Ibu (contoh),Mekar',
      '2,Ayu,P,02/03/2024,Y,09/03/2026,10.4,81,terlentang,Ibu (contoh),Mekar',
      '3,Budi,L,02/03/2024,Y,09/03/2026,10.4,81,terlentang,Ibu, (contoh),Mekar',
    ].join('\n');
    const result = await processRegister(chunks(text));
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Tanggal Penimbangan'],
      [4, null],
    ]);
    expect(result.errors[0]?.message.id).toContain('(baris 2)');
    expect(result.children).toHaveLength(1);
  });

  it('names the missing required columns', async () => {
    await expect(processRegister(chunks('No,Nama Anak,Berat (kg)\n1,Ayu,10\n'))).rejects.toThrow(
      'Required columns are missing from the header row: "Jenis Kelamin (L/P)", "Tanggal Lahir", "Tanggal Penimbangan".',
    );
  });

  it('parses dates as kader write them, and the calendar decides', () => {
    expect(parseDate('9/3/2026')).toBe('2026-03-09');
    expect(parseDate('09-03-2026')).toBe('2026-03-09');
    expect(parseDate('2026-03-09')).toBe('2026-03-09');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2025')).toEqual({ error: 'calendar' });
    expect(parseDate('Maret 2026')).toEqual({ error: 'format' });
  });

  it('guards formulas in the output but keeps negative numbers as numbers', () => {
    const text = [
      ...scoredCsvLines({
        header: ['No', 'Nama Anak', 'Catatan'],
        lines: [{ row: 2, cells: ['-2', '=HYPERLINK("x")', '@SUM(A1), -1.37'], errors: [] }],
        children: [],
        errors: [],
        month: null,
        skdn: null,
        hasKiaColumn: false,
      }),
    ].join('');
    const [header, row] = readCsv(text);
    expect(header?.slice(0, 3)).toEqual(['No', 'Nama Anak', 'Catatan']);
    expect(row?.slice(0, 3)).toEqual(['-2', '\'=HYPERLINK("x")', "'@SUM(A1), -1.37"]);
    expect(row).toHaveLength(3 + ADDED_COLUMNS.length);
  });
});

describe('large files', () => {
  it('generates a register the example reads in full, one bad date in 10,000', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'posyandu-generate-'));
    const file = join(dir, 'big.csv');
    expect(await generateRegister(file, 10_000)).toBe(10_000);
    const stderr: string[] = [];
    const run = await runRegister({
      file,
      outDir: dir,
      charts: false,
      progress: { isTTY: false, write: (t) => stderr.push(t) },
    });
    expect(run.result.lines).toHaveLength(10_000);
    expect(run.result.errors.map((e) => e.row)).toEqual([10_001]);
    expect(run.result.month).toBe('2026-03');
    expect(run.rowsPerSecond).toBeGreaterThan(0);
    await rm(dir, { recursive: true });
  });

  it('draws a bar on a terminal and prints counts elsewhere', () => {
    const tty: string[] = [];
    let t = 0;
    const bar = createProgress({ isTTY: true, write: (s) => tty.push(s) }, 1000, { now: () => t });
    bar.update(10, 500);
    t = 50;
    bar.update(20, 600); // within 100 ms: not redrawn
    t = 200;
    bar.update(30, 750);
    bar.done(40);
    expect(tty).toEqual([
      `\r[${'#'.repeat(15)}${'-'.repeat(15)}]  50%  10 baris / rows`,
      `\r[${'#'.repeat(23)}${'-'.repeat(7)}]  75%  30 baris / rows`,
      `\r[${'#'.repeat(30)}] 100%  40 baris / rows`,
      '\n',
    ]);
    const log: string[] = [];
    const count = createProgress({ isTTY: false, write: (s) => log.push(s) }, 1000, { countEvery: 1000 });
    for (let rows = 500; rows <= 2500; rows += 500) count.update(rows, 0);
    count.done(2600);
    expect(log).toEqual([
      '1.000 baris dibaca / rows read\n',
      '2.000 baris dibaca / rows read\n',
      '2.600 baris selesai / rows done\n',
    ]);
  });
});
