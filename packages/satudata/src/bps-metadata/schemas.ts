import { type LocalizedMessage, parseWith } from '@opengov-id/core';
import * as z from 'zod';
import type { StandarData } from '../dataset/schemas.js';
import {
  CAKUPAN_WILAYAH_PENGUMPULAN_DATA_ENUM,
  CARA_PENGUMPULAN_DATA_ENUM,
  FREKUENSI_PENYELENGGARAAN_ENUM,
  INDAH_SUBMISSION_STATUS_ENUM,
  JENIS_RANCANGAN_SAMPEL_ENUM,
  JENIS_STATISTIK_ENUM,
  KEGIATAN_INI_DILAKUKAN_ENUM,
  KERANGKA_SAMPEL_ENUM,
  METODE_ANALISIS_ENUM,
  METODE_PEMILIHAN_SAMPEL_ENUM,
  METODE_SAMPLING_ENUM,
  PENDIDIKAN_TERENDAH_PETUGAS_ENUM,
  PETUGAS_PENGUMPULAN_DATA_ENUM,
  SEKTOR_KEGIATAN_ENUM,
  TIPE_PENGUMPULAN_DATA_ENUM,
} from './enums.js';

// INDAH sends `null` for unanswered items and may add fields between releases, so every block
// is a loose object of nullish fields: known fields are typed, unknown ones pass through.
const text = z.string().nullish();
const flag = z.boolean().nullish();
const multi = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape).nullish();

/** One period of the activity schedule (`{ awal, akhir }`, dates as INDAH sends them). */
const Periode = z.looseObject({ awal: text, akhir: text });

/**
 * MS-Keg: Metadata Statistik Kegiatan (INDAH v2), the metadata of one statistical activity,
 * blocks I to VIII as in the BPS form.
 *
 * @example
 * ```ts
 * const keg = MetadataKegiatan.parse({
 *   judul_kegiatan: 'Survei Kepuasan Masyarakat',
 *   tahun: 2025,
 *   jenis_statistik: 'STATISTIK_SEKTORAL',
 *   cara_pengumpulan_data: 'SURVEI',
 *   sektor_kegiatan: 'PEMBANGUNAN',
 * });
 * ```
 */
