// The SAMPLE catalogue the reference server seeds: a KSB-like Satu Data portal with fictional
// datasets and fictional numbers (CONTOH). Nothing here is official data of Kabupaten Sumbawa Barat.
import {
  type CkanDatastoreField,
  type DatasetInput,
  findLicence,
  parseDataset,
  toCkanPackage,
} from '@opengov-id/satudata';
import type { StoreTx } from '../../store/types.js';
import {
  COLLECTIONS,
  type StoredDatastoreRow,
  type StoredDatastoreTable,
  type StoredGroup,
  type StoredPackage,
  type StoredResource,
} from './records.js';

/** Every sample record carries this tag and this extra, so nobody mistakes it for real data. */
export const SAMPLE_TAG = 'contoh';
const SAMPLE_NOTE = 'CONTOH: data fiktif untuk server referensi OGP Local SDK, bukan data resmi.';
const SITE = 'https://ksb-contoh.example';
const REGENCY = 'Kabupaten Sumbawa Barat (CONTOH)';

const KECAMATAN = [
  'Taliwang',
  'Brang Ene',
  'Brang Rea',
  'Jereweh',
  'Maluk',
  'Poto Tano',
  'Sekongkang',
  'Seteluk',
] as const;

/** A CKAN timestamp as CKAN writes it: naive UTC with microseconds. */
function ckanTime(at: Date): string {
  return `${at.toISOString().slice(0, 23)}000`;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

// Stable UUID-shaped ids, so links in the demo and tests do not change between runs.
const sampleId = (kind: number, n: number) =>
  `5207c0de-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

interface SampleOrganization {
  readonly slug: string;
  readonly title: string;
}

const ORGANIZATIONS: readonly SampleOrganization[] = [
  { slug: 'bappeda-ksb', title: 'Badan Perencanaan Pembangunan Daerah' },
  { slug: 'dinkes-ksb', title: 'Dinas Kesehatan' },
  { slug: 'disdukcapil-ksb', title: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { slug: 'distan-ksb', title: 'Dinas Pertanian' },
  { slug: 'dikbud-ksb', title: 'Dinas Pendidikan dan Kebudayaan' },
  { slug: 'diskominfo-ksb', title: 'Dinas Komunikasi dan Informatika' },
];

const GROUPS = [
  'kependudukan',
  'kesehatan',
  'pertanian',
  'pendidikan',
  'pembangunan',
  'infrastruktur',
] as const;

type Table = { fields: CkanDatastoreField[]; rows: Array<Record<string, unknown>> };

interface SampleDataset {
  readonly org: string;
  readonly group: (typeof GROUPS)[number];
  /** Last modified, in days before the seed's `now`. */
  readonly age: number;
  readonly private?: boolean;
  /** The Satu Data model of the dataset; how much it says is how good its metadata is. */
  readonly dataset: DatasetInput;
  /** A DataStore table for the first distribution. */
  readonly table?: Table;
}

// Numbers are made up from simple formulas: plausible in size, fictional in value.
const pendudukTable: Table = {
  fields: [
    { id: 'kecamatan', type: 'text', info: { label: 'Kecamatan' } },
    { id: 'tahun', type: 'int4' },
    { id: 'jenis_kelamin', type: 'text', info: { label: 'Jenis kelamin (L/P)' } },
    { id: 'jumlah', type: 'int4', info: { label: 'Jumlah penduduk (jiwa)' } },
  ],
  rows: KECAMATAN.flatMap((kecamatan, k) =>
    [2022, 2023, 2024].flatMap((tahun, t) =>
      (['L', 'P'] as const).map((jenis_kelamin, s) => ({
        kecamatan,
        tahun,
        jenis_kelamin,
        jumlah: 4_000 + k * 1_150 + t * 90 + s * 35,
      })),
    ),
  ),
};

const stuntingTable: Table = {
  fields: [
    { id: 'kecamatan', type: 'text' },
    { id: 'tahun', type: 'int4' },
    { id: 'balita_diukur', type: 'int4' },
    { id: 'balita_stunting', type: 'int4' },
    { id: 'prevalensi_persen', type: 'numeric' },
  ],
  rows: KECAMATAN.flatMap((kecamatan, k) =>
    [2023, 2024].map((tahun, t) => {
      const measured = 600 + k * 70;
      const stunted = 90 - k * 6 - t * 12;
      return {
        kecamatan,
        tahun,
        balita_diukur: measured,
        balita_stunting: stunted,
        prevalensi_persen: Math.round((stunted / measured) * 10_000) / 100,
      };
    }),
  ),
};

const padiTable: Table = {
  fields: [
    { id: 'kecamatan', type: 'text' },
    { id: 'tahun', type: 'int4' },
    { id: 'luas_panen_ha', type: 'numeric' },
    { id: 'produksi_ton', type: 'numeric' },
  ],
  rows: KECAMATAN.flatMap((kecamatan, k) =>
    [2020, 2021, 2022, 2023, 2024].map((tahun, t) => {
      const area = 900 + k * 210 + t * 25;
      return { kecamatan, tahun, luas_panen_ha: area, produksi_ton: Math.round(area * (5.1 + t * 0.05)) };
    }),
  ),
};

const office = (slug: string) => `${slug.replace(/-ksb$/, '')}@ksb-contoh.example`;
const producer = (slug: string) => {
  const org = ORGANIZATIONS.find((o) => o.slug === slug);
  return { id: slug, name: `${org?.title ?? slug} ${REGENCY}`, email: office(slug) };
};
const csv = (slug: string, title: string) => ({
  title,
  accessUrl: `${SITE}/dataset/${slug}/resource/${slug}.csv`,
  downloadUrl: `${SITE}/dataset/${slug}/resource/${slug}.csv`,
  format: 'CSV',
  mediaType: 'text/csv',
  byteSize: 2048 + slug.length * 64,
});

// A well-described dataset: what Perpres 39/2019 and MQA ask for.
function rich(
  slug: string,
  org: string,
  title: string,
  description: string,
  keywords: string[],
  theme: string,
  extra: Partial<DatasetInput> = {},
): DatasetInput {
  return {
    identifier: `ksb-contoh:${slug}`,
    name: slug,
    title: `${title} (CONTOH)`,
    description: `${description} ${SAMPLE_NOTE}`,
    keywords: [...keywords, SAMPLE_TAG],
    themes: [theme],
    accessLevel: 'terbuka',
    licence: { id: 'cc-by' },
    produsenData: producer(org),
    walidata: producer('diskominfo-ksb'),
    contactPoint: { name: `Pengelola data ${producer(org).name}`, email: office(org) },
    issued: '2024-02-01',
    modified: '2025-01-15',
    updateFrequency: 'tahunan',
    temporal: { start: '2022-01-01', end: '2024-12-31' },
    spatial: { regionCodes: ['52.07'], label: REGENCY },
    language: ['id'],
    landingPage: `${SITE}/dataset/${slug}`,
    distributions: [csv(slug, `${title} (CSV)`)],
    ...extra,
  };
}

// A dataset with the basics only: title, description, tags, licence, one file.
function basic(slug: string, org: string, title: string, keywords: string[], format = 'CSV'): DatasetInput {
  return {
    identifier: `ksb-contoh:${slug}`,
    name: slug,
    title: `${title} (CONTOH)`,
    description: `${title} di ${REGENCY}. ${SAMPLE_NOTE}`,
    keywords: [...keywords, SAMPLE_TAG],
    licence: { id: 'cc-by' },
    produsenData: producer(org),
    distributions: [
      {
        title: `${title} (${format})`,
        accessUrl: `${SITE}/dataset/${slug}/resource/${slug}.${format.toLowerCase()}`,
        format,
      },
    ],
  };
}

// Deliberately weak metadata, as real portals have: no description, licence, tags or format.
function weak(slug: string, org: string, title: string): DatasetInput {
  return {
    identifier: `ksb-contoh:${slug}`,
    name: slug,
    title: `${title} (CONTOH)`,
    description: '',
    keywords: [SAMPLE_TAG],
    produsenData: producer(org),
    distributions: [{ accessUrl: `https://drive-contoh.example/${slug}` }],
  };
}

