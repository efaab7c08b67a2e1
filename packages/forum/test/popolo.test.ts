import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Membership,
  type Organization,
  type Person,
  type Post,
  ValidationError,
} from '@opengov-id/core';
import {
  Aspiration,
  type AspirationInput,
  ForumSession,
  type ForumSessionInput,
  fromForumPopolo,
  PopoloSpeech,
  toForumPopolo,
} from '../src/index.js';

// Popolo specification examples (CC BY 4.0), see test/fixtures/popolo-spec/SOURCE.md.
const spec = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/popolo-spec/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

const persons: Person[] = [
  { id: 'p-bupati', name: 'Amar Nurmansyah', honorificPrefix: 'H.', gender: 'male' },
  { id: 'p-kadinkes', name: 'Nama Kepala Dinas (contoh)' },
];
const organizations: Organization[] = [
  {
    id: 'pemkab-ksb',
    name: 'Pemerintah Kabupaten Sumbawa Barat',
    classification: 'pemerintah_kabupaten_kota',
    areaCode: '52.07',
  },
  {
    id: 'ksb-dinkes',
    name: 'Dinas Kesehatan',
    classification: 'opd',
    parentId: 'pemkab-ksb',
    abbreviation: 'Dinkes',
  },
];
const posts: Post[] = [
  {
    id: 'ksb-bupati',
    label: 'Bupati Sumbawa Barat',
    role: 'Bupati',
    organizationId: 'pemkab-ksb',
    areaCode: '52.07',
  },
];
const memberships: Membership[] = [
  {
    id: 'm-1',
    personId: 'p-bupati',
    organizationId: 'pemkab-ksb',
    postId: 'ksb-bupati',
    startDate: '2025-02-20',
  },
];

const session: ForumSessionInput = {
  id: 'yasinan-2026-01-08',
  seriesId: 'ksb-yasinan',
  name: 'Forum YASINAN Zona I',
  level: 'zona',
  zoneId: 'I',
  areaCode: '52.07.03',
  parentId: 'yasinan-2026',
  venue: {
    name: 'Aula Kantor Camat Seteluk',
    address: 'Seteluk',
    areaCode: '52.07.03',
    coordinates: { latitude: -8.62, longitude: 116.85 },
    capacity: 150,
  },
  startsAt: '2026-01-08T19:00:00+08:00',
  endsAt: '2026-01-08T22:00:00+08:00',
  status: 'held',
  chair: { personId: 'p-bupati', postId: 'ksb-bupati' },
  agenda: [
    { position: 1, kind: 'opening', title: 'Pembukaan dan Surat Yasin' },
    {
      position: 2,
      kind: 'opd_report',
      title: 'Program kesehatan',
      description: 'Capaian posyandu',
      presenter: { organizationId: 'ksb-dinkes', personId: 'p-kadinkes' },
      sector: 'kesehatan',
      durationMinutes: 20,
    },
    { position: 3, kind: 'dialogue', title: 'Dialog' },
    { position: 4, kind: 'closing_direction', title: 'Arahan Bupati', presenter: { postId: 'ksb-bupati' } },
  ],
  attendance: {
    officials: [
      { role: 'bupati', organizationId: 'pemkab-ksb', postId: 'ksb-bupati', personId: 'p-bupati' },
      { role: 'kepala_opd', organizationId: 'ksb-dinkes', representing: true },
    ],
    citizens: [{ role: 'warga', count: 120, areaCode: '52.07.03' }],
  },
  documents: [
    {
      note: 'Notulen',
      date: '2026-01-09',
      links: [{ url: 'https://example.go.id/notulen.pdf', mediaType: 'application/pdf' }],
    },
  ],
  media: [{ note: 'Foto', links: [{ url: 'https://example.go.id/foto.jpg' }] }],
  closingReport: {
    summary: '2 aspirasi, 1 dijawab di forum.',
    decisions: ['Dinkes meninjau Pustu'],
    approvedAt: '2026-01-09T08:00:00+08:00',
  },
  sources: [{ url: 'https://example.go.id/berita', note: 'Berita' }],
};

