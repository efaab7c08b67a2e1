import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPersonName,
  fromPopolo,
  GELAR_DEPAN,
  type Membership,
  normalizePersonName,
  ORGANIZATION_CLASSIFICATION_LABELS,
  Organization,
  OrganizationClassification,
  type Person,
  Person as PersonSchema,
  type Post,
  parseIndonesianName,
  toPopolo,
  ValidationError,
} from '../src/index.js';

// Popolo spec example (CC BY 4.0), see test/fixtures/popolo/SOURCE.md.
const popoloPerson = JSON.parse(
  readFileSync(new URL('./fixtures/popolo/person.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

// Our own records, in the key shape of the spec's organization.json, post.json and membership.json.
const popoloOrganization = {
  id: 'ksb-diskominfo',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Sumbawa Barat',
  other_names: [
    { name: 'Dinas Kominfo KSB', start_date: '2017-01-01' },
    { name: 'Kantor Pengolahan Data Elektronik', end_date: '2016-12-31', note: 'Nama lama' },
  ],
  identifiers: [{ identifier: '1.2.3', scheme: 'sipd' }],
  classification: 'opd',
  abbreviation: 'Diskominfo',
  parent_id: 'pemkab-ksb',
  area_id: '52.07',
  founding_date: '2017',
  image: 'https://example.go.id/logo.png',
  contact_details: [
    { type: 'email', label: 'Surel dinas', value: 'diskominfo@example.go.id', note: 'Hari kerja' },
    { type: 'address', value: 'Kompleks KTC, Taliwang', valid_from: '2017-01', valid_until: '2030-12-31' },
  ],
  links: [{ url: 'https://example.go.id/diskominfo', note: 'Profil OPD' }],
  sources: [{ url: 'https://example.go.id/perda-sotk' }],
  created_at: '2026-03-16T08:00:00+08:00',
  updated_at: '2026-03-17T09:30:00+08:00',
};

const popoloPost = {
  id: 'ksb-camat-taliwang',
  label: 'Camat Taliwang',
  other_label: ['Kepala Kecamatan Taliwang'],
  role: 'Camat',
  organization_id: 'ksb-kecamatan-taliwang',
  area_id: '52.07.02',
  start_date: '2003',
  contact_details: [{ type: 'voice', label: 'Kantor camat', value: '(0372) 000000' }],
  links: [{ url: 'https://example.go.id/taliwang', note: 'Profil kecamatan' }],
};

const popoloMembership = {
  id: 'm-001',
  label: 'Camat Taliwang 2024–',
  role: 'Camat',
  person_id: 'p-001',
  organization_id: 'ksb-kecamatan-taliwang',
  post_id: 'ksb-camat-taliwang',
  area_id: '52.07.02',
  start_date: '2024-01',
  end_date: '2026-12-31',
  contact_details: [{ type: 'email', value: 'camat.taliwang@example.go.id' }],
  links: [{ url: 'https://example.go.id/sk-camat', note: 'SK pengangkatan' }],
};

describe('Popolo mapping', () => {
  it('reads the Popolo spec person example and writes it back unchanged', () => {
    const person = fromPopolo('person', popoloPerson);
    expect(person.nationalIdentity).toBe('Scottish');
    expect(person.otherNames?.[0]).toEqual({
      name: 'Mr. Ziggy Q. Public, Esq.',
      startDate: '1920-01',
      endDate: '1949-12-31',
      note: 'Birth name',
    });
    expect(person.contactDetails?.[0]?.type).toBe('cell');
    expect(person.birthDate).toBe('1920-01');
    expect(toPopolo('person', person)).toEqual(popoloPerson);
  });

  it('maps organizations, posts and memberships both ways, losslessly', () => {
    const org = fromPopolo('organization', popoloOrganization);
    expect(org).toMatchObject({ parentId: 'pemkab-ksb', areaCode: '52.07', otherNames: expect.any(Array) });
    expect(org.contactDetails?.[1]?.validUntil).toBe('2030-12-31');
    expect(toPopolo('organization', org)).toEqual(popoloOrganization);

    const post = fromPopolo('post', popoloPost);
    expect(post).toMatchObject({
      organizationId: 'ksb-kecamatan-taliwang',
      otherLabel: ['Kepala Kecamatan Taliwang'],
    });
    expect(toPopolo('post', post)).toEqual(popoloPost);

    const membership = fromPopolo('membership', popoloMembership);
    expect(membership).toMatchObject({
      personId: 'p-001',
      postId: 'ksb-camat-taliwang',
      areaCode: '52.07.02',
    });
    expect(toPopolo('membership', membership)).toEqual(popoloMembership);
  });

  it('writes the snake_case keys Popolo uses', () => {
    const person: Person = {
      id: 'p-001',
      name: 'Amar Nurmansyah',
      honorificPrefix: 'Dr. Ir. H.',
      honorificSuffix: 'S.T., M.Si.',
      givenName: 'Amar',
      otherNames: [{ name: 'Amar', honorificPrefix: 'H.' }],
      contactDetails: [{ type: 'email', value: 'amar@example.go.id' }],
    };
    expect(toPopolo('person', person)).toEqual({
      id: 'p-001',
      name: 'Amar Nurmansyah',
      honorific_prefix: 'Dr. Ir. H.',
      honorific_suffix: 'S.T., M.Si.',
      given_name: 'Amar',
      other_names: [{ name: 'Amar', honorific_prefix: 'H.' }],
      contact_details: [{ type: 'email', value: 'amar@example.go.id' }],
    });
    const membership: Membership = {
      personId: 'p-001',
      organizationId: 'dprd-ksb',
      onBehalfOfId: 'fraksi-x',
    };
    expect(toPopolo('membership', membership)).toEqual({
      person_id: 'p-001',
      organization_id: 'dprd-ksb',
      on_behalf_of_id: 'fraksi-x',
    });
  });

  it('round-trips random valid records', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const post = fc.record(
      {
        id: text,
        label: text,
        role: text,
        organizationId: text,
        areaCode: fc.constantFrom('52', '52.07', '52.07.02', '52.07.02.2001'),
        otherLabel: fc.array(text, { maxLength: 3 }),
        startDate: fc.constantFrom('2003', '2003-04', '2003-04-05'),
      },
      { requiredKeys: ['id', 'label', 'role', 'organizationId'] },
    );
    fc.assert(
      fc.property(post, (p) => {
        expect(fromPopolo('post', toPopolo('post', p as Post))).toEqual(p);
      }),
    );
  });

  it('treats Popolo nulls as unknown', () => {
    const person = fromPopolo('person', { id: 'p-2', name: 'Baiq Nurul', gender: null, family_name: null });
    expect(person).toEqual({ id: 'p-2', name: 'Baiq Nurul' });
  });

  it('reports bad Popolo input with Popolo field names and bilingual messages', () => {
    try {
      fromPopolo('organization', {
        id: 'abc-inc',
        name: 'ABC, Inc.',
        classification: 'Corporation',
        area_id: 'area/x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => i.field)).toEqual(['classification', 'area_id']);
      expect(issues[1]?.message.id).toContain('kode wilayah Kemendagri');
    }
    expect(() => fromPopolo('post', 'not an object')).toThrow(ValidationError);
    expect(() => fromPopolo('person', { ...popoloPerson, birth_date: '1920-13' })).toThrow(ValidationError);
    expect(() => fromPopolo('constructor' as 'person', {})).toThrow(ValidationError);
  });

  it('drops NIK, No. KK and NPWP identifiers unless told to keep them', () => {
    const person: Person = {
      id: 'p-3',
      name: 'Warga Uji',
      identifiers: [
        { scheme: 'nik', identifier: '5207024507050001' },
        { scheme: 'NPWP', identifier: '5207024507050001' },
        { scheme: 'nip', identifier: '197001012000031001' },
      ],
    };
    const published = toPopolo('person', person);
    expect(JSON.stringify(published)).not.toContain('5207024507050001');
    expect(published.identifiers).toEqual([{ scheme: 'nip', identifier: '197001012000031001' }]);
    expect(toPopolo('person', { ...person, identifiers: [{ scheme: 'no_kk', identifier: '1' }] })).toEqual({
      id: 'p-3',
      name: 'Warga Uji',
    });
    expect(toPopolo('person', person, { keepPersonalIdentifiers: true }).identifiers).toHaveLength(3);
    expect(Object.keys(PersonSchema.shape)).not.toContain('nik');
  });
});

describe('schemas', () => {
  it('labels every organization classification in both languages', () => {
    for (const value of OrganizationClassification.options) {
      expect(ORGANIZATION_CLASSIFICATION_LABELS[value].id.length).toBeGreaterThan(0);
      expect(ORGANIZATION_CLASSIFICATION_LABELS[value].en.length).toBeGreaterThan(0);
    }
  });

  it('checks area codes loosely, by shape', () => {
    const base = { id: 'o', name: 'Desa Uji', classification: 'desa' as const };
    for (const ok of ['52', '52.07', '52.07.02', '52.07.02.2001']) {
      expect(Organization.safeParse({ ...base, areaCode: ok }).success).toBe(true);
    }
    for (const bad of ['5207', '52.7', '52.07.02.201', '52.07.02.2001.1', 'NTB']) {
      expect(Organization.safeParse({ ...base, areaCode: bad }).success).toBe(false);
    }
  });
});

describe('Indonesian names', () => {
  it('formats gelar depan, name and gelar belakang', () => {
    const person = { name: 'Amar Nurmansyah', honorificPrefix: 'Dr. Ir. H.', honorificSuffix: 'S.T., M.Si.' };
    expect(formatPersonName(person)).toBe('Dr. Ir. H. Amar Nurmansyah, S.T., M.Si.');
    expect(formatPersonName(person, { withTitles: false })).toBe('Amar Nurmansyah');
    expect(formatPersonName({ name: 'Amar', honorificSuffix: 'S.Pt., M.M.Inov.' })).toBe(
      'Amar, S.Pt., M.M.Inov.',
    );
  });

  it('parses the examples', () => {
    expect(parseIndonesianName('Dr. Ir. H. Amar Nurmansyah, S.T., M.Si.')).toEqual({
      honorificPrefix: 'Dr. Ir. H.',
      name: 'Amar Nurmansyah',
      honorificSuffix: 'S.T., M.Si.',
    });
    expect(parseIndonesianName('Hj. Baiq Nurul Hidayati, S.Pt., M.M.Inov.')).toEqual({
      honorificPrefix: 'Hj.',
      name: 'Baiq Nurul Hidayati',
      honorificSuffix: 'S.Pt., M.M.Inov.',
    });
    expect(parseIndonesianName('Prof.Dr. TGH. Lalu Amar, Lc., MA')).toEqual({
      honorificPrefix: 'Prof.Dr. TGH.',
      name: 'Lalu Amar',
      honorificSuffix: 'Lc., MA',
    });
    expect(parseIndonesianName('  dr.   Putu  Ayu ,Sp.A. ')).toEqual({
      honorificPrefix: 'dr.',
      name: 'Putu Ayu',
      honorificSuffix: 'Sp.A.',
    });
  });

  it('agrees with the Popolo name-component example', () => {
    // popolo-spec examples/name-component.json (CC BY 4.0): "Mr. John Q. Public, Esq." has
    // honorific_prefix "Mr." and honorific_suffix "Esq.".
    expect(parseIndonesianName('Mr. John Q. Public, Esq.')).toEqual({
      honorificPrefix: 'Mr.',
      name: 'John Q. Public',
      honorificSuffix: 'Esq.',
    });
  });

  it('passes names without titles through', () => {
    expect(parseIndonesianName('Baiq Nurul Hidayati')).toEqual({ name: 'Baiq Nurul Hidayati' });
    expect(parseIndonesianName('Public, John')).toEqual({ name: 'Public, John' });
    expect(parseIndonesianName('H.')).toEqual({ name: 'H.' });
    expect(parseIndonesianName('Hendra Amar, S Kom')).toEqual({ name: 'Hendra Amar, S Kom' });
    expect(parseIndonesianName('')).toEqual({ name: '' });
  });

  it('accepts extra gelar depan', () => {
    expect(parseIndonesianName('Kol. Inf. Amar', { prefixes: ['Kol.', 'Inf.'] })).toEqual({
      honorificPrefix: 'Kol. Inf.',
      name: 'Amar',
    });
  });

  it('never throws, and formatPersonName(parseIndonesianName(s)) is the normalized s', () => {
    const pieces = fc.constantFrom(
      ...GELAR_DEPAN.map((g) => g.title),
      'S.T.',
      ',',
      ' ',
      '  ',
      'Amar',
      'a',
      '.',
      'İ',
    );
    const messy = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(messy, (s) => {
        const parts = parseIndonesianName(s);
        expect(formatPersonName(parts)).toBe(normalizePersonName(s));
      }),
      { numRuns: 10_000 },
    );
  });

  it('recovers the parts of a normalized name built from gelar, words and degrees', () => {
    const word = fc
      .tuple(fc.constantFrom(...'ABDEFGJLMNPRSWY'), fc.stringMatching(/^[a-z]{1,8}$/))
      .map(([a, b]) => a + b);
    const degree = fc.constantFrom(
      'S.T.',
      'M.Si.',
      'S.Pt.',
      'M.M.Inov.',
      'S.H.',
      'M.H.',
      'Ph.D.',
      'MBA',
      'Lc.',
      'S.Kom.',
    );
    const titles = fc.uniqueArray(fc.constantFrom(...GELAR_DEPAN.map((g) => g.title)), { maxLength: 3 });
    fc.assert(
      fc.property(
        titles,
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(degree, { maxLength: 3 }),
        (t, w, d) => {
          const expected = {
            name: w.join(' '),
            ...(t.length > 0 ? { honorificPrefix: t.join(' ') } : {}),
            ...(d.length > 0 ? { honorificSuffix: d.join(', ') } : {}),
          };
          expect(parseIndonesianName(formatPersonName(expected))).toEqual(expected);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