const DATASETS: readonly SampleDataset[] = [
  {
    org: 'disdukcapil-ksb',
    group: 'kependudukan',
    age: 20,
    table: pendudukTable,
    dataset: rich(
      'jumlah-penduduk-per-kecamatan',
      'disdukcapil-ksb',
      'Jumlah Penduduk per Kecamatan',
      'Jumlah penduduk menurut kecamatan dan jenis kelamin, 2022–2024.',
      ['penduduk', 'kecamatan'],
      'SOCI',
      { dataPrioritas: true, dataInduk: true },
    ),
  },
  {
    org: 'disdukcapil-ksb',
    group: 'kependudukan',
    age: 95,
    dataset: basic('jumlah-kartu-keluarga-per-desa', 'disdukcapil-ksb', 'Jumlah Kartu Keluarga per Desa', [
      'kartu-keluarga',
      'desa',
    ]),
  },
  {
    org: 'disdukcapil-ksb',
    group: 'kependudukan',
    age: 900,
    dataset: weak('rekap-akta-kelahiran', 'disdukcapil-ksb', 'Rekap Akta Kelahiran'),
  },
  {
    org: 'dinkes-ksb',
    group: 'kesehatan',
    age: 12,
    table: stuntingTable,
    dataset: rich(
      'prevalensi-stunting-per-kecamatan',
      'dinkes-ksb',
      'Prevalensi Stunting Balita per Kecamatan',
      'Balita diukur, balita stunting dan prevalensi menurut kecamatan, hasil penimbangan posyandu.',
      ['stunting', 'balita', 'posyandu'],
      'HEAL',
      { dataPrioritas: true },
    ),
  },
  {
    org: 'dinkes-ksb',
    group: 'kesehatan',
    age: 60,
    dataset: rich(
      'cakupan-imunisasi-dasar-lengkap',
      'dinkes-ksb',
      'Cakupan Imunisasi Dasar Lengkap',
      'Persentase bayi yang mendapat imunisasi dasar lengkap menurut puskesmas.',
      ['imunisasi', 'bayi', 'puskesmas'],
      'HEAL',
    ),
  },
  {
    org: 'dinkes-ksb',
    group: 'kesehatan',
    age: 150,
    dataset: basic('jumlah-puskesmas-dan-posyandu', 'dinkes-ksb', 'Jumlah Puskesmas dan Posyandu', [
      'puskesmas',
      'posyandu',
    ]),
  },
  {
    org: 'dinkes-ksb',
    group: 'kesehatan',
    age: 1200,
    dataset: weak('data-kesehatan', 'dinkes-ksb', 'Data Kesehatan'),
  },
  {
    org: 'distan-ksb',
    group: 'pertanian',
    age: 30,
    table: padiTable,
    dataset: rich(
      'produksi-padi-per-kecamatan',
      'distan-ksb',
      'Luas Panen dan Produksi Padi per Kecamatan',
      'Luas panen (ha) dan produksi gabah kering giling (ton) menurut kecamatan, 2020–2024.',
      ['padi', 'produksi', 'kecamatan'],
      'AGRI',
      { temporal: { start: '2020-01-01', end: '2024-12-31' } },
    ),
  },
  {
    org: 'distan-ksb',
    group: 'pertanian',
    age: 200,
    dataset: basic('luas-panen-jagung', 'distan-ksb', 'Luas Panen Jagung', ['jagung'], 'XLSX'),
  },
  {
    org: 'distan-ksb',
    group: 'pertanian',
    age: 700,
    dataset: weak('harga-gabah', 'distan-ksb', 'Harga Gabah'),
  },
  {
    org: 'dikbud-ksb',
    group: 'pendidikan',
    age: 45,
    dataset: rich(
      'jumlah-sekolah-per-jenjang',
      'dikbud-ksb',
      'Jumlah Sekolah per Jenjang',
      'Jumlah SD, SMP dan SMA/SMK negeri dan swasta menurut kecamatan.',
      ['sekolah', 'pendidikan'],
      'EDUC',
    ),
  },
  {
    org: 'dikbud-ksb',
    group: 'pendidikan',
    age: 380,
    dataset: basic('angka-partisipasi-sekolah', 'dikbud-ksb', 'Angka Partisipasi Sekolah', ['aps']),
  },
  {
    org: 'bappeda-ksb',
    group: 'pembangunan',
    age: 75,
    dataset: rich(
      'indeks-pembangunan-manusia',
      'bappeda-ksb',
      'Indeks Pembangunan Manusia',
      'IPM dan komponennya (umur harapan hidup, harapan lama sekolah, pengeluaran per kapita).',
      ['ipm', 'pembangunan-manusia'],
      'ECON',
    ),
  },
  {
    org: 'bappeda-ksb',
    group: 'pembangunan',
    age: 110,
    dataset: basic(
      'rkpd-2025',
      'bappeda-ksb',
      'Rencana Kerja Pemerintah Daerah 2025',
      ['rkpd', 'perencanaan'],
      'PDF',
    ),
  },
  {
    org: 'diskominfo-ksb',
    group: 'infrastruktur',
    age: 40,
    dataset: basic(
      'titik-wifi-publik',
      'diskominfo-ksb',
      'Titik Wifi Publik',
      ['wifi', 'internet'],
      'GeoJSON',
    ),
  },
  {
    // Not yet released: only curators (walidata, admin) see it.
    org: 'diskominfo-ksb',
    group: 'infrastruktur',
    age: 3,
    private: true,
    dataset: basic(
      'rekap-menara-telekomunikasi-draf',
      'diskominfo-ksb',
      'Rekap Menara Telekomunikasi (draf)',
      ['menara'],
    ),
  },
];

