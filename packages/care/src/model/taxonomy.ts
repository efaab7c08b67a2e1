import { type LocalizedMessage, ValidationError } from '@opengov-id/core';

/**
 * A subcategory of a {@link TaxonomyCategory}.
 *
 * @example
 * ```ts
 * const sub: TaxonomySubcategory = { code: 'jalan', label: { id: 'Jalan', en: 'Roads' } };
 * ```
 */
export interface TaxonomySubcategory {
  /** Stable code (`jalan`), stored on the report. */
  readonly code: string;
  /** Label in both languages. */
  readonly label: LocalizedMessage;
}

/**
 * A report category with its subcategories.
 *
 * @example
 * ```ts
 * const cat: TaxonomyCategory = { code: 'infrastruktur', label: { id: 'Infrastruktur', en: 'Infrastructure' }, subcategories: [] };
 * ```
 */
export interface TaxonomyCategory {
  /** Stable code, stored on the report. */
  readonly code: string;
  /** Label in both languages. */
  readonly label: LocalizedMessage;
  /** Its subcategories; may be empty. */
  readonly subcategories: readonly TaxonomySubcategory[];
}

/**
 * A category tree (kategori → subkategori) with its source and version, as data.
 *
 * @example
 * ```ts
 * const mine: Taxonomy = {
 *   source: 'SK Kepala Biro Organisasi',
 *   version: '2026-01',
 *   categories: [{ code: 'air', label: { id: 'Air bersih', en: 'Clean water' }, subcategories: [] }],
 * };
 * ```
 */
export interface Taxonomy {
  /** Who decided the list. */
  readonly source: string;
  /** Version of the list. */
  readonly version: string;
  /** The categories. */
  readonly categories: readonly TaxonomyCategory[];
}

const L = (id: string, en: string): LocalizedMessage => ({ id, en });

/**
 * A starting taxonomy, project-defined after the categories of NTB Care's public site and of
 * the `asyncrode/ntbcare` rebuild (kategori → subkategori). Replace it with your regency's own
 * via {@link defineTaxonomy} or {@link extendTaxonomy}.
 *
 * @example
 * ```ts
 * DEFAULT_TAXONOMY.categories.map((c) => c.code).includes('kesehatan'); // => true
 * ```
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  source: 'Project-defined (OGP Local SDK), after NTB Care public categories',
  version: '2026.1',
  categories: [
    {
      code: 'infrastruktur',
      label: L('Infrastruktur', 'Infrastructure'),
      subcategories: [
        { code: 'jalan', label: L('Jalan dan jembatan', 'Roads and bridges') },
        { code: 'penerangan_jalan', label: L('Penerangan jalan umum', 'Street lighting') },
        { code: 'air_bersih', label: L('Air bersih', 'Clean water') },
        { code: 'drainase', label: L('Drainase dan banjir', 'Drainage and flooding') },
      ],
    },
    {
      code: 'kesehatan',
      label: L('Kesehatan', 'Health'),
      subcategories: [
        { code: 'puskesmas', label: L('Puskesmas', 'Community health centre') },
        { code: 'rumah_sakit', label: L('Rumah sakit', 'Hospital') },
        { code: 'jaminan_kesehatan', label: L('Jaminan kesehatan', 'Health insurance') },
      ],
    },
    {
      code: 'pendidikan',
      label: L('Pendidikan', 'Education'),
      subcategories: [
        { code: 'sekolah', label: L('Sekolah', 'Schools') },
        { code: 'beasiswa', label: L('Beasiswa', 'Scholarships') },
      ],
    },
    {
      code: 'administrasi_kependudukan',
      label: L('Administrasi kependudukan', 'Civil registration'),
      subcategories: [
        { code: 'ktp_el', label: L('KTP-el', 'Electronic ID card') },
        { code: 'akta', label: L('Akta dan kartu keluarga', 'Certificates and family card') },
      ],
    },
    {
      code: 'lingkungan',
      label: L('Lingkungan hidup', 'Environment'),
      subcategories: [{ code: 'sampah', label: L('Sampah', 'Waste') }],
    },
    { code: 'sosial', label: L('Sosial dan bantuan', 'Social assistance'), subcategories: [] },
    { code: 'perizinan', label: L('Perizinan', 'Permits'), subcategories: [] },
    {
      code: 'integritas',
      label: L('Integritas aparatur', 'Integrity of officials'),
      subcategories: [
        { code: 'pungli', label: L('Pungutan liar', 'Illegal levies') },
        { code: 'gratifikasi', label: L('Gratifikasi', 'Gratuities') },
        { code: 'penyalahgunaan_wewenang', label: L('Penyalahgunaan wewenang', 'Abuse of authority') },
      ],
    },
    { code: 'lainnya', label: L('Lainnya', 'Other'), subcategories: [] },
  ],
};

const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * Checks a taxonomy (codes lower-case `a-z0-9_-`, unique, labels present) and freezes it.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the offending field.
 * @example
 * ```ts
 * const ksb = defineTaxonomy({ source: 'SK Bupati KSB 12/2026', version: '1', categories: [{ code: 'pertanian', label: { id: 'Pertanian', en: 'Agriculture' }, subcategories: [] }] });
 * ```
 */
