import type { LocalizedMessage } from '@opengov-id/core';

// Enum values of the INDAH v2 metadata forms (BPS, Peraturan BPS 5/2020 and its Juknis Metadata
// Statistik). INDAH publishes no public schema; these are the values its API accepts as sent by
// a Kutai Timur integration (CodeIgniter `Payload` controller building MS-Keg/MS-Var payloads,
// `version: "v2"`), cross-checked with satudata.md §4. Keep them exactly as INDAH spells them,
// including its own misspellings in field names (`frekuensi_penyelanggara`, `unit_analsis`).

/**
 * Statistics type (`jenis_statistik`, UU 16/1997 Statistik): dasar (BPS), sektoral (ministries and
 * regions), khusus (others).
 *
 * @example
 * ```ts
 * JENIS_STATISTIK.includes('STATISTIK_SEKTORAL'); // => true
 * ```
 */
export const JENIS_STATISTIK = ['STATISTIK_DASAR', 'STATISTIK_SEKTORAL', 'STATISTIK_KHUSUS'] as const;

/**
 * How the data is collected (`cara_pengumpulan_data`).
 *
 * @example
 * ```ts
 * CARA_PENGUMPULAN_DATA[2]; // => 'KOMPILASI_PRODUK_ADMINISTRASI'
 * ```
 */
export const CARA_PENGUMPULAN_DATA = [
  'PENCACAHAN_LENGKAP',
  'SURVEI',
  'KOMPILASI_PRODUK_ADMINISTRASI',
  'CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI',
] as const;

/**
 * The 22 activity sectors (`sektor_kegiatan`), in INDAH's order (code 1 to 22).
 *
 * @example
 * ```ts
 * SEKTOR_KEGIATAN.length; // => 22
 * SEKTOR_KEGIATAN[8]; // => 'KESEHATAN' (code 9)
 * ```
 */
export const SEKTOR_KEGIATAN = [
  'PERTANIAN_DAN_PERIKANAN',
  'DEMOGRAFI_DAN_KEPENDUDUKAN',
  'PEMBANGUNAN',
  'PROYEKSI_EKONOMI',
  'PENDIDIKAN_DAN_PELATIHAN',
  'LINGKUNGAN',
  'KEUANGAN',
  'GLOBALISASI',
  'KESEHATAN',
  'INDUSTRI_DAN_JASA',
  'TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI',
  'PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN',
  'KETENAGAKERJAAN',
  'NERACA_NASIONAL',
  'INDIKATOR_EKONOMI_BULANAN',
  'PRODUKTIVITAS',
  'HARGA_DAN_PARITAS_DAYA_BELI',
  'SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR',
  'PERWILAYAHAN_DAN_PERKOTAAN',
  'ILMU_PENGETAHUAN_DAN_HAK_PATEN',
  'PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN',
  'TRANSPORTASI',
] as const;

/**
 * English labels of {@link SEKTOR_KEGIATAN} (the Indonesian label is the code in words).
 *
 * @example
 * ```ts
 * SEKTOR_KEGIATAN_LABELS.KESEHATAN; // => { id: 'Kesehatan', en: 'Health' }
 * ```
 */