const aspirations: AspirationInput[] = [
  {
    id: 'asp-1',
    seriesId: 'ksb-yasinan',
    sessionId: 'yasinan-2026-01-08',
    channel: 'forum',
    raisedAt: '2026-01-08T19:40:00+08:00',
    raisedBy: { kind: 'warga', name: 'Ibu Siti', areaCode: '52.07.03.2001' },
    kind: 'aduan',
    title: 'Pustu tutup',
    text: 'Pustu di desa sering tutup.',
    sector: 'kesehatan',
    areaCode: '52.07.03.2001',
    assignedOrganizationIds: ['ksb-dinkes'],
    status: 'ditindaklanjuti',
    answers: [
      {
        id: 'ans-1',
        responder: { personId: 'p-bupati', postId: 'ksb-bupati', name: 'Bupati' },
        text: 'Dinkes segera meninjau.',
        at: '2026-01-08T20:00:00+08:00',
        inForum: true,
        commitment: 'Peninjauan minggu depan',
      },
      {
        id: 'ans-2',
        responder: { organizationId: 'ksb-dinkes' },
        text: 'Jadwal pustu diperbaiki.',
        at: '2026-01-15T10:00:00+08:00',
        inForum: false,
      },
    ],
    externalRefs: [
      { system: 'sp4n_lapor', id: '1234567', url: 'https://www.lapor.go.id/laporan/detil/1234567' },
    ],
  },
  {
    id: 'asp-2',
    sessionId: 'yasinan-2026-01-08',
    channel: 'forum',
    raisedAt: '2026-01-08T19:50:00+08:00',
    raisedBy: { kind: 'kelompok', name: 'Kelompok Tani Maju', organizationId: 'poktan-maju' },
    kind: 'usulan',
    text: 'Usulan perbaikan irigasi.',
    sector: 'pekerjaan_umum_penataan_ruang',
    areaCode: '52.07.03',
    status: 'diterima',
  },
];