export function defineTaxonomy(taxonomy: Taxonomy): Taxonomy {
  const seen = new Set<string>();
  taxonomy.categories.forEach((category, i) => {
    const field = `categories[${i}]`;
    if (typeof category.code !== 'string' || !CODE.test(category.code) || seen.has(category.code))
      throw ValidationError.single(
        `${field}.code`,
        {
          id: `Kode kategori di \`${field}.code\` harus unik dan berupa huruf kecil, angka, _ atau -.`,
          en: `Category code at \`${field}.code\` must be unique and use lower-case letters, digits, _ or -.`,
        },
        'invalid_taxonomy',
      );
    seen.add(category.code);
    const subs = new Set<string>();
    category.subcategories.forEach((sub, j) => {
      if (typeof sub.code !== 'string' || !CODE.test(sub.code) || subs.has(sub.code))
        throw ValidationError.single(
          `${field}.subcategories[${j}].code`,
          {
            id: `Kode subkategori di \`${field}.subcategories[${j}].code\` harus unik dan berformat kode.`,
            en: `Subcategory code at \`${field}.subcategories[${j}].code\` must be unique and code-shaped.`,
          },
          'invalid_taxonomy',
        );
      subs.add(sub.code);
    });
  });
  return Object.freeze({ ...taxonomy, categories: Object.freeze([...taxonomy.categories]) });
}

/**
 * A new taxonomy with extra categories, or extra subcategories merged into existing ones.
 *
 * @example
 * ```ts
 * const ksb = extendTaxonomy(DEFAULT_TAXONOMY, [{ code: 'tambang', label: { id: 'Pertambangan', en: 'Mining' }, subcategories: [] }], { version: '2026.1-ksb' });
 * ```
 */
export function extendTaxonomy(
  base: Taxonomy,
  categories: readonly TaxonomyCategory[],
  meta: { source?: string; version?: string } = {},
): Taxonomy {
  const merged = base.categories.map((c) => ({ ...c, subcategories: [...c.subcategories] }));
  for (const extra of categories) {
    const existing = merged.find((c) => c.code === extra.code);
    if (existing) existing.subcategories.push(...extra.subcategories);
    else merged.push({ ...extra, subcategories: [...extra.subcategories] });
  }
  return defineTaxonomy({
    source: meta.source ?? base.source,
    version: meta.version ?? base.version,
    categories: merged,
  });
}

/**
 * Checks that `category` (and `subcategory`, when given) exist in `taxonomy`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} on the field `category` or `subcategory`.
 * @example
 * ```ts
 * checkCategory(DEFAULT_TAXONOMY, 'infrastruktur', 'jalan'); // ok
 * checkCategory(DEFAULT_TAXONOMY, 'infrastruktur', 'sekolah'); // throws on `subcategory`
 * ```
 */
export function checkCategory(taxonomy: Taxonomy, category: string, subcategory?: string): void {
  const found = taxonomy.categories.find((c) => c.code === category);
  if (!found)
    throw ValidationError.single(
      'category',
      {
        id: 'Kolom `category` tidak ada dalam taksonomi kategori.',
        en: 'Field `category` is not in the category taxonomy.',
      },
      'unknown_category',
    );
  if (subcategory !== undefined && !found.subcategories.some((s) => s.code === subcategory))
    throw ValidationError.single(
      'subcategory',
      {
        id: `Kolom \`subcategory\` bukan subkategori dari "${category}".`,
        en: `Field \`subcategory\` is not a subcategory of "${category}".`,
      },
      'unknown_subcategory',
    );
}
