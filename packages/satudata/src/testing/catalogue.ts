/**
 * A seeded, deterministic pseudo-random generator (mulberry32), giving numbers in [0, 1).
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * const dice = 1 + Math.floor(random() * 6);
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A naive UTC timestamp with microseconds, as CKAN writes it.
 *
 * @example
 * ```ts
 * naiveUtc(Date.UTC(2024, 0, 2, 3, 4, 5, 678)); // '2024-01-02T03:04:05.678000'
 * ```
 */
export function naiveUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 23)}000`;
}

/**
 * A CKAN package dict of the seeded catalogue (the shape `package_show` answers).
 *
 * @example
 * ```ts
 * const pkg: SeededPackage = seedCatalogue({ datasets: 1 }).packages[0]!;
 * console.log(pkg.name, pkg.organization.name);
 * ```
 */
export interface SeededPackage {
  id: string;
  name: string;
  title: string;
  notes: string;
  type: 'dataset';
  state: 'active' | 'draft' | 'deleted';
  private: boolean;
  owner_org: string;
  organization: SeededOrganization;
  license_id: string;
  license_title: string;
  metadata_created: string;
  metadata_modified: string;
  author: string | null;
  maintainer: string | null;
  version: string | null;
  url: string | null;
  num_resources: number;
  num_tags: number;
  resources: SeededResource[];
  tags: Array<{ id: string; name: string; display_name: string; state: 'active'; vocabulary_id: null }>;
  groups: SeededOrganization[];
  extras: Array<{ key: string; value: string }>;
  [key: string]: unknown;
}

/**
 * A CKAN resource dict of the seeded catalogue.
 *
 * @example
 * ```ts
 * const pkg: SeededPackage = seedCatalogue({ datasets: 1 }).packages[0]!;
 * const csv = pkg.resources.find((r: SeededResource) => r.format === 'CSV');
 * ```
 */
export interface SeededResource {
  id: string;
  package_id: string;
  name: string;
  description: string;
  format: string;
  mimetype: string | null;
  url: string;
  url_type: string | null;
  size: number | null;
  position: number;
  state: 'active';
  created: string;
  last_modified: string | null;
  datastore_active: boolean;
  [key: string]: unknown;
}

/**
 * A CKAN organization or group dict of the seeded catalogue.
 *
 * @example
 * ```ts
 * const catalogue = seedCatalogue({ datasets: 10, seed: 42 });
 * const org: SeededOrganization = catalogue.organizations[0]!;
 * ```
 */
export interface SeededOrganization {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  type: 'organization' | 'group';
  is_organization: boolean;
  state: 'active';
  approval_status: 'approved';
  image_url: string;
  image_display_url: string;
  created: string;
  package_count?: number;
  [key: string]: unknown;
}

/**
 * One DataStore table of the seeded catalogue: its fields and rows (with `_id`).
 *
 * @example
 * ```ts
 * const catalogue = seedCatalogue({ datasets: 10, seed: 42 });
 * const [resourceId] = catalogue.datastore.keys();
 * const table: SeededDatastoreTable = catalogue.datastore.get(resourceId!)!;
 * console.log(table.records.length);
 * ```
 */
export interface SeededDatastoreTable {
  fields: Array<{ id: string; type: string; info?: Record<string, unknown> }>;
  records: Array<Record<string, unknown>>;
}

/**
 * A seeded CKAN catalogue: what the emulated portal serves. Writes through the emulator
 * change it in place, so a test can check what was created.
 *
 * @example
 * ```ts
 * const catalogue = seedCatalogue({ datasets: 50, seed: 7 });
 * console.log(catalogue.packages.length, catalogue.organizations.map((o) => o.name));
 * ```
 */
export interface SeededCatalogue {
  packages: SeededPackage[];
  organizations: SeededOrganization[];
  groups: SeededOrganization[];
  licenses: Array<{
    id: string;
    title: string;
    url: string;
    od_conformance: string;
    osd_conformance: string;
    status: string;
  }>;
  datastore: Map<string, SeededDatastoreTable>;
}

/**
 * Options of {@link seedCatalogue}.
 *
 * @example
 * ```ts
 * const options: SeedCatalogueOptions = { datasets: 700, seed: 1, prefix: 'ksb' };
 * ```
 */
export interface SeedCatalogueOptions {
  /** Number of datasets. @defaultValue 40 */
  datasets?: number;
  /** The seed: the same seed gives the same catalogue. @defaultValue 1 */
  seed?: number;
  /** Prefix of organization names and of dataset identifiers, so two portals' catalogues differ. @defaultValue `'ksb'` */
  prefix?: string;
  /** Public URL of the portal, for resource and landing URLs. @defaultValue `'https://ckan.test'` */
  siteUrl?: string;
  /** How many CSV resources get a DataStore table. @defaultValue 3 */
  datastoreTables?: number;
  /** Rows per DataStore table. @defaultValue 250 */
  datastoreRows?: number;
}

const OPD = [
  ['bappeda', 'Badan Perencanaan Pembangunan Daerah'],
  ['dinkes', 'Dinas Kesehatan'],
  ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['dikbud', 'Dinas Pendidikan dan Kebudayaan'],
  ['diskominfo', 'Dinas Komunikasi dan Informatika'],
  ['distan', 'Dinas Pertanian'],
  ['bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
] as const;

const TOPICS = [
  ['jumlah-penduduk', 'Jumlah Penduduk', 'disdukcapil', 'kependudukan'],
  ['prevalensi-stunting', 'Prevalensi Stunting', 'dinkes', 'kesehatan'],
  ['jumlah-puskesmas', 'Jumlah Puskesmas', 'dinkes', 'kesehatan'],
  ['produksi-padi', 'Produksi Padi', 'distan', 'pertanian'],
  ['luas-panen-jagung', 'Luas Panen Jagung', 'distan', 'pertanian'],
  ['jumlah-sekolah', 'Jumlah Sekolah', 'dikbud', 'pendidikan'],
  ['angka-partisipasi-sekolah', 'Angka Partisipasi Sekolah', 'dikbud', 'pendidikan'],
  ['realisasi-apbd', 'Realisasi APBD', 'bpkad', 'keuangan'],
  ['indeks-pembangunan-manusia', 'Indeks Pembangunan Manusia', 'bappeda', 'pembangunan'],
  ['akses-internet-desa', 'Akses Internet Desa', 'diskominfo', 'infrastruktur'],
  ['menara-telekomunikasi', 'Menara Telekomunikasi', 'diskominfo', 'infrastruktur'],
  ['rencana-kerja-opd', 'Rencana Kerja OPD', 'bappeda', 'pembangunan'],
] as const;

const KECAMATAN = [
  'taliwang',
  'jereweh',
  'sekongkang',
  'maluk',
  'seteluk',
  'brang-rea',
  'brang-ene',
  'poto-tano',
];

const LICENSES = [
  {
    id: 'cc-by',
    title: 'Creative Commons Attribution',
    url: 'http://www.opendefinition.org/licenses/cc-by',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    status: 'active',
  },
  {
    id: 'cc-zero',
    title: 'Creative Commons CCZero',
    url: 'http://www.opendefinition.org/licenses/cc-zero',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    status: 'active',
  },
  {
    id: 'other-closed',
    title: 'Other (Not Open)',
    url: '',
    od_conformance: 'not reviewed',
    osd_conformance: 'not reviewed',
    status: 'active',
  },
];

const FORMATS = [
  ['CSV', 'text/csv'],
  ['XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['PDF', 'application/pdf'],
  ['JSON', 'application/json'],
] as const;

const titleCase = (slug: string): string =>
  slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * Builds a deterministic CKAN catalogue of a regency's Satu Data portal: OPD organizations,
 * datasets by topic, kecamatan and year, one to three resources each, tags, groups, extras,
 * naive UTC timestamps, and a few DataStore tables. The same options always give the same
 * catalogue, so tests can assert exact counts.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const catalogue = seedCatalogue({ datasets: 700, seed: 42, prefix: 'ksb' });
 * const server = setupServer(...ckanPortalHandlers({ baseUrl: 'https://data.ksb.test', catalogue }));
 * server.listen();
 * ```
 */