export const SEKTOR_KEGIATAN_LABELS: Readonly<Record<(typeof SEKTOR_KEGIATAN)[number], LocalizedMessage>> = {
  PERTANIAN_DAN_PERIKANAN: { id: 'Pertanian dan perikanan', en: 'Agriculture and fisheries' },
  DEMOGRAFI_DAN_KEPENDUDUKAN: { id: 'Demografi dan kependudukan', en: 'Demography and population' },
  PEMBANGUNAN: { id: 'Pembangunan', en: 'Development' },
  PROYEKSI_EKONOMI: { id: 'Proyeksi ekonomi', en: 'Economic projections' },
  PENDIDIKAN_DAN_PELATIHAN: { id: 'Pendidikan dan pelatihan', en: 'Education and training' },
  LINGKUNGAN: { id: 'Lingkungan', en: 'Environment' },
  KEUANGAN: { id: 'Keuangan', en: 'Finance' },
  GLOBALISASI: { id: 'Globalisasi', en: 'Globalisation' },
  KESEHATAN: { id: 'Kesehatan', en: 'Health' },
  INDUSTRI_DAN_JASA: { id: 'Industri dan jasa', en: 'Industry and services' },
  TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI: {
    id: 'Teknologi informasi dan komunikasi',
    en: 'Information and communication technology',
  },
  PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN: {
    id: 'Perdagangan internasional dan neraca perdagangan',
    en: 'International trade and balance of trade',
  },
  KETENAGAKERJAAN: { id: 'Ketenagakerjaan', en: 'Labour' },
  NERACA_NASIONAL: { id: 'Neraca nasional', en: 'National accounts' },
  INDIKATOR_EKONOMI_BULANAN: { id: 'Indikator ekonomi bulanan', en: 'Monthly economic indicators' },
  PRODUKTIVITAS: { id: 'Produktivitas', en: 'Productivity' },
  HARGA_DAN_PARITAS_DAYA_BELI: {
    id: 'Harga dan paritas daya beli',
    en: 'Prices and purchasing power parity',
  },
  SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR: {
    id: 'Sektor publik, perpajakan dan regulasi pasar',
    en: 'Public sector, taxation and market regulation',
  },
  PERWILAYAHAN_DAN_PERKOTAAN: { id: 'Perwilayahan dan perkotaan', en: 'Regional and urban statistics' },
  ILMU_PENGETAHUAN_DAN_HAK_PATEN: { id: 'Ilmu pengetahuan dan hak paten', en: 'Science and patents' },
  PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN: {
    id: 'Perlindungan sosial dan kesejahteraan',
    en: 'Social protection and welfare',
  },
  TRANSPORTASI: { id: 'Transportasi', en: 'Transport' },
};

/**
 * Whether the activity runs once or repeatedly (`kegiatan_ini_dilakukan`).
 *
 * @example
 * ```ts
 * KEGIATAN_INI_DILAKUKAN; // => ['HANYA_SEKALI', 'BERULANG']
 * ```
 */
export const KEGIATAN_INI_DILAKUKAN = ['HANYA_SEKALI', 'BERULANG'] as const;

/**
 * How often a repeated activity runs (`frekuensi_penyelanggara`, INDAH's spelling).
 *
 * @example
 * ```ts
 * FREKUENSI_PENYELENGGARAAN.includes('TAHUNAN'); // => true
 * ```
 */
export const FREKUENSI_PENYELENGGARAAN = [
  'HARIAN',
  'MINGGUAN',
  'BULANAN',
  'TRIWULANAN',
  'EMPAT_BULANAN',
  'SEMESTERAN',
  'TAHUNAN',
  'LEBIH_DARI_DUA_TAHUNAN',
] as const;

/**
 * Data collection type (`tipe_pengumpulan_data`).
 *
 * @example
 * ```ts
 * TIPE_PENGUMPULAN_DATA[1]; // => 'CROSS_SECTIONAL'
 * ```
 */
export const TIPE_PENGUMPULAN_DATA = [
  'LONGITUDINAL_PANEL',
  'CROSS_SECTIONAL',
  'LONGITUDINAL_CROSS_SECTIONAL',
] as const;

/**
 * Area covered by the collection (`cakupan_wilayah_pengumpulan_data`).
 *
 * @example
 * ```ts
 * CAKUPAN_WILAYAH_PENGUMPULAN_DATA[1]; // => 'SEBAGIAN_WILAYAH_INDONESIA'
 * ```
 */
export const CAKUPAN_WILAYAH_PENGUMPULAN_DATA = [
  'SELURUH_WILAYAH_INDONESIA',
  'SEBAGIAN_WILAYAH_INDONESIA',
] as const;

/**
 * Sample design (`jenis_rancangan_sampel`, blok V).
 *
 * @example
 * ```ts
 * JENIS_RANCANGAN_SAMPEL[0]; // => 'SINGLE_STAGE_ATAU_PHASE'
 * ```
 */
export const JENIS_RANCANGAN_SAMPEL = ['SINGLE_STAGE_ATAU_PHASE', 'MULTI_STAGE_ATAU_PHASE'] as const;

/**
 * Last-stage sample selection (`metode_pemilihan_sampel_tahap_terakhir`, blok V).
 *
 * @example
 * ```ts
 * METODE_PEMILIHAN_SAMPEL[0]; // => 'SAMPEL_PROBABILITAS'
 * ```
 */
export const METODE_PEMILIHAN_SAMPEL = ['SAMPEL_PROBABILITAS', 'SAMPEL_NONPROBABILITAS'] as const;

/**
 * Sampling method (`metode_yang_digunakan`, blok V).
 *
 * @example
 * ```ts
 * METODE_SAMPLING.includes('STRATIFIED_RANDOM_SAMPLING'); // => true
 * ```
 */
