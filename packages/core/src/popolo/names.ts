import type { LocalizedMessage } from '../errors/errors.js';

/** A gelar depan (title written before the name) and what it means. */
export interface GelarDepan {
  /** The title as written, with its dots: `'Dr.'`, `'H.'`. */
  readonly title: string;
  /** What it stands for, in Indonesian and English. */
  readonly meaning: LocalizedMessage;
}

/**
 * Known gelar depan: academic, professional, religious and traditional titles written
 * before a name. {@link parseIndonesianName} matches them case-insensitively; pass
 * `prefixes` to it to add your own.
 *
 * @example
 * ```ts
 * GELAR_DEPAN.find((g) => g.title === 'Hj.')?.meaning.en; // => 'Hajjah (woman who made the hajj)'
 * ```
 */
export const GELAR_DEPAN: readonly GelarDepan[] = [
  { title: 'Prof.', meaning: { id: 'Profesor', en: 'Professor' } },
  { title: 'Dr.', meaning: { id: 'Doktor (S3)', en: 'Doctorate' } },
  { title: 'dr.', meaning: { id: 'Dokter', en: 'Medical doctor' } },
  { title: 'drg.', meaning: { id: 'Dokter gigi', en: 'Dentist' } },
  { title: 'drh.', meaning: { id: 'Dokter hewan', en: 'Veterinarian' } },
  { title: 'Drs.', meaning: { id: 'Doktorandus (sarjana, laki-laki)', en: 'Doctorandus (graduate, male)' } },
  { title: 'Dra.', meaning: { id: 'Doktoranda (sarjana, perempuan)', en: 'Doctoranda (graduate, female)' } },
  { title: 'Ir.', meaning: { id: 'Insinyur', en: 'Engineer' } },
  {
    title: 'Mr.',
    meaning: { id: 'Meester in de rechten (sarjana hukum lama)', en: 'Master of laws (old Dutch degree)' },
  },
  { title: 'Ns.', meaning: { id: 'Ners', en: 'Registered nurse' } },
  { title: 'apt.', meaning: { id: 'Apoteker', en: 'Pharmacist' } },
  { title: 'H.', meaning: { id: 'Haji', en: 'Hajji (man who made the hajj)' } },
  { title: 'Hj.', meaning: { id: 'Hajah', en: 'Hajjah (woman who made the hajj)' } },
  { title: 'K.H.', meaning: { id: 'Kiai Haji', en: 'Kiai and hajji (Islamic scholar)' } },
  { title: 'KH.', meaning: { id: 'Kiai Haji', en: 'Kiai and hajji (Islamic scholar)' } },
  {
    title: 'TGH.',
    meaning: { id: 'Tuan Guru Haji (Lombok)', en: 'Tuan Guru Haji (Lombok Islamic scholar)' },
  },
  {
    title: 'TGB.',
    meaning: { id: 'Tuan Guru Bajang (Lombok)', en: 'Tuan Guru Bajang (young Lombok scholar)' },
  },
  { title: 'Ust.', meaning: { id: 'Ustaz', en: 'Ustadh (religious teacher)' } },
  { title: 'Ustz.', meaning: { id: 'Ustazah', en: 'Ustadha (religious teacher, female)' } },
];

/** The parts of a name that {@link formatPersonName} joins and {@link parseIndonesianName} splits. */
export interface PersonNameParts {
  /** The name without gelar. */
  name: string;
  /** Gelar depan, e.g. `'Dr. Ir. H.'`. */
  honorificPrefix?: string | undefined;
  /** Gelar belakang, e.g. `'S.T., M.Si.'`. */
  honorificSuffix?: string | undefined;
}

/** Options for {@link formatPersonName}. */
export interface FormatPersonNameOptions {
  /** Include gelar depan and belakang. @defaultValue true */
  withTitles?: boolean;
}

/** Options for {@link parseIndonesianName}. */
export interface ParseIndonesianNameOptions {
  /** Extra gelar depan to recognise, on top of {@link GELAR_DEPAN}, e.g. `['Kol.', 'Letkol.']`. */
  prefixes?: readonly string[];
}

