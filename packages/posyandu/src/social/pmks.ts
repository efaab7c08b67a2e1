import type { LocalizedMessage } from '@opengov-id/core';
import type { RulesetSource } from '../categories/types.js';

/** One category of a social-problem code list. */
export interface SocialProblemCategory {
  /** Code, snake_case. */
  readonly code: string;
  /** Name in Indonesian and English. */
  readonly label: LocalizedMessage;
}

/** A versioned code list for the social-problem early-detection checklist. */
export interface SocialProblemCodeList {
  /** Identifier (`pmks-kemensos`). */
  readonly id: string;
  /** Where the list comes from. */
  readonly source: RulesetSource;
  /** Whether the list was checked against the primary text. */
  readonly confirmed: boolean;
  /** The categories. */
  readonly categories: readonly SocialProblemCategory[];
}

const c = (code: string, id: string, en: string): SocialProblemCategory => ({ code, label: { id, en } });

/**
 * The 26 categories of Pemerlu Pelayanan Kesejahteraan Sosial (PPKS, formerly PMKS) of the Ministry
 * of Social Affairs: Permensos No. 08 Tahun 2012 (pendataan PMKS dan PSKS), kept in Permensos No. 5
 * Tahun 2019 (pengelolaan Data Terpadu Kesejahteraan Sosial). The default code list of the posyandu's
 * social-problem checklist; the NTB programme may supply its own. Reproduced from secondary sources
 * (`confirmed: false`).
 *
 * @example
 * ```ts
 * PMKS_KEMENSOS.categories.length; // => 26
 * PMKS_KEMENSOS.categories[0]?.label.id; // => 'Anak balita terlantar'
 * ```
 */
export const PMKS_KEMENSOS: SocialProblemCodeList = {
  id: 'pmks-kemensos',
  source: {
    regulation:
      'Peraturan Menteri Sosial Nomor 08 Tahun 2012 tentang Pedoman Pendataan dan Pengelolaan Data PMKS dan PSKS; Permensos Nomor 5 Tahun 2019',
    provision:
      'Jenis Penyandang Masalah Kesejahteraan Sosial / Pemerlu Pelayanan Kesejahteraan Sosial (26 jenis)',
    version: '2012 (2019)',
  },
  confirmed: false,
  categories: [
    /* @__PURE__ */ c('anak_balita_terlantar', 'Anak balita terlantar', 'Neglected child under five'),
    /* @__PURE__ */ c('anak_terlantar', 'Anak terlantar', 'Neglected child'),
    /* @__PURE__ */ c(
      'anak_berhadapan_dengan_hukum',
      'Anak yang berhadapan dengan hukum',
      'Child in conflict with the law',
    ),
    /* @__PURE__ */ c('anak_jalanan', 'Anak jalanan', 'Street child'),
    /* @__PURE__ */ c(
      'anak_dengan_kedisabilitasan',
      'Anak dengan kedisabilitasan',
      'Child with a disability',
    ),
    /* @__PURE__ */ c(
      'anak_korban_tindak_kekerasan',
      'Anak yang menjadi korban tindak kekerasan atau diperlakukan salah',
      'Child victim of violence or abuse',
    ),
    /* @__PURE__ */ c(
      'anak_memerlukan_perlindungan_khusus',
      'Anak yang memerlukan perlindungan khusus',
      'Child in need of special protection',
    ),
    /* @__PURE__ */ c('lanjut_usia_terlantar', 'Lanjut usia terlantar', 'Neglected older person'),
    /* @__PURE__ */ c('penyandang_disabilitas', 'Penyandang disabilitas', 'Person with a disability'),
    /* @__PURE__ */ c('tuna_susila', 'Tuna susila', 'Sex worker'),
    /* @__PURE__ */ c('gelandangan', 'Gelandangan', 'Homeless person'),
    /* @__PURE__ */ c('pengemis', 'Pengemis', 'Beggar'),
    /* @__PURE__ */ c('pemulung', 'Pemulung', 'Waste picker'),
    /* @__PURE__ */ c('kelompok_minoritas', 'Kelompok minoritas', 'Minority group'),
    /* @__PURE__ */ c(
      'bekas_warga_binaan_lapas',
      'Bekas warga binaan lembaga pemasyarakatan',
      'Former prison inmate',
    ),
    /* @__PURE__ */ c('odha', 'Orang dengan HIV/AIDS (ODHA)', 'Person living with HIV/AIDS'),
    /* @__PURE__ */ c('korban_penyalahgunaan_napza', 'Korban penyalahgunaan NAPZA', 'Victim of drug abuse'),
    /* @__PURE__ */ c('korban_trafficking', 'Korban trafficking', 'Victim of trafficking'),
    /* @__PURE__ */ c('korban_tindak_kekerasan', 'Korban tindak kekerasan', 'Victim of violence'),
    /* @__PURE__ */ c(
      'pekerja_migran_bermasalah_sosial',
      'Pekerja migran bermasalah sosial',
      'Migrant worker with social problems',
    ),
    /* @__PURE__ */ c('korban_bencana_alam', 'Korban bencana alam', 'Victim of a natural disaster'),
    /* @__PURE__ */ c('korban_bencana_sosial', 'Korban bencana sosial', 'Victim of a social disaster'),
    /* @__PURE__ */ c(
      'perempuan_rawan_sosial_ekonomi',
      'Perempuan rawan sosial ekonomi',
      'Socio-economically vulnerable woman',
    ),
    /* @__PURE__ */ c('fakir_miskin', 'Fakir miskin', 'Poor person'),
    /* @__PURE__ */ c(
      'keluarga_bermasalah_sosial_psikologis',
      'Keluarga bermasalah sosial psikologis',
      'Family with psychosocial problems',
    ),
    /* @__PURE__ */ c('komunitas_adat_terpencil', 'Komunitas adat terpencil', 'Remote indigenous community'),
  ],
};