export const MetadataKegiatan = z.looseObject({
  judul_kegiatan: z.string().min(1),
  tahun: z.number().int().min(1900).max(2200),
  jenis_statistik: z.enum(JENIS_STATISTIK_ENUM),
  cara_pengumpulan_data: z.enum(CARA_PENGUMPULAN_DATA_ENUM),
  sektor_kegiatan: z.enum(SEKTOR_KEGIATAN_ENUM),
  /** Romantik recommendation id (rekomendasi kegiatan statistik). */
  identitas_rekomendasi: text,
  /** Blok I: penyelenggara. */
  blok_i: multi({
    instansi_penyelanggara: text,
    alamat_instansi_penyelenggara: multi({ alamat: text, telepon: text, faksimile: text, email: text }),
  }),
  /** Blok II: penanggung jawab. */
  blok_ii: multi({
    unit_penanggung_jawab: multi({ eselon1: text, eselon2: text }),
    penanggung_jawab_teknis: multi({
      nama: text,
      jabatan: text,
      alamat: text,
      telepon: text,
      email: text,
      faksimile: text,
    }),
  }),
  /** Blok III: perencanaan dan persiapan. */
  blok_iii: multi({
    latar_belakang_kegiatan: text,
    tujuan_kegiatan: text,
    rencana_jadwal_kegiatan: multi({
      perencanaan_kegiatan: z.array(Periode).nullish(),
      desain: z.array(Periode).nullish(),
      pengumpulan_data: z.array(Periode).nullish(),
      pengolahan_data: z.array(Periode).nullish(),
      analisis: z.array(Periode).nullish(),
      diseminasi_hasil: z.array(Periode).nullish(),
      evaluasi: z.array(Periode).nullish(),
    }),
    variabel_yang_dikumpulkan: z
      .array(z.looseObject({ nama: z.string(), konsep: text, definisi: text, referensi_waktu: text }))
      .nullish(),
  }),
  /** Blok IV: desain kegiatan. */
  blok_iv: multi({
    kegiatan_ini_dilakukan: z.enum(KEGIATAN_INI_DILAKUKAN_ENUM).nullish(),
    frekuensi_penyelanggara: z.enum(FREKUENSI_PENYELENGGARAAN_ENUM).nullish(),
    tipe_pengumpulan_data: z.enum(TIPE_PENGUMPULAN_DATA_ENUM).nullish(),
    cakupan_wilayah_pengumpulan_data: z.enum(CAKUPAN_WILAYAH_PENGUMPULAN_DATA_ENUM).nullish(),
    sebagian_cakupan_wilayah_pengumpulan_data: z
      .array(
        z.looseObject({
          kode_provinsi: z.union([z.string(), z.number()]).nullish(),
          nama_provinsi: text,
          kode_kabupaten_kota: z.union([z.string(), z.number()]).nullish(),
          nama_kabupaten_kota: text,
        }),
      )
      .nullish(),
    metode_pengumpulan_data: multi({
      wawancara: z.unknown(),
      mengisi_kuesioner_sendiri: z.unknown(),
      pengamatan: z.unknown(),
      pengumpulan_data_sekunder: z.unknown(),
      lainnya: z.unknown(),
      metode_pengumpulan_lainnya: text,
    }),
    sarana_pengumpulan_data: multi({
      papi: z.unknown(),
      capi: z.unknown(),
      cati: z.unknown(),
      cawi: z.unknown(),
      mail: z.unknown(),
      lainnya: z.unknown(),
      sarana_pengumpulan_lainnya: text,
    }),
    unit_pengumpulan_data: multi({
      individu: z.unknown(),
      rumah_tangga: z.unknown(),
      usaha_atau_perusahaan: z.unknown(),
      lainnya: z.unknown(),
      unit_pengumpulan_data_lainnya: text,
    }),
  }),
  /** Blok V: desain sampel. */
  blok_v: multi({
    jenis_rancangan_sampel: z.enum(JENIS_RANCANGAN_SAMPEL_ENUM).nullish(),
    metode_pemilihan_sampel_tahap_terakhir: z.enum(METODE_PEMILIHAN_SAMPEL_ENUM).nullish(),
    metode_yang_digunakan: z.enum(METODE_SAMPLING_ENUM).nullish(),
    kerangka_sampel_tahap_terakhir: z.enum(KERANGKA_SAMPEL_ENUM).nullish(),
    fraksi_sampel_keseluruhan: z.union([z.string(), z.number()]).nullish(),
    nilai_perkiraan_sampling_error_variabel_utama: z.union([z.string(), z.number()]).nullish(),
    unit_sampel: text,
    unit_observasi: text,
  }),
  /** Blok VI: pengumpulan data. */
  blok_vi: multi({
    apakah_melakukan_uji_coba: flag,
    apakah_melakukan_penyesuaian_nonrespon: flag,
    petugas_pengumpulan_data: z.enum(PETUGAS_PENGUMPULAN_DATA_ENUM).nullish(),
    persyaratan_pendidikan_terendah_petugas_pengumpulan_data: z
      .enum(PENDIDIKAN_TERENDAH_PETUGAS_ENUM)
      .nullish(),
    jumlah_petugas_supervisor: z.number().int().nonnegative().nullish(),
    jumlah_petugas_enumerator: z.number().int().nonnegative().nullish(),
    apakah_melakukan_pelatihan_petugas: flag,
  }),
  /** Blok VII: pengolahan dan analisis. */
  blok_vii: multi({
    tahapan_pengolahan_data: multi({ editing: flag, coding: flag, data_entry: flag, validasi: flag }),
    metode_analisis: z.enum(METODE_ANALISIS_ENUM).nullish(),
    unit_analsis: multi({}),
    tingkat_penyajian_hasil_analisis: multi({}),
  }),
  /** Blok VIII: diseminasi hasil. */
  blok_viii: multi({
    ketersediaan_produk_tercetak: flag,
    ketersediaan_produk_digital: flag,
    ketersediaan_produk_mikrodata: flag,
    rencana_jadwal_rilis_produk_tercetak: z.array(z.string()).nullish(),
    rencana_jadwal_rilis_produk_digital: z.array(z.string()).nullish(),
    rencana_jadwal_rilis_produk_mikrodata: z.array(z.string()).nullish(),
  }),
});
/** MS-Keg. */
export type MetadataKegiatan = z.output<typeof MetadataKegiatan>;

