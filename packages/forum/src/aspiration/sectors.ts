import * as z from 'zod';
import type { LocalizedMessage } from '@opengov-id/core';

/**
 * Groups of government affairs (urusan pemerintahan) of UU 23/2014 Pasal 11–12, plus `lainnya`
 * for matters outside them (e.g. TNI/Polri, vertical agencies).
 *
 * @example
 * ```ts
 * SectorGroup.parse('wajib_pelayanan_dasar');
 * ```
 */
export const SectorGroup = z.enum({
  /** Urusan wajib berkaitan pelayanan dasar (Pasal 12 ayat 1). */
  wajib_pelayanan_dasar: 'wajib_pelayanan_dasar',
  /** Urusan wajib tidak berkaitan pelayanan dasar (Pasal 12 ayat 2). */
  wajib_non_pelayanan_dasar: 'wajib_non_pelayanan_dasar',
  /** Urusan pilihan (Pasal 12 ayat 3). */
  pilihan: 'pilihan',
  /** Outside the urusan of a regional government. */
  lainnya: 'lainnya',
});
/** One of the {@link SectorGroup} values. */
export type SectorGroup = z.output<typeof SectorGroup>;

/**
 * One sector (bidang) of a taxonomy.
 *
 * @example
 * ```ts
 * Sector.parse({ id: 'kesehatan', label: { id: 'Kesehatan', en: 'Health' }, group: 'wajib_pelayanan_dasar' });
 * ```
 */
export const Sector = z.object({
  /** Stable id, used by aspirations and routing tables. */
  id: z.string().min(1),
  /** Label in Indonesian and English. */
  label: z.object({ id: z.string().min(1), en: z.string().min(1) }),
  /** Group. */
  group: SectorGroup,
  /** Id of a broader sector, for sub-sectors a regency adds. */
  parentId: z.string().min(1).optional(),
  /** Where the sector is defined, e.g. `'UU 23/2014 Pasal 12 ayat (1) huruf b'`. */
  reference: z.string().optional(),
});
/** A sector; see {@link Sector}. */
export type Sector = z.output<typeof Sector>;

/**
 * A sector taxonomy with its source and version. Replace or extend it at run time (a regency
 * may split `pekerjaan_umum_penataan_ruang` into roads and irrigation, say); sector ids must be
 * unique and a `parentId` must name a sector of the same taxonomy.
 *
 * @example
 * ```ts
 * const mine = SectorTaxonomy.parse({ ...URUSAN_SECTORS, version: 'ksb-2026', sectors: [...URUSAN_SECTORS.sectors, { id: 'irigasi', label: { id: 'Irigasi', en: 'Irrigation' }, group: 'wajib_pelayanan_dasar', parentId: 'pekerjaan_umum_penataan_ruang' }] });
 * ```
 */
export const SectorTaxonomy = z
  .object({
    /** Version tag. */
    version: z.string().min(1),
    /** Legal source or publisher. */
    source: z.string().min(1),
    /** The sectors. */
    sectors: z.array(Sector).min(1),
  })
  .check((ctx) => {
    const ids = new Set<string>();
    ctx.value.sectors.forEach((sector, i) => {
      if (ids.has(sector.id))
        ctx.issues.push({
          code: 'custom',
          input: sector.id,
          path: ['sectors', i, 'id'],
          message: 'sector ids must be unique.',
          params: { id: 'id bidang harus unik.' },
        });
      ids.add(sector.id);
    });
    ctx.value.sectors.forEach((sector, i) => {
      if (sector.parentId !== undefined && !ids.has(sector.parentId))
        ctx.issues.push({
          code: 'custom',
          input: sector.parentId,
          path: ['sectors', i, 'parentId'],
          message: 'must name a sector of this taxonomy.',
          params: { id: 'harus menunjuk bidang dalam taksonomi ini.' },
        });
    });
  });
/** A sector taxonomy; see {@link SectorTaxonomy}. */
export type SectorTaxonomy = z.output<typeof SectorTaxonomy>;

const wpd = 'wajib_pelayanan_dasar' as const;
const wnpd = 'wajib_non_pelayanan_dasar' as const;
const pil = 'pilihan' as const;
const ref = (ayat: number, huruf: string) => `UU 23/2014 Pasal 12 ayat (${ayat}) huruf ${huruf}`;
const label = (id: string, en: string): LocalizedMessage => ({ id, en });

/**
 * The default sector taxonomy: the 32 concurrent government affairs (urusan pemerintahan
 * konkuren) a regional government holds under UU 23/2014 tentang Pemerintahan Daerah, Pasal 12
 * (6 basic-service, 18 other obligatory, 8 optional), plus `lainnya`. Each entry cites its ayat
 * and huruf.
 *
 * @example
 * ```ts
 * URUSAN_SECTORS.sectors.length; // => 33
 * URUSAN_SECTORS.sectors.find((s) => s.id === 'kesehatan')?.reference; // => 'UU 23/2014 Pasal 12 ayat (1) huruf b'
 * ```
 */