/**
 * Collapses runs of whitespace, writes every comma as `', '` and trims: the form
 * {@link parseIndonesianName} works on.
 *
 * @example
 * ```ts
 * normalizePersonName('  Dr.  Amar Nurmansyah ,S.T.,M.Si. '); // => 'Dr. Amar Nurmansyah, S.T., M.Si.'
 * ```
 */
export function normalizePersonName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').trim();
}

/**
 * Writes a person's name with gelar the Indonesian way: gelar depan, name, a comma, then
 * gelar belakang.
 *
 * @example
 * ```ts
 * formatPersonName({ name: 'Amar Nurmansyah', honorificPrefix: 'Dr. Ir. H.', honorificSuffix: 'S.T., M.Si.' });
 * // => 'Dr. Ir. H. Amar Nurmansyah, S.T., M.Si.'
 * formatPersonName({ name: 'Amar Nurmansyah', honorificPrefix: 'Dr. Ir. H.' }, { withTitles: false }); // => 'Amar Nurmansyah'
 * ```
 */
export function formatPersonName(person: PersonNameParts, options: FormatPersonNameOptions = {}): string {
  if (options.withTitles === false) return person.name;
  let out = person.name;
  if (person.honorificPrefix) out = `${person.honorificPrefix} ${out}`;
  if (person.honorificSuffix) out = `${out}, ${person.honorificSuffix}`;
  return out;
}

// A gelar belakang piece: no spaces, and dotted (`S.T.`, `M.M.Inov.`) or an acronym (`MBA`, `PhD`).
const DEGREE_RE = /^[A-Za-z][A-Za-z.()&-]{0,19}$/;
const looksLikeDegree = (piece: string): boolean =>
  DEGREE_RE.test(piece) && (piece.includes('.') || (piece.match(/[A-Z]/g)?.length ?? 0) >= 2);

/**
 * Splits a written Indonesian name into gelar depan, name and gelar belakang. Known gelar
 * depan ({@link GELAR_DEPAN}, plus `prefixes`) are taken from the front, even when glued
 * (`'Prof.Dr.'`); after the first comma, the rest is gelar belakang when every
 * comma-separated piece looks like a degree. Anything else passes through as `name`, so it
 * never throws and `formatPersonName(parseIndonesianName(s))` equals
 * `normalizePersonName(s)`.
 *
 * @example
 * ```ts
 * parseIndonesianName('Dr. Ir. H. Amar Nurmansyah, S.T., M.Si.');
 * // => { honorificPrefix: 'Dr. Ir. H.', name: 'Amar Nurmansyah', honorificSuffix: 'S.T., M.Si.' }
 * parseIndonesianName('Baiq Nurul Hidayati'); // => { name: 'Baiq Nurul Hidayati' }
 * ```
 */
export function parseIndonesianName(
  written: string,
  options: ParseIndonesianNameOptions = {},
): PersonNameParts {
  const text = normalizePersonName(typeof written === 'string' ? written : '');
  const titles = [...GELAR_DEPAN.map((g) => g.title), ...(options.prefixes ?? [])]
    .map((t) => t.trim())
    .filter((t) => t !== '' && !/\s/.test(t))
    .sort((a, b) => b.length - a.length);
  // Compared slice by slice: lowercasing the whole text could change its length.
  const titleAt = (at: number): number =>
    titles.find((t) => text.slice(at, at + t.length).toLowerCase() === t.toLowerCase())?.length ?? 0;

  // Prefix ends at the last title that is followed by a space (glued titles chain on).
  let prefixEnd = 0;
  for (let at = 0, length = titleAt(0); length > 0; length = titleAt(at)) {
    at += length;
    if (text[at] === ' ') {
      prefixEnd = at;
      at += 1;
    } else if (!titleAt(at)) break;
  }

  const parts: PersonNameParts = { name: text };
  let rest = text;
  if (prefixEnd > 0) {
    parts.honorificPrefix = text.slice(0, prefixEnd);
    rest = text.slice(prefixEnd + 1);
  }
  const comma = rest.indexOf(', ');
  if (
    comma > 0 &&
    rest
      .slice(comma + 2)
      .split(', ')
      .every(looksLikeDegree)
  ) {
    parts.name = rest.slice(0, comma);
    parts.honorificSuffix = rest.slice(comma + 2);
  } else {
    parts.name = rest;
  }
  return parts;
}
