// A large fictional register, to show the progress bar and measure throughput. SAMPLE DATA.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatCsvRow } from '@opengov-id/satudata';
import { COLUMNS } from './row.js';

const BOYS = ['Ahmad', 'Budi', 'Dimas', 'Fajar', 'Galih', 'Hendra', 'Iqbal', 'Lalu Rizki', 'Rahmat', 'Yusuf'];
const GIRLS = ['Ayu', 'Baiq Nurul', 'Dewi', 'Eka', 'Fitri', 'Intan', 'Maya', 'Nadia', 'Putri', 'Sinta'];
const FAMILY = ['Saputra', 'Pratama', 'Hidayat', 'Lestari', 'Rahayu', 'Wahyuni', 'Kartika', 'Maharani'];
const MOTHERS = ['Aminah', 'Fatimah', 'Halimah', 'Jamilah', 'Kartini', 'Salmah', 'Suryani', 'Zubaidah'];
const DUSUN = ['Mekar', 'Tenang', 'Sejahtera', 'Makmur', 'Damai'];

// Rough WHO medians by month (weight kg, length/height cm), for plausible synthetic values only:
// the z-scores themselves are computed by posyandu from WHO's tables.
const MEDIAN: ReadonlyArray<readonly [number, number, number]> = [
  [0, 3.3, 49.9],
  [3, 6.2, 61.4],
  [6, 7.9, 67.6],
  [9, 8.9, 72],
  [12, 9.6, 75.7],
  [18, 10.9, 82.3],
  [24, 12.2, 87.1],
  [36, 14.3, 96.1],
  [48, 16.3, 103.3],
  [60, 18.3, 110],
];

function median(ageMonths: number): [number, number] {
  for (let i = 1; i < MEDIAN.length; i++) {
    const [a, wa, la] = MEDIAN[i - 1] as readonly [number, number, number];
    const [b, wb, lb] = MEDIAN[i] as readonly [number, number, number];
    if (ageMonths <= b) {
      const t = (ageMonths - a) / (b - a);
      return [wa + t * (wb - wa), la + t * (lb - la)];
    }
  }
  return [18.3, 110];
}

/** A small seeded generator (mulberry32), so the same size gives the same file. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ddmmyyyy = (d: Date): string =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;

/**
 * Writes a fictional register of `rows` weighings to `path`: children 0–58 months weighed on
 * 9 February and 9 March 2026 (about half of them both months, so N and T occur), and one row in
 * 10,000 with an impossible date, to show errors at scale. Returns the number of rows written.
 */
export async function generateRegister(path: string, rows: number, seed = 2026): Promise<number> {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const out = createWriteStream(path, 'utf8');
  const header = Object.values(COLUMNS).map((c) => c.header);
  let chunk = formatCsvRow(header);
  let written = 0;
  let no = 0;
  const visits = [Date.UTC(2026, 1, 9), Date.UTC(2026, 2, 9)];
  while (written < rows) {
    const male = rnd() < 0.5;
    const birth = new Date(Date.UTC(2026, 0, 31) - Math.floor(rnd() * 58 * 30.4) * 86_400_000);
    const both = rnd() < 0.5 && rows - written >= 2;
    const first = both ? 0 : rnd() < 0.5 ? 0 : 1;
    const name = `${(male ? BOYS : GIRLS)[Math.floor(rnd() * 10)]} ${FAMILY[Math.floor(rnd() * FAMILY.length)]} ${no + 1}`;
    const mother = `${MOTHERS[Math.floor(rnd() * MOTHERS.length)]} (contoh)`;
    const dusun = DUSUN[Math.floor(rnd() * DUSUN.length)] as string;
    const zw = normal() * 0.9 - 0.4;
    const zl = normal() * 0.9 - 0.8;
    let weightPrev = 0;
    for (let v = first; v < (both ? 2 : first + 1); v++) {
      const visit = visits[v] as number;
      const ageMonths = (visit - birth.getTime()) / 86_400_000 / 30.4375;
      const [mw, ml] = median(ageMonths);
      let weight = Math.round(mw * (1 + 0.11 * zw + 0.02 * normal()) * 10) / 10;
      if (weightPrev > 0 && rnd() < 0.3) weight = weightPrev; // some do not gain
      weightPrev = weight;
      const length = Math.round(ml * (1 + 0.035 * zl) * 10) / 10;
      no++;
      const date = no % 10_000 === 0 ? '31/04/2026' : ddmmyyyy(new Date(visit));
      chunk += formatCsvRow([
        String(no),
        name,
        male ? 'L' : 'P',
        ddmmyyyy(birth),
        rnd() < 0.9 ? 'Y' : 'T',
        date,
        String(weight),
        String(length),
        ageMonths < 24 ? 'terlentang' : 'berdiri',
        mother,
        dusun,
      ]);
      written++;
    }
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return written;
}
