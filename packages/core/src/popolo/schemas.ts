import * as z from 'zod';
import type { LocalizedMessage } from '../errors/errors.js';
import { isLocalDate } from '../calendar/date.js';

/*
 * Popolo 1.0 (https://www.popoloproject.com, popolo-project/popolo-spec) in camelCase.
 * Field names follow the spec one to one so that toPopolo/fromPopolo only rename keys;
 * `areaCode` is the one exception (Popolo `area_id`), and `abbreviation` is our extension.
 */

const PARTIAL_DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_RE.test(value)) return false;
  const [y, m, d] = value.split('-');
  if (m === undefined) return true;
  return isLocalDate(`${y}-${m}-${d ?? '01'}`);
}

/**
 * A Popolo date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the spec's pattern), and a real date.
 * Popolo allows partial dates because founding years and terms are often known only so far.
 *
 * @example
 * ```ts
 * PopoloDate.parse('2021-02'); // => '2021-02'
 * PopoloDate.safeParse('2021-13').success; // => false
 * ```
 */
export const PopoloDate = z.string().refine(isPartialDate, {
  message: 'Must be a date as YYYY, YYYY-MM or YYYY-MM-DD.',
  params: { id: 'Harus tanggal dalam format YYYY, YYYY-MM atau YYYY-MM-DD.' },
});
/** A Popolo date string; see {@link PopoloDate}. */
export type PopoloDate = z.output<typeof PopoloDate>;

const AREA_CODE_RE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

// A Kemendagri region code, checked by shape only: 52, 52.07, 52.07.02 or 52.07.02.2001.
const AreaCode = z.string().refine((value) => AREA_CODE_RE.test(value), {
  message: 'Must be a Kemendagri region code such as 52, 52.07, 52.07.02 or 52.07.02.2001.',
  params: { id: 'Harus kode wilayah Kemendagri seperti 52, 52.07, 52.07.02 atau 52.07.02.2001.' },
});

/**
 * A URL with an optional note (Popolo `link`); also the shape of `sources`.
 *
 * @example
 * ```ts
 * PopoloLink.parse({ url: 'https://sumbawabaratkab.go.id', note: 'Situs resmi' });
 * ```
 */
export const PopoloLink = z.object({
  /** The URL. */
  url: z.url(),
  /** What the link is, e.g. `'Situs resmi'`. */
  note: z.string().optional(),
});
/** A link; see {@link PopoloLink}. */
export type PopoloLink = z.output<typeof PopoloLink>;

/**
 * An identifier issued by some scheme (Popolo `identifier`): `kemendagri`, `sipd`, `nip`, ...
 * An entry with scheme `nik`, `no_kk` or `npwp` on a person is personal data (UU 27/2022):
 * apps must never publish it, and {@link toPopolo} drops it unless told otherwise.
 *
 * @example
 * ```ts
 * PopoloIdentifier.parse({ scheme: 'kemendagri', identifier: '52.07' });
 * ```
 */
export const PopoloIdentifier = z.object({
  /** The issuing scheme, e.g. `'kemendagri'`, `'sipd'`, `'nip'`. */
  scheme: z.string().min(1),
  /** The identifier within the scheme. */
  identifier: z.string().min(1),
});
/** An identifier; see {@link PopoloIdentifier}. */
export type PopoloIdentifier = z.output<typeof PopoloIdentifier>;

/**
 * Personal identifier schemes: never published, dropped by {@link toPopolo} by default. NPWP
 * is listed because a person's NPWP is their NIK since 2024.
 *
 * @example
 * ```ts
 * PERSONAL_IDENTIFIER_SCHEMES.includes('nik'); // => true
 * ```
 */
export const PERSONAL_IDENTIFIER_SCHEMES: readonly string[] = ['nik', 'no_kk', 'npwp'];

/**
 * Media of a contact detail. Popolo leaves the type free; these are its usual values plus
 * the messaging apps Indonesian offices publish.
 *
 * @example
 * ```ts
 * ContactDetailType.parse('whatsapp');
 * ```
 */