describe('Popolo export and import', () => {
  it('round trip keeps every mapped field of sessions, aspirations, answers and officials', () => {
    const doc = toForumPopolo(
      { sessions: [session], aspirations, persons, organizations, posts, memberships },
      { organizerId: 'pemkab-ksb' },
    );
    // Through JSON, as a consumer would receive it.
    const back = fromForumPopolo(JSON.parse(JSON.stringify(doc)));
    expect(back.sessions).toEqual([ForumSession.parse(session)]);
    expect(back.aspirations).toEqual(aspirations.map((a) => Aspiration.parse(a)));
    expect(back.persons).toEqual(persons);
    expect(back.organizations).toEqual(organizations);
    expect(back.posts).toEqual(posts);
    expect(back.memberships).toEqual(memberships);
    expect(back.events).toEqual([]);
    expect(back.speeches).toEqual([]);
    expect(back.warnings).toEqual([]);
  });

  it('writes Popolo events and speeches with Open Civic Data fields where Popolo has none', () => {
    const doc = toForumPopolo(
      { sessions: [session], aspirations, persons, organizations },
      { organizerId: 'pemkab-ksb' },
    );
    const event = doc.events[0]!;
    expect(event).toMatchObject({
      id: 'yasinan-2026-01-08',
      start_date: '2026-01-08T19:00:00+08:00',
      end_date: '2026-01-08T22:00:00+08:00',
      location: 'Aula Kantor Camat Seteluk',
      status: 'passed',
      classification: 'forum',
      organization_id: 'pemkab-ksb',
      parent_id: 'yasinan-2026',
      attendees: [{ id: 'p-bupati', name: 'Amar Nurmansyah' }],
      all_day: false,
      participants: [
        { name: 'Amar Nurmansyah', entity_type: 'person', entity_id: 'p-bupati', note: 'bupati' },
        { name: 'Dinas Kesehatan', entity_type: 'organization', entity_id: 'ksb-dinkes', note: 'kepala_opd' },
      ],
      documents: [
        {
          note: 'Notulen',
          date: '2026-01-09',
          links: [{ url: 'https://example.go.id/notulen.pdf', media_type: 'application/pdf' }],
        },
      ],
    });
    expect((event['agenda'] as unknown[])[1]).toMatchObject({
      description: 'Program kesehatan',
      order: '2',
      classification: ['opd_report'],
      subjects: ['kesehatan'],
      notes: ['Capaian posyandu'],
      related_entities: [
        { entity_type: 'person', name: 'Nama Kepala Dinas (contoh)', entity_id: 'p-kadinkes' },
      ],
    });
    expect(doc.speeches.map((s) => [s['type'], s['id'], s['event_id']])).toEqual([
      ['question', 'asp-1', 'yasinan-2026-01-08'],
      ['answer', 'ans-1', 'yasinan-2026-01-08'],
      ['answer', 'ans-2', undefined],
      ['question', 'asp-2', 'yasinan-2026-01-08'],
    ]);
    expect(doc.speeches[1]).toMatchObject({
      creator_id: 'p-bupati',
      role: 'ksb-bupati',
      attribution_text: 'Bupati',
      date: '2026-01-08T20:00:00+08:00',
    });
    // The date pattern of Popolo's schemas/event.json.
    const popoloDate =
      /^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/;
    expect(event['start_date']).toMatch(popoloDate);
    expect(event['end_date']).toMatch(popoloDate);
    // Popolo's speech type code list.
    for (const speech of doc.speeches) expect(['question', 'answer']).toContain(speech['type']);
  });

  it('never exports a NIK unless asked, and never an anonymous citizen’s name', () => {
    const withNik: AspirationInput = {
      ...aspirations[0]!,
      raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: '5207024507050001', anonymous: true },
    };
    const text = JSON.stringify(toForumPopolo({ aspirations: [withNik] }));
    expect(text).not.toContain('520702');
    expect(text).not.toContain('Ibu Siti');
    const kept = fromForumPopolo(
      toForumPopolo({ aspirations: [withNik] }, { keepPersonalIdentifiers: true }),
    );
    expect(kept.aspirations[0]?.raisedBy.nik).toBe('520702******0001');
  });

  it('imports the Popolo specification examples cleanly', () => {
    const result = fromForumPopolo({
      events: [spec('event')],
      speeches: [spec('speech')],
      persons: [spec('person')],
      organizations: [spec('organization')],
      posts: [spec('post')],
      memberships: [spec('membership')],
    });
    expect(result.events[0]).toMatchObject({
      id: 'parliament-41-session-1',
      startDate: '2011-06-02',
      endDate: '2013-09-13',
      location: 'House of Commons',
      status: 'confirmed',
      identifiers: [{ identifier: '1' }],
      organizationId: 'parliament-of-canada',
      attendees: [{ id: 'andrew-scheer' }],
      parentId: 'parliament-41',
    });
    expect(result.speeches[0]).toMatchObject({
      creatorId: 'noel-kinsella',
      role: 'speaker',
      attributionText: 'Mr. Speaker',
      audio: 'http://example.com/audio/2014-03-25-ruling.ogg',
      date: '2014-03-25T17:00:00Z',
      type: 'speech',
      position: 42,
      eventId: 'P41-S2-S43',
    });
    expect(result.persons[0]?.nationalIdentity).toBe('Scottish');
    expect(result.posts[0]).toMatchObject({ id: 'abc-inc-chef', otherLabel: ['Cook'], startDate: '1950' });
    expect(result.memberships[0]).toMatchObject({
      id: '593',
      personId: 'john-q-public',
      postId: 'abc-inc-kitchen-assistant',
    });
    // "Corporation" is not one of core's Indonesian classifications: read as other, with a warning.
    expect(result.organizations[0]).toMatchObject({
      id: 'abc-inc',
      classification: 'other',
      foundingDate: '1950-01-01',
    });
    expect(result.warnings).toEqual([
      { path: 'organizations[0].classification', code: 'classification_mapped', found: 'Corporation' },
    ]);
    expect(PopoloSpeech.parse({ creatorId: 'noel-kinsella', type: 'speech' }).type).toBe('speech');
  });

  it('names what does not fit', () => {
    const fieldOf = (doc: unknown) => {
      try {
        fromForumPopolo(doc);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).message;
      }
      throw new Error('expected a ValidationError');
    };
    expect(fieldOf({ events: [{ id: 'e', start_date: '8 Jan 2026' }] })).toContain('events[0]');
    expect(
      fieldOf({
        speeches: [{ id: 'a', type: 'answer', extras: { answer: { answer_to: 'missing', in_forum: true } } }],
      }),
    ).toContain('aspiration');
    expect(fieldOf([])).toContain('object');
  });
});