export const METODE_SAMPLING = [
  'SIMPLE_RANDOM_SAMPLING',
  'SYSTEMATIC_RANDOM_SAMPLING',
  'STRATIFIED_RANDOM_SAMPLING',
  'CLUSTER_SAMPLING',
  'MULTI_STAGE_SAMPLING',
  'QUOTA_SAMPLING',
  'ACCIDENTAL_SAMPLING',
  'PURPOSIVE_SAMPLING',
  'SNOWBALL_SAMPLING',
  'SATURATION_SAMPLING',
] as const;

/**
 * Last-stage sampling frame (`kerangka_sampel_tahap_terakhir`, blok V).
 *
 * @example
 * ```ts
 * KERANGKA_SAMPEL; // => ['LIST_FRAME', 'AREA_FRAME']
 * ```
 */
export const KERANGKA_SAMPEL = ['LIST_FRAME', 'AREA_FRAME'] as const;

/**
 * Who collects the data (`petugas_pengumpulan_data`, blok VI).
 *
 * @example
 * ```ts
 * PETUGAS_PENGUMPULAN_DATA[0]; // => 'STAF_INSTANSI_PENYELENGGARA'
 * ```
 */
export const PETUGAS_PENGUMPULAN_DATA = [
  'STAF_INSTANSI_PENYELENGGARA',
  'MITRA_ATAU_TENAGA_KONTRAK',
  'STAF_INSTANSI_PENYELENGGARA_DAN_MITRA_ATAU_TENAGA_KONTRAK',
] as const;

/**
 * Lowest education required of collectors (blok VI).
 *
 * @example
 * ```ts
 * PENDIDIKAN_TERENDAH_PETUGAS[1]; // => 'SMA_ATAU_SMK'
 * ```
 */
export const PENDIDIKAN_TERENDAH_PETUGAS = [
  'KURANG_DARI_ATAU_SAMA_DENGAN_SMP',
  'SMA_ATAU_SMK',
  'DIPLOMA_I_ATAU_II_ATAU_III',
  'DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3',
] as const;

/**
 * Analysis method (`metode_analisis`, blok VII).
 *
 * @example
 * ```ts
 * METODE_ANALISIS[2]; // => 'DESKRIPTIF_DAN_INFERENSIA'
 * ```
 */
export const METODE_ANALISIS = ['DESKRIPTIF', 'INFERENSIA', 'DESKRIPTIF_DAN_INFERENSIA'] as const;

/**
 * Submission status of an INDAH record.
 *
 * @example
 * ```ts
 * INDAH_SUBMISSION_STATUS; // => ['DRAFT', 'SUBMITTED']
 * ```
 */
export const INDAH_SUBMISSION_STATUS = ['DRAFT', 'SUBMITTED'] as const;