const LICENSE_TITLES: Record<string, string> = { notspecified: 'License not specified' };

function organizationRecord(org: SampleOrganization, index: number, created: string): StoredGroup {
  const title = `${org.title} ${REGENCY}`;
  return {
    id: sampleId(1, index + 1),
    name: org.slug,
    title,
    display_name: title,
    description: `Produsen data (perangkat daerah). ${SAMPLE_NOTE}`,
    image_url: '',
    image_display_url: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    created,
  };
}

function groupRecord(slug: string, index: number, created: string): StoredGroup {
  const title = slug.charAt(0).toUpperCase() + slug.slice(1);
  return {
    id: sampleId(2, index + 1),
    name: slug,
    title,
    display_name: title,
    description: `Kelompok data ${slug}. ${SAMPLE_NOTE}`,
    image_url: '',
    image_display_url: '',
    type: 'group',
    is_organization: false,
    state: 'active',
    approval_status: 'approved',
    created,
  };
}

/** The CKAN package dict `package_show` answers, from the dataset's Satu Data model. */
function packageRecord(
  sample: SampleDataset,
  index: number,
  organization: StoredGroup,
  group: StoredGroup,
  now: Date,
): StoredPackage {
  const { value: mapped } = toCkanPackage(parseDataset(sample.dataset));
  const id = sampleId(3, index + 1);
  const modified = ckanTime(daysBefore(now, sample.age));
  const created = ckanTime(daysBefore(now, sample.age + 30));
  const licenseId = mapped.license_id ?? 'notspecified';
  const licence = findLicence(licenseId);
  const resources: StoredResource[] = mapped.resources.map((resource, position) => ({
    id: sampleId(4, index * 10 + position + 1),
    package_id: id,
    url: String(resource['url']),
    name: typeof resource['name'] === 'string' ? resource['name'] : '',
    description: typeof resource['description'] === 'string' ? resource['description'] : '',
    format: typeof resource['format'] === 'string' ? resource['format'] : '',
    mimetype: typeof resource['mimetype'] === 'string' ? resource['mimetype'] : null,
    mimetype_inner: null,
    hash: '',
    size: typeof resource['size'] === 'number' ? resource['size'] : null,
    position,
    state: 'active',
    created,
    last_modified: modified,
    metadata_modified: modified,
    cache_url: null,
    cache_last_updated: null,
    resource_type: null,
    url_type: resource['url']?.toString().startsWith(SITE) ? 'upload' : '',
    datastore_active: position === 0 && sample.table !== undefined,
  }));
  const tags = (mapped.tags ?? []).map((tag) => ({
    id: `${id}:${tag.name}`,
    name: tag.name,
    display_name: tag.name,
    state: 'active',
    vocabulary_id: null,
  }));
  return {
    ...mapped,
    id,
    type: 'dataset',
    state: 'active',
    private: sample.private === true,
    owner_org: organization.id,
    organization,
    author: null,
    author_email: null,
    // The contact point travels in the extras (contact_name, contact_email), as toCkanPackage writes it.
    maintainer: null,
    maintainer_email: null,
    license_id: licenseId,
    license_title: licence?.title ?? LICENSE_TITLES[licenseId] ?? licenseId,
    license_url: licence?.url ?? '',
    isopen: licence?.open ?? false,
    url: mapped.url ?? '',
    version: mapped.version ?? '',
    notes: mapped.notes ?? '',
    metadata_created: created,
    metadata_modified: modified,
    creator_user_id: sampleId(9, 1),
    num_resources: resources.length,
    num_tags: tags.length,
    tags,
    groups: [group],
    extras: [...mapped.extras, { key: 'sample', value: 'true' }],
    resources,
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

/**
 * Seeds the SAMPLE catalogue into a fresh store: 6 OPD organizations, 6 groups, 16 datasets
 * (one private, four with deliberately weak metadata) and DataStore tables for three resources.
 * Every record is marked as sample: the tag `contoh`, the extra `sample: true`, "(CONTOH)" in
 * titles and a note in descriptions. Ids are stable; timestamps count back from `now`.
 */
export async function seedSampleCatalogue(tx: StoreTx, now: Date): Promise<void> {
  const created = ckanTime(daysBefore(now, 1500));
  const organizations = ORGANIZATIONS.map((org, i) => organizationRecord(org, i, created));
  const groups = GROUPS.map((slug, i) => groupRecord(slug, i, created));
  for (const org of organizations) await tx.insert(COLLECTIONS.organizations, org.id, org);
  for (const group of groups) await tx.insert(COLLECTIONS.groups, group.id, group);
  for (const [index, sample] of DATASETS.entries()) {
    const organization = organizations.find((o) => o.name === sample.org);
    const group = groups.find((g) => g.name === sample.group);
    if (!organization || !group)
      throw new Error(`Sample dataset ${index} names an unknown organization or group.`);
    const pkg = packageRecord(sample, index, organization, group, now);
    await tx.insert(COLLECTIONS.packages, pkg.id, pkg);
    const resource = pkg.resources[0];
    if (sample.table && resource) {
      const table: StoredDatastoreTable = {
        resource_id: resource.id,
        package_id: pkg.id,
        fields: [{ id: '_id', type: 'int' }, ...sample.table.fields],
      };
      await tx.insert(COLLECTIONS.datastoreTables, resource.id, table);
      for (const [i, values] of sample.table.rows.entries()) {
        const row: StoredDatastoreRow = { resource_id: resource.id, record: { _id: i + 1, ...values } };
        await tx.insert(COLLECTIONS.datastoreRows, `${resource.id}/${i + 1}`, row);
      }
    }
  }
}