/**
 * MS-Var: Metadata Statistik Variabel (INDAH v2), one variable collected by an activity.
 *
 * @example
 * ```ts
 * MetadataVariabel.parse({
 *   nama: 'Jumlah penduduk',
 *   konsep: ['Penduduk'],
 *   definisi: 'Semua orang yang berdomisili di wilayah geografis Indonesia selama 6 bulan atau lebih.',
 *   ukuran: 'Jumlah',
 *   satuan: 'Jiwa',
 *   tipe_data: 'Numerik',
 * });
 * ```
 */
export const MetadataVariabel = z.looseObject({
  nama: z.string().min(1),
  alias: text,
  konsep: z.array(z.string()).default([]),
  definisi: z.string().min(1),
  referensi_pemilihan: z.array(z.string()).nullish(),
  referensi_waktu: text,
  ukuran: text,
  satuan: text,
  tipe_data: text,
  /** "Klasifikasi isian": the classification the answers follow. */
  klasifikasi_rujukan_value_domain: text,
  value_domain: z.array(z.looseObject({ kode: text, nilai: text })).nullish(),
  aturan_validasi: z.array(z.string().nullable()).nullish(),
  kalimat_pertanyaan: text,
  apakah_variabel_bisa_diakses_umum: flag,
  /** Standar Data Statistik id (Peraturan BPS 4/2020). */
  id_sds: z.union([z.string(), z.number()]).nullish(),
});
/** MS-Var. */
export type MetadataVariabel = z.output<typeof MetadataVariabel>;

/**
 * MS-Ind: Metadata Statistik Indikator (INDAH v2), one indicator computed from variables.
 *
 * @example
 * ```ts
 * MetadataIndikator.parse({
 *   nama: 'Tingkat Pengangguran Terbuka',
 *   konsep: ['Pengangguran'],
 *   definisi: 'Persentase pengangguran terhadap angkatan kerja.',
 *   metode_perhitungan: 'Pengangguran dibagi angkatan kerja dikali 100.',
 *   satuan: 'Persen',
 *   apakah_indikator_komposit: false,
 * });
 * ```
 */
export const MetadataIndikator = z.looseObject({
  nama: z.string().min(1),
  konsep: z.array(z.string()).default([]),
  definisi: z.string().min(1),
  interpretasi: text,
  metode_perhitungan: text,
  rumus: text,
  ukuran: text,
  satuan: text,
  /** "Klasifikasi penyajian": how the indicator is broken down. */
  variabel_disaggregasi: z.array(z.looseObject({ nama: z.string(), sumber: text })).nullish(),
  apakah_indikator_komposit: flag,
  indikator_pembangun: z
    .array(z.looseObject({ nama: z.string(), ketersediaan_publikasi: z.array(z.string()).nullish() }))
    .nullish(),
  variabel_pembangun: z
    .array(z.looseObject({ nama: z.string(), kegiatan_penghasil: z.array(z.string()).nullish() }))
    .nullish(),
  level_estimasi: z.union([z.string(), z.array(z.string())]).nullish(),
  apakah_indikator_bisa_diakses_umum: flag,
});
/** MS-Ind. */
export type MetadataIndikator = z.output<typeof MetadataIndikator>;

/**
 * The INDAH v2 submission envelope around an MS-Keg, MS-Var or MS-Ind (`data`), as a regional
 * walidata sends it: status, submitter, produsen data, rejection note.
 *
 * @example
 * ```ts
 * declare const keg: MetadataKegiatan; // read with parseMetadataKegiatan
 * const Submission = indahSubmission(MetadataKegiatan);
 * Submission.parse({ submission_period: 2025, status: 'DRAFT', version: 'v2', data: keg });
 * ```
 */