export const URUSAN_SECTORS: SectorTaxonomy = {
  version: 'uu-23-2014-pasal-12',
  source: 'UU No. 23 Tahun 2014 tentang Pemerintahan Daerah, Pasal 12',
  sectors: [
    { id: 'pendidikan', label: label('Pendidikan', 'Education'), group: wpd, reference: ref(1, 'a') },
    { id: 'kesehatan', label: label('Kesehatan', 'Health'), group: wpd, reference: ref(1, 'b') },
    {
      id: 'pekerjaan_umum_penataan_ruang',
      label: label('Pekerjaan umum dan penataan ruang', 'Public works and spatial planning'),
      group: wpd,
      reference: ref(1, 'c'),
    },
    {
      id: 'perumahan_kawasan_permukiman',
      label: label('Perumahan rakyat dan kawasan permukiman', 'Housing and settlements'),
      group: wpd,
      reference: ref(1, 'd'),
    },
    {
      id: 'ketenteraman_ketertiban_umum',
      label: label(
        'Ketenteraman, ketertiban umum, dan pelindungan masyarakat',
        'Public order and community protection',
      ),
      group: wpd,
      reference: ref(1, 'e'),
    },
    { id: 'sosial', label: label('Sosial', 'Social affairs'), group: wpd, reference: ref(1, 'f') },
    { id: 'tenaga_kerja', label: label('Tenaga kerja', 'Labour'), group: wnpd, reference: ref(2, 'a') },
    {
      id: 'pemberdayaan_perempuan_perlindungan_anak',
      label: label('Pemberdayaan perempuan dan pelindungan anak', "Women's empowerment and child protection"),
      group: wnpd,
      reference: ref(2, 'b'),
    },
    { id: 'pangan', label: label('Pangan', 'Food'), group: wnpd, reference: ref(2, 'c') },
    { id: 'pertanahan', label: label('Pertanahan', 'Land'), group: wnpd, reference: ref(2, 'd') },
    {
      id: 'lingkungan_hidup',
      label: label('Lingkungan hidup', 'Environment'),
      group: wnpd,
      reference: ref(2, 'e'),
    },
    {
      id: 'administrasi_kependudukan',
      label: label(
        'Administrasi kependudukan dan pencatatan sipil',
        'Population administration and civil registry',
      ),
      group: wnpd,
      reference: ref(2, 'f'),
    },
    {
      id: 'pemberdayaan_masyarakat_desa',
      label: label('Pemberdayaan masyarakat dan desa', 'Community and village empowerment'),
      group: wnpd,
      reference: ref(2, 'g'),
    },
    {
      id: 'pengendalian_penduduk_kb',
      label: label('Pengendalian penduduk dan keluarga berencana', 'Population control and family planning'),
      group: wnpd,
      reference: ref(2, 'h'),
    },
    { id: 'perhubungan', label: label('Perhubungan', 'Transport'), group: wnpd, reference: ref(2, 'i') },
    {
      id: 'komunikasi_informatika',
      label: label('Komunikasi dan informatika', 'Communication and informatics'),
      group: wnpd,
      reference: ref(2, 'j'),
    },
    {
      id: 'koperasi_ukm',
      label: label('Koperasi, usaha kecil, dan menengah', 'Cooperatives and small and medium enterprises'),
      group: wnpd,
      reference: ref(2, 'k'),
    },
    {
      id: 'penanaman_modal',
      label: label('Penanaman modal', 'Investment'),
      group: wnpd,
      reference: ref(2, 'l'),
    },
    {
      id: 'kepemudaan_olahraga',
      label: label('Kepemudaan dan olahraga', 'Youth and sports'),
      group: wnpd,
      reference: ref(2, 'm'),
    },
    { id: 'statistik', label: label('Statistik', 'Statistics'), group: wnpd, reference: ref(2, 'n') },
    { id: 'persandian', label: label('Persandian', 'Cryptography'), group: wnpd, reference: ref(2, 'o') },
    { id: 'kebudayaan', label: label('Kebudayaan', 'Culture'), group: wnpd, reference: ref(2, 'p') },
    { id: 'perpustakaan', label: label('Perpustakaan', 'Libraries'), group: wnpd, reference: ref(2, 'q') },
    { id: 'kearsipan', label: label('Kearsipan', 'Archives'), group: wnpd, reference: ref(2, 'r') },
    {
      id: 'kelautan_perikanan',
      label: label('Kelautan dan perikanan', 'Marine affairs and fisheries'),
      group: pil,
      reference: ref(3, 'a'),
    },
    { id: 'pariwisata', label: label('Pariwisata', 'Tourism'), group: pil, reference: ref(3, 'b') },
    { id: 'pertanian', label: label('Pertanian', 'Agriculture'), group: pil, reference: ref(3, 'c') },
    { id: 'kehutanan', label: label('Kehutanan', 'Forestry'), group: pil, reference: ref(3, 'd') },
    {
      id: 'energi_sumber_daya_mineral',
      label: label('Energi dan sumber daya mineral', 'Energy and mineral resources'),
      group: pil,
      reference: ref(3, 'e'),
    },
    { id: 'perdagangan', label: label('Perdagangan', 'Trade'), group: pil, reference: ref(3, 'f') },
    { id: 'perindustrian', label: label('Perindustrian', 'Industry'), group: pil, reference: ref(3, 'g') },
    {
      id: 'transmigrasi',
      label: label('Transmigrasi', 'Transmigration'),
      group: pil,
      reference: ref(3, 'h'),
    },
    { id: 'lainnya', label: label('Lainnya', 'Other'), group: 'lainnya' },
  ],
};

/**
 * The sector with `id` in a taxonomy, or `undefined`.
 *
 * @example
 * ```ts
 * findSector(URUSAN_SECTORS, 'pariwisata')?.label.en; // => 'Tourism'
 * ```
 */
export function findSector(taxonomy: SectorTaxonomy, id: string): Sector | undefined {
  return taxonomy.sectors.find((s) => s.id === id);
}