// The same values as zod enum objects, so each value carries its documentation.
// Zod enum object: the values above, each documented.
export const JENIS_STATISTIK_ENUM = {
  /** Statistik dasar. */
  STATISTIK_DASAR: 'STATISTIK_DASAR',
  /** Statistik sektoral. */
  STATISTIK_SEKTORAL: 'STATISTIK_SEKTORAL',
  /** Statistik khusus. */
  STATISTIK_KHUSUS: 'STATISTIK_KHUSUS',
} as const;
// Zod enum object: the values above, each documented.
export const CARA_PENGUMPULAN_DATA_ENUM = {
  /** Pencacahan lengkap. */
  PENCACAHAN_LENGKAP: 'PENCACAHAN_LENGKAP',
  /** Survei. */
  SURVEI: 'SURVEI',
  /** Kompilasi produk administrasi. */
  KOMPILASI_PRODUK_ADMINISTRASI: 'KOMPILASI_PRODUK_ADMINISTRASI',
  /** Cara lain sesuai dengan perkembangan ti. */
  CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI: 'CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI',
} as const;
// Zod enum object: the values above, each documented.
export const SEKTOR_KEGIATAN_ENUM = {
  /** Pertanian dan perikanan. */
  PERTANIAN_DAN_PERIKANAN: 'PERTANIAN_DAN_PERIKANAN',
  /** Demografi dan kependudukan. */
  DEMOGRAFI_DAN_KEPENDUDUKAN: 'DEMOGRAFI_DAN_KEPENDUDUKAN',
  /** Pembangunan. */
  PEMBANGUNAN: 'PEMBANGUNAN',
  /** Proyeksi ekonomi. */
  PROYEKSI_EKONOMI: 'PROYEKSI_EKONOMI',
  /** Pendidikan dan pelatihan. */
  PENDIDIKAN_DAN_PELATIHAN: 'PENDIDIKAN_DAN_PELATIHAN',
  /** Lingkungan. */
  LINGKUNGAN: 'LINGKUNGAN',
  /** Keuangan. */
  KEUANGAN: 'KEUANGAN',
  /** Globalisasi. */
  GLOBALISASI: 'GLOBALISASI',
  /** Kesehatan. */
  KESEHATAN: 'KESEHATAN',
  /** Industri dan jasa. */
  INDUSTRI_DAN_JASA: 'INDUSTRI_DAN_JASA',
  /** Teknologi informasi dan komunikasi. */
  TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI: 'TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI',
  /** Perdagangan internasional dan neraca perdagangan. */
  PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN: 'PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN',
  /** Ketenagakerjaan. */
  KETENAGAKERJAAN: 'KETENAGAKERJAAN',
  /** Neraca nasional. */
  NERACA_NASIONAL: 'NERACA_NASIONAL',
  /** Indikator ekonomi bulanan. */
  INDIKATOR_EKONOMI_BULANAN: 'INDIKATOR_EKONOMI_BULANAN',
  /** Produktivitas. */
  PRODUKTIVITAS: 'PRODUKTIVITAS',
  /** Harga dan paritas daya beli. */
  HARGA_DAN_PARITAS_DAYA_BELI: 'HARGA_DAN_PARITAS_DAYA_BELI',
  /** Sektor publik perpajakan dan regulasi pasar. */
  SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR: 'SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR',
  /** Perwilayahan dan perkotaan. */
  PERWILAYAHAN_DAN_PERKOTAAN: 'PERWILAYAHAN_DAN_PERKOTAAN',
  /** Ilmu pengetahuan dan hak paten. */
  ILMU_PENGETAHUAN_DAN_HAK_PATEN: 'ILMU_PENGETAHUAN_DAN_HAK_PATEN',
  /** Perlindungan sosial dan kesejahteraan. */
  PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN: 'PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN',
  /** Transportasi. */
  TRANSPORTASI: 'TRANSPORTASI',
} as const;
// Zod enum object: the values above, each documented.
export const KEGIATAN_INI_DILAKUKAN_ENUM = {
  /** Hanya sekali. */
  HANYA_SEKALI: 'HANYA_SEKALI',
  /** Berulang. */
  BERULANG: 'BERULANG',
} as const;
// Zod enum object: the values above, each documented.
export const FREKUENSI_PENYELENGGARAAN_ENUM = {
  /** Harian. */
  HARIAN: 'HARIAN',
  /** Mingguan. */
  MINGGUAN: 'MINGGUAN',
  /** Bulanan. */
  BULANAN: 'BULANAN',
  /** Triwulanan. */
  TRIWULANAN: 'TRIWULANAN',
  /** Empat bulanan. */
  EMPAT_BULANAN: 'EMPAT_BULANAN',
  /** Semesteran. */
  SEMESTERAN: 'SEMESTERAN',
  /** Tahunan. */
  TAHUNAN: 'TAHUNAN',
  /** Lebih dari dua tahunan. */
  LEBIH_DARI_DUA_TAHUNAN: 'LEBIH_DARI_DUA_TAHUNAN',
} as const;
// Zod enum object: the values above, each documented.
export const TIPE_PENGUMPULAN_DATA_ENUM = {
  /** Longitudinal panel. */
  LONGITUDINAL_PANEL: 'LONGITUDINAL_PANEL',
  /** Cross sectional. */
  CROSS_SECTIONAL: 'CROSS_SECTIONAL',
  /** Longitudinal cross sectional. */
  LONGITUDINAL_CROSS_SECTIONAL: 'LONGITUDINAL_CROSS_SECTIONAL',
} as const;
// Zod enum object: the values above, each documented.
export const CAKUPAN_WILAYAH_PENGUMPULAN_DATA_ENUM = {
  /** Seluruh wilayah indonesia. */
  SELURUH_WILAYAH_INDONESIA: 'SELURUH_WILAYAH_INDONESIA',
  /** Sebagian wilayah indonesia. */
  SEBAGIAN_WILAYAH_INDONESIA: 'SEBAGIAN_WILAYAH_INDONESIA',
} as const;
// Zod enum object: the values above, each documented.
export const JENIS_RANCANGAN_SAMPEL_ENUM = {
  /** Single stage atau phase. */
  SINGLE_STAGE_ATAU_PHASE: 'SINGLE_STAGE_ATAU_PHASE',
  /** Multi stage atau phase. */
  MULTI_STAGE_ATAU_PHASE: 'MULTI_STAGE_ATAU_PHASE',
} as const;
// Zod enum object: the values above, each documented.
export const METODE_PEMILIHAN_SAMPEL_ENUM = {
  /** Sampel probabilitas. */
  SAMPEL_PROBABILITAS: 'SAMPEL_PROBABILITAS',
  /** Sampel nonprobabilitas. */
  SAMPEL_NONPROBABILITAS: 'SAMPEL_NONPROBABILITAS',
} as const;
// Zod enum object: the values above, each documented.
export const METODE_SAMPLING_ENUM = {
  /** Simple random sampling. */
  SIMPLE_RANDOM_SAMPLING: 'SIMPLE_RANDOM_SAMPLING',
  /** Systematic random sampling. */
  SYSTEMATIC_RANDOM_SAMPLING: 'SYSTEMATIC_RANDOM_SAMPLING',
  /** Stratified random sampling. */
  STRATIFIED_RANDOM_SAMPLING: 'STRATIFIED_RANDOM_SAMPLING',
  /** Cluster sampling. */
  CLUSTER_SAMPLING: 'CLUSTER_SAMPLING',
  /** Multi stage sampling. */
  MULTI_STAGE_SAMPLING: 'MULTI_STAGE_SAMPLING',
  /** Quota sampling. */
  QUOTA_SAMPLING: 'QUOTA_SAMPLING',
  /** Accidental sampling. */
  ACCIDENTAL_SAMPLING: 'ACCIDENTAL_SAMPLING',
  /** Purposive sampling. */
  PURPOSIVE_SAMPLING: 'PURPOSIVE_SAMPLING',
  /** Snowball sampling. */
  SNOWBALL_SAMPLING: 'SNOWBALL_SAMPLING',
  /** Saturation sampling. */
  SATURATION_SAMPLING: 'SATURATION_SAMPLING',
} as const;
// Zod enum object: the values above, each documented.
export const KERANGKA_SAMPEL_ENUM = {
  /** List frame. */
  LIST_FRAME: 'LIST_FRAME',
  /** Area frame. */
  AREA_FRAME: 'AREA_FRAME',
} as const;
// Zod enum object: the values above, each documented.
export const PETUGAS_PENGUMPULAN_DATA_ENUM = {
  /** Staf instansi penyelenggara. */
  STAF_INSTANSI_PENYELENGGARA: 'STAF_INSTANSI_PENYELENGGARA',
  /** Mitra atau tenaga kontrak. */
  MITRA_ATAU_TENAGA_KONTRAK: 'MITRA_ATAU_TENAGA_KONTRAK',
  /** Staf instansi penyelenggara dan mitra atau tenaga kontrak. */
  STAF_INSTANSI_PENYELENGGARA_DAN_MITRA_ATAU_TENAGA_KONTRAK:
    'STAF_INSTANSI_PENYELENGGARA_DAN_MITRA_ATAU_TENAGA_KONTRAK',
} as const;
// Zod enum object: the values above, each documented.
export const PENDIDIKAN_TERENDAH_PETUGAS_ENUM = {
  /** Kurang dari atau sama dengan smp. */
  KURANG_DARI_ATAU_SAMA_DENGAN_SMP: 'KURANG_DARI_ATAU_SAMA_DENGAN_SMP',
  /** Sma atau smk. */
  SMA_ATAU_SMK: 'SMA_ATAU_SMK',
  /** Diploma i atau ii atau iii. */
  DIPLOMA_I_ATAU_II_ATAU_III: 'DIPLOMA_I_ATAU_II_ATAU_III',
  /** Diploma iv atau s1 atau s2 atau s3. */
  DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3: 'DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3',
} as const;
// Zod enum object: the values above, each documented.
export const METODE_ANALISIS_ENUM = {
  /** Deskriptif. */
  DESKRIPTIF: 'DESKRIPTIF',
  /** Inferensia. */
  INFERENSIA: 'INFERENSIA',
  /** Deskriptif dan inferensia. */
  DESKRIPTIF_DAN_INFERENSIA: 'DESKRIPTIF_DAN_INFERENSIA',
} as const;
// Zod enum object: the values above, each documented.
export const INDAH_SUBMISSION_STATUS_ENUM = {
  /** Draft. */
  DRAFT: 'DRAFT',
  /** Submitted. */
  SUBMITTED: 'SUBMITTED',
} as const;