export function indahSubmission<T extends z.ZodType>(data: T) {
  return z.looseObject({
    base_id: z.union([z.string(), z.number()]).nullish(),
    submission_period: z.number().int(),
    data,
    reviews: z.unknown().optional(),
    status: z.enum(INDAH_SUBMISSION_STATUS_ENUM),
    rejection_note: text,
    submitter: z
      .looseObject({
        username: text,
        name: text,
        organization: z
          .looseObject({
            id: z.union([z.string(), z.number()]).nullish(),
            name: text,
            province: z.looseObject({ code: z.string(), name: text }).nullish(),
            city: z.looseObject({ code: z.string(), name: text }).nullish(),
          })
          .nullish(),
      })
      .nullish(),
    produsen_data: z
      .looseObject({
        id: z.union([z.string(), z.number()]).nullish(),
        name: text,
        province_code: text,
        city_code: text,
      })
      .nullish(),
    walidata_pusat: z.unknown().optional(),
    version: z.literal('v2'),
  });
}

/**
 * Parses an MS-Keg, throwing a bilingual `ValidationError` naming each wrong field.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const keg = parseMetadataKegiatan(json);
 * ```
 */
export function parseMetadataKegiatan(input: unknown): MetadataKegiatan {
  return parseWith(MetadataKegiatan, input, 'MS-Keg');
}

/**
 * Parses an MS-Var (see {@link parseMetadataKegiatan}).
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const variabel = parseMetadataVariabel(json);
 * ```
 */
export function parseMetadataVariabel(input: unknown): MetadataVariabel {
  return parseWith(MetadataVariabel, input, 'MS-Var');
}

/**
 * Parses an MS-Ind (see {@link parseMetadataKegiatan}).
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const indikator = parseMetadataIndikator(json);
 * ```
 */
export function parseMetadataIndikator(input: unknown): MetadataIndikator {
  return parseWith(MetadataIndikator, input, 'MS-Ind');
}

/**
 * The Standar Data (Perpres 39/2019 Ps. 4) of a dataset built from an MS-Var or MS-Ind: konsep,
 * definisi, klasifikasi (MS-Var `klasifikasi_rujukan_value_domain`; MS-Ind disaggregation),
 * ukuran and satuan.
 *
 * @example
 * ```ts
 * declare const variabel: MetadataVariabel; // the variable 'Jumlah Penduduk'
 * standarDataFrom(variabel); // => { konsep: 'Penduduk', definisi: '…', ukuran: 'Jumlah', satuan: 'Jiwa' }
 * ```
 */
export function standarDataFrom(meta: MetadataVariabel | MetadataIndikator): StandarData {
  const out: StandarData = {};
  const konsep = meta.konsep.filter((k) => k.trim() !== '').join('; ');
  if (konsep) out.konsep = konsep;
  if (meta.definisi) out.definisi = meta.definisi;
  const klasifikasi =
    'klasifikasi_rujukan_value_domain' in meta
      ? meta.klasifikasi_rujukan_value_domain
      : (meta as MetadataIndikator).variabel_disaggregasi?.map((v) => v.nama).join('; ');
  if (typeof klasifikasi === 'string' && klasifikasi.trim() !== '' && klasifikasi !== '-')
    out.klasifikasi = klasifikasi;
  if (meta.ukuran) out.ukuran = meta.ukuran;
  if (meta.satuan) out.satuan = meta.satuan;
  return out;
}

/**
 * Labels of the three BPS metadata forms.
 *
 * @example
 * ```ts
 * BPS_METADATA_FORM_LABELS['MS-Var'].en; // => 'Statistical variable metadata'
 * ```
 */
export const BPS_METADATA_FORM_LABELS: Readonly<Record<'MS-Keg' | 'MS-Var' | 'MS-Ind', LocalizedMessage>> = {
  'MS-Keg': { id: 'Metadata Statistik Kegiatan', en: 'Statistical activity metadata' },
  'MS-Var': { id: 'Metadata Statistik Variabel', en: 'Statistical variable metadata' },
  'MS-Ind': { id: 'Metadata Statistik Indikator', en: 'Statistical indicator metadata' },
};