export const ContactDetailType = z.enum({
  /** Address. */
  address: 'address',
  /** Email. */
  email: 'email',
  /** Website. */
  url: 'url',
  /** Phone. */
  phone: 'phone',
  /** Voice line. */
  voice: 'voice',
  /** Mobile phone. */
  cell: 'cell',
  /** Fax. */
  fax: 'fax',
  /** Text message. */
  text: 'text',
  /** WhatsApp. */
  whatsapp: 'whatsapp',
  /** Telegram. */
  telegram: 'telegram',
  /** X (Twitter). */
  twitter: 'twitter',
  /** Facebook. */
  facebook: 'facebook',
  /** Instagram. */
  instagram: 'instagram',
  /** YouTube. */
  youtube: 'youtube',
  /** TikTok. */
  tiktok: 'tiktok',
  /** Other. */
  other: 'other',
});
/** One of the {@link ContactDetailType} values. */
export type ContactDetailType = z.output<typeof ContactDetailType>;

const CONTACT_LABELS: Record<ContactDetailType, LocalizedMessage> = {
  address: { id: 'Alamat', en: 'Address' },
  email: { id: 'Surel', en: 'Email' },
  url: { id: 'Situs web', en: 'Website' },
  phone: { id: 'Telepon', en: 'Phone' },
  voice: { id: 'Telepon suara', en: 'Voice line' },
  cell: { id: 'Telepon seluler', en: 'Mobile phone' },
  fax: { id: 'Faks', en: 'Fax' },
  text: { id: 'SMS', en: 'Text message' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  telegram: { id: 'Telegram', en: 'Telegram' },
  twitter: { id: 'X (Twitter)', en: 'X (Twitter)' },
  facebook: { id: 'Facebook', en: 'Facebook' },
  instagram: { id: 'Instagram', en: 'Instagram' },
  youtube: { id: 'YouTube', en: 'YouTube' },
  tiktok: { id: 'TikTok', en: 'TikTok' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Labels of each {@link ContactDetailType} in Indonesian and English.
 *
 * @example
 * ```ts
 * CONTACT_DETAIL_TYPE_LABELS.cell.id; // => 'Telepon seluler'
 * ```
 */
export const CONTACT_DETAIL_TYPE_LABELS: Readonly<Record<ContactDetailType, LocalizedMessage>> =
  CONTACT_LABELS;

/**
 * A means of contacting an organization, a post holder or a person (Popolo `contact_detail`).
 * A private phone number or address of a person is personal data: publish office contacts only.
 *
 * @example
 * ```ts
 * ContactDetail.parse({ type: 'email', value: 'diskominfo@sumbawabaratkab.go.id', label: 'Surel dinas' });
 * ```
 */
export const ContactDetail = z.object({
  /** The medium. */
  type: ContactDetailType,
  /** The address, number or handle. */
  value: z.string().min(1),
  /** A human-readable label, e.g. `'Layanan pengaduan'`. */
  label: z.string().optional(),
  /** A note, e.g. opening hours. */
  note: z.string().optional(),
  /** First day it is valid. */
  validFrom: PopoloDate.optional(),
  /** Last day it is valid. */
  validUntil: PopoloDate.optional(),
});
/** A contact detail; see {@link ContactDetail}. */
export type ContactDetail = z.output<typeof ContactDetail>;

/**
 * An alternate or former name (Popolo `other_name`): an abbreviation, an old name, a name
 * with or without gelar.
 *
 * @example
 * ```ts
 * OtherName.parse({ name: 'Dinas Kominfo', note: 'Nama singkat' });
 * ```
 */
export const OtherName = z.object({
  /** The alternate name. */
  name: z.string().min(1),
  /** Family names, for a person. */
  familyName: z.string().optional(),
  /** Primary given names, for a person. */
  givenName: z.string().optional(),
  /** Secondary given names, for a person. */
  additionalName: z.string().optional(),
  /** Gelar depan in that name. */
  honorificPrefix: z.string().optional(),
  /** Gelar belakang in that name. */
  honorificSuffix: z.string().optional(),
  /** Patronymic names. */
  patronymicName: z.string().optional(),
  /** When the name was adopted. */
  startDate: PopoloDate.optional(),
  /** When the name was abandoned. */
  endDate: PopoloDate.optional(),
  /** A note, e.g. `'Nama lama'`. */
  note: z.string().optional(),
});
/** An alternate name; see {@link OtherName}. */
export type OtherName = z.output<typeof OtherName>;

/**
 * Kinds of organization in Indonesian regional government, as enum values (Popolo leaves
 * `classification` free).
 *
 * @example
 * ```ts
 * OrganizationClassification.parse('kecamatan');
 * ```
 */
export const OrganizationClassification = z.enum({
  /** Regional government agency (OPD). */
  opd: 'opd',
  /** Regional secretariat. */
  sekretariat_daerah: 'sekretariat_daerah',
  /** District (kecamatan). */
  kecamatan: 'kecamatan',
  /** Village government (desa). */
  desa: 'desa',
  /** Urban village (kelurahan). */
  kelurahan: 'kelurahan',
  /** Regional House of Representatives (DPRD). */
  dprd: 'dprd',
  /** Regional leadership coordination forum (Forkopimda). */
  forkopimda: 'forkopimda',
  /** Regionally owned enterprise (BUMD). */
  bumd: 'bumd',
  /** Central government field office. */
  instansi_vertikal: 'instansi_vertikal',
  /** Provincial government. */
  pemerintah_provinsi: 'pemerintah_provinsi',
  /** Regency or city government. */
  pemerintah_kabupaten_kota: 'pemerintah_kabupaten_kota',
  /** Community or civil society organization. */
  lembaga_masyarakat: 'lembaga_masyarakat',
  /** Other. */
  other: 'other',
});
/** One of the {@link OrganizationClassification} values. */
export type OrganizationClassification = z.output<typeof OrganizationClassification>;

const CLASSIFICATION_LABELS: Record<OrganizationClassification, LocalizedMessage> = {
  opd: { id: 'Organisasi Perangkat Daerah (OPD)', en: 'Regional government agency (OPD)' },
  sekretariat_daerah: { id: 'Sekretariat Daerah', en: 'Regional secretariat' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  desa: { id: 'Pemerintah Desa', en: 'Village government (desa)' },
  kelurahan: { id: 'Kelurahan', en: 'Urban village (kelurahan)' },
  dprd: { id: 'Dewan Perwakilan Rakyat Daerah (DPRD)', en: 'Regional House of Representatives (DPRD)' },
  forkopimda: {
    id: 'Forum Koordinasi Pimpinan Daerah (Forkopimda)',
    en: 'Regional leadership coordination forum (Forkopimda)',
  },
  bumd: { id: 'Badan Usaha Milik Daerah (BUMD)', en: 'Regionally owned enterprise (BUMD)' },
  instansi_vertikal: { id: 'Instansi vertikal', en: 'Central government field office' },
  pemerintah_provinsi: { id: 'Pemerintah Provinsi', en: 'Provincial government' },
  pemerintah_kabupaten_kota: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency or city government' },
  lembaga_masyarakat: { id: 'Lembaga kemasyarakatan', en: 'Community or civil society organization' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Labels of each {@link OrganizationClassification} in Indonesian and English.
 *
 * @example
 * ```ts
 * ORGANIZATION_CLASSIFICATION_LABELS.opd.en; // => 'Regional government agency (OPD)'
 * ```
 */
export const ORGANIZATION_CLASSIFICATION_LABELS: Readonly<
  Record<OrganizationClassification, LocalizedMessage>
> = CLASSIFICATION_LABELS;

const timestamps = {
  /** When the record was created, ISO 8601 with an offset. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
  /** When the record was last changed, ISO 8601 with an offset. */
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  /** Documents the record is derived from. */
  sources: z.array(PopoloLink).optional(),
};

/**
 * An organization (Popolo `organization`): a regional government, an OPD, a kecamatan, a
 * desa, the DPRD, a BUMD, a community organization.
 *
 * @example
 * ```ts
 * const diskominfo = Organization.parse({
 *   id: 'ksb-diskominfo',
 *   name: 'Dinas Komunikasi dan Informatika Kabupaten Sumbawa Barat',
 *   abbreviation: 'Diskominfo',
 *   classification: 'opd',
 *   parentId: 'pemkab-ksb',
 *   areaCode: '52.07',
 * });
 * ```
 */
export const Organization = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** The primary, legal name. */
  name: z.string().min(1),
  /** Alternate or former names. */
  otherNames: z.array(OtherName).optional(),
  /** Issued identifiers (`kemendagri`, `sipd`, ...). */
  identifiers: z.array(PopoloIdentifier).optional(),
  /** What kind of organization it is. */
  classification: OrganizationClassification,
  /** The usual abbreviation (`'Diskominfo'`, `'Bappeda'`): our extension, kept as is in Popolo JSON. */
  abbreviation: z.string().min(1).optional(),
  /** Id of the organization that contains this one. */
  parentId: z.string().min(1).optional(),
  /** Kemendagri code of the area it serves (Popolo `area_id`). */
  areaCode: AreaCode.optional(),
  /** A one-line description. */
  abstract: z.string().optional(),
  /** A longer description. */
  description: z.string().optional(),
  /** When it was founded. */
  foundingDate: PopoloDate.optional(),
  /** When it was dissolved. */
  dissolutionDate: PopoloDate.optional(),
  /** URL of a logo. */
  image: z.url().optional(),
  /** Office contacts. */
  contactDetails: z.array(ContactDetail).optional(),
  /** Documents about it. */
  links: z.array(PopoloLink).optional(),
  ...timestamps,
});
/** An organization; see {@link Organization}. */
export type Organization = z.output<typeof Organization>;

/**
 * Genders as Popolo data commonly writes them.
 *
 * @example
 * ```ts
 * PersonGender.parse('female');
 * ```
 */
export const PersonGender = z.enum({
  /** Male. */
  male: 'male',
  /** Female. */
  female: 'female',
  /** Other. */
  other: 'other',
});
/** One of the {@link PersonGender} values. */
export type PersonGender = z.output<typeof PersonGender>;

const PERSON_GENDER_LABEL_DATA: Record<PersonGender, LocalizedMessage> = {
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Labels of each {@link PersonGender} in Indonesian and English.
 *
 * @example
 * ```ts
 * PERSON_GENDER_LABELS.female.id; // => 'Perempuan'
 * ```
 */
export const PERSON_GENDER_LABELS: Readonly<Record<PersonGender, LocalizedMessage>> =
  PERSON_GENDER_LABEL_DATA;

/**
 * A person (Popolo `person`), typically an official. `name` is the name without gelar; the
 * gelar depan go in `honorificPrefix` (`'Dr. Ir. H.'`) and the gelar belakang in
 * `honorificSuffix` (`'S.Pt., M.M.Inov.'`). There is deliberately no NIK field: a NIK is
 * personal data, and an `identifiers` entry with scheme `nik` must never be published.
 *
 * @example
 * ```ts
 * const kadis = Person.parse({
 *   id: 'p-001',
 *   name: 'Amar Nurmansyah',
 *   honorificPrefix: 'Dr. Ir. H.',
 *   honorificSuffix: 'S.T., M.Si.',
 *   gender: 'male',
 * });
 * ```
 */
export const Person = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** The preferred full name, without gelar. */
  name: z.string().min(1),
  /** Alternate or former names. */
  otherNames: z.array(OtherName).optional(),
  /** Issued identifiers (`nip`, ...). Never publish `nik`, `no_kk` or `npwp`. */
  identifiers: z.array(PopoloIdentifier).optional(),
  /** Family names (many Indonesians have none). */
  familyName: z.string().optional(),
  /** Primary given names. */
  givenName: z.string().optional(),
  /** Secondary given names. */
  additionalName: z.string().optional(),
  /** Gelar depan, e.g. `'Dr. Ir. H.'`. */
  honorificPrefix: z.string().optional(),
  /** Gelar belakang, e.g. `'S.Pt., M.M.Inov.'`. */
  honorificSuffix: z.string().optional(),
  /** Patronymic names. */
  patronymicName: z.string().optional(),
  /** The name to sort by. */
  sortName: z.string().optional(),
  /** A public, preferably official, e-mail address. */
  email: z.email().optional(),
  /** Gender. */
  gender: PersonGender.optional(),
  /** Personal pronouns. */
  pronouns: z.array(z.string()).optional(),
  /** Date of birth. Personal data: publish only where the law requires it. */
  birthDate: PopoloDate.optional(),
  /** Date of death. */
  deathDate: PopoloDate.optional(),
  /** URL of a head shot. */
  image: z.url().optional(),
  /** A one-line account of the person. */
  summary: z.string().optional(),
  /** A longer account. */
  biography: z.string().optional(),
  /** A national identity. */
  nationalIdentity: z.string().optional(),
  /** Public contacts (office, not private numbers). */
  contactDetails: z.array(ContactDetail).optional(),
  /** Documents about the person. */
  links: z.array(PopoloLink).optional(),
  ...timestamps,
});
/** A person; see {@link Person}. */
export type Person = z.output<typeof Person>;

/**
 * A position that exists independent of who holds it (Popolo `post`): Bupati, Wakil Bupati,
 * Sekretaris Daerah, Kepala Dinas, Camat, Kepala Desa, Lurah.
 *
 * @example
 * ```ts
 * Post.parse({ id: 'ksb-bupati', label: 'Bupati Sumbawa Barat', role: 'Bupati', organizationId: 'pemkab-ksb', areaCode: '52.07' });
 * ```
 */
export const Post = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** A label for the post, e.g. `'Camat Taliwang'`. */
  label: z.string().min(1),
  /** Other labels. */
  otherLabel: z.array(z.string().min(1)).optional(),
  /** The function the holder fulfils, e.g. `'Camat'`. */
  role: z.string().min(1),
  /** Id of the organization the post belongs to. */
  organizationId: z.string().min(1),
  /** Kemendagri code of the area the post serves (Popolo `area_id`). */
  areaCode: AreaCode.optional(),
  /** When the post was created. */
  startDate: PopoloDate.optional(),
  /** When the post was abolished. */
  endDate: PopoloDate.optional(),
  /** Contacts of the office holder. */
  contactDetails: z.array(ContactDetail).optional(),
  /** Documents about the post. */
  links: z.array(PopoloLink).optional(),
  ...timestamps,
});
/** A post; see {@link Post}. */
export type Post = z.output<typeof Post>;

/**
 * A person's membership of an organization (Popolo `membership`), optionally through a
 * post: who holds which post, from when to when.
 *
 * @example
 * ```ts
 * Membership.parse({ personId: 'p-001', organizationId: 'pemkab-ksb', postId: 'ksb-bupati', startDate: '2021-02-26' });
 * ```
 */
export const Membership = z.object({
  /** Unique id. */
  id: z.string().min(1).optional(),
  /** A label, e.g. `'Bupati Sumbawa Barat 2021–2024'`. */
  label: z.string().optional(),
  /** The role the member fulfils. */
  role: z.string().optional(),
  /** Id of the person. */
  personId: z.string().min(1),
  /** Id of the organization. */
  organizationId: z.string().min(1),
  /** Id of the post held through this membership. */
  postId: z.string().min(1).optional(),
  /** Id of the organization on whose behalf the person is a member (a party, a faction). */
  onBehalfOfId: z.string().min(1).optional(),
  /** Kemendagri code of the area this membership relates to (Popolo `area_id`). */
  areaCode: AreaCode.optional(),
  /** When the membership began. */
  startDate: PopoloDate.optional(),
  /** When it ended. */
  endDate: PopoloDate.optional(),
  /** Contacts for the member in this role. */
  contactDetails: z.array(ContactDetail).optional(),
  /** Documents about the membership. */
  links: z.array(PopoloLink).optional(),
  ...timestamps,
});
/** A membership; see {@link Membership}. */
export type Membership = z.output<typeof Membership>;