export function seedCatalogue(options: SeedCatalogueOptions = {}): SeededCatalogue {
  const {
    datasets = 40,
    seed = 1,
    prefix = 'ksb',
    siteUrl = 'https://ckan.test',
    datastoreTables = 3,
    datastoreRows = 250,
  } = options;
  const random = seededRandom(seed);
  const base = Date.UTC(2019, 0, 1);
  const at = (): number => base + Math.floor(random() * 6 * 365 * 86_400_000);
  const organizations: SeededOrganization[] = OPD.map(([slug, title]) => {
    const name = `${slug}-${prefix}`;
    return {
      id: uuid(random),
      name,
      title: `${title} ${prefix.toUpperCase()}`,
      display_name: `${title} ${prefix.toUpperCase()}`,
      description: `Produsen data: ${title}.`,
      type: 'organization',
      is_organization: true,
      state: 'active',
      approval_status: 'approved',
      image_url: '',
      image_display_url: '',
      created: naiveUtc(base),
    };
  });
  const groups: SeededOrganization[] = [...new Set(TOPICS.map((t) => t[3]))].map((slug) => ({
    id: uuid(random),
    name: slug,
    title: titleCase(slug),
    display_name: titleCase(slug),
    description: `Kelompok data ${slug}.`,
    type: 'group',
    is_organization: false,
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    created: naiveUtc(base),
  }));

  const packages: SeededPackage[] = [];
  const combos = TOPICS.length * KECAMATAN.length * 11;
  for (let index = 0; index < datasets; index++) {
    const combo = index % combos;
    const topic = TOPICS[combo % TOPICS.length]!;
    const kecamatan = KECAMATAN[Math.floor(combo / TOPICS.length) % KECAMATAN.length]!;
    const year = 2015 + (Math.floor(combo / (TOPICS.length * KECAMATAN.length)) % 11);
    const round = Math.floor(index / combos);
    const name = `${topic[0]}-${kecamatan}-${year}${round > 0 ? `-${round + 1}` : ''}`;
    const org = organizations.find((o) => o.name === `${topic[2]}-${prefix}`)!;
    const group = groups.find((g) => g.name === topic[3])!;
    const license = LICENSES[Math.floor(random() * LICENSES.length)]!;
    const id = uuid(random);
    const created = at();
    const modified = created + Math.floor(random() * 200 * 86_400_000);
    const resourceCount = 1 + Math.floor(random() * 3);
    const resources: SeededResource[] = [];
    for (let r = 0; r < resourceCount; r++) {
      const [format, mimetype] = r === 0 ? FORMATS[0] : FORMATS[Math.floor(random() * FORMATS.length)]!;
      const resourceId = uuid(random);
      const upload = random() < 0.6;
      resources.push({
        id: resourceId,
        package_id: id,
        name: `${topic[1]} ${titleCase(kecamatan)} ${year}${r > 0 ? ` (${r + 1})` : ''}`,
        description: '',
        format,
        mimetype: upload ? mimetype : null,
        url: upload
          ? `${siteUrl}/dataset/${id}/resource/${resourceId}/download/${name}.${format.toLowerCase()}`
          : `https://opendata.${prefix}.test/files/${name}.${format.toLowerCase()}`,
        url_type: upload ? 'upload' : '',
        size: upload ? 1000 + Math.floor(random() * 90_000) : null,
        position: r,
        state: 'active',
        created: naiveUtc(created),
        last_modified: upload ? naiveUtc(modified) : null,
        datastore_active: false,
      });
    }
    const tags = [topic[3], kecamatan, String(year)].map((tag) => ({
      id: uuid(random),
      name: tag,
      display_name: tag,
      state: 'active' as const,
      vocabulary_id: null,
    }));
    packages.push({
      id,
      name,
      title: `${topic[1]} Kecamatan ${titleCase(kecamatan)} Tahun ${year}${round > 0 ? ` (${round + 1})` : ''}`,
      notes: `${topic[1]} di Kecamatan ${titleCase(kecamatan)}, ${prefix.toUpperCase()}, tahun ${year}.`,
      type: 'dataset',
      state: 'active',
      private: false,
      owner_org: org.id,
      organization: org,
      license_id: license.id,
      license_title: license.title,
      metadata_created: naiveUtc(created),
      metadata_modified: naiveUtc(modified),
      author: null,
      maintainer: org.title,
      version: null,
      url: null,
      num_resources: resources.length,
      num_tags: tags.length,
      resources,
      tags,
      groups: [group],
      extras: [
        { key: 'identifier', value: `${prefix}:${name}` },
        { key: 'frekuensi', value: 'tahunan' },
        { key: 'tingkat_penyajian', value: 'kecamatan' },
      ],
    });
  }

  const datastore = new Map<string, SeededDatastoreTable>();
  const step = Math.max(1, Math.floor(packages.length / Math.max(1, datastoreTables)));
  for (let t = 0; t < datastoreTables && t * step < packages.length; t++) {
    const resource = packages[t * step]!.resources[0]!;
    resource.datastore_active = true;
    const records: Array<Record<string, unknown>> = [];
    for (let row = 1; row <= datastoreRows; row++) {
      records.push({
        _id: row,
        kecamatan: titleCase(KECAMATAN[row % KECAMATAN.length]!),
        tahun: 2015 + (row % 11),
        jumlah: Math.floor(random() * 50_000),
        persen: Math.round(random() * 10_000) / 100,
        terverifikasi: random() < 0.5,
        dicatat: naiveUtc(base + row * 3_600_000),
      });
    }
    datastore.set(resource.id, {
      fields: [
        { id: '_id', type: 'int' },
        { id: 'kecamatan', type: 'text', info: { label: 'Kecamatan' } },
        { id: 'tahun', type: 'int4' },
        { id: 'jumlah', type: 'int8' },
        { id: 'persen', type: 'numeric' },
        { id: 'terverifikasi', type: 'bool' },
        { id: 'dicatat', type: 'timestamp' },
      ],
      records,
    });
  }
  for (const org of organizations) org.package_count = packages.filter((p) => p.owner_org === org.id).length;
  for (const group of groups)
    group.package_count = packages.filter((p) => p.groups[0]?.id === group.id).length;
  return { packages, organizations, groups, licenses: LICENSES.map((l) => ({ ...l })), datastore };
}
