import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportReports,
  type Report,
  readOpen311,
  reportToOpen311,
  serializeOpen311Requests,
  toPublicReport,
  toPublicReports,
} from '../src/index.js';
import { EMAIL, NAME, NIK, PHONE, sampleReport } from './helpers.js';

const NAMES = [
  'Baiq Nurul Hidayati',
  'Lalu Muhammad Zohri',
  'Ni Made Ayu Lestari',
  'Dewa Gede Suarsana',
  'Siti Aminah',
];
const NIKS = ['5207024507050001', '5207020101800002', '5271016512990003'];

const phoneForms = (phone: string) => [
  phone,
  `+62${phone.slice(1)}`,
  `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`,
];

/** Every public serializer's output for one report, as text. */
function everything(report: Report): string {
  const opts = { includeUnapproved: true };
  return [
    JSON.stringify(toPublicReport(report, opts)),
    JSON.stringify(toPublicReports([report], opts)),
    JSON.stringify(reportToOpen311(report, opts)),
    serializeOpen311Requests([report], 'xml', opts),
    serializeOpen311Requests([report], 'json', opts),
    exportReports([report], { format: 'json', ...opts }),
    exportReports([report], { format: 'csv', ...opts }),
  ].join('\n');
}

describe('privacy of public serializers', () => {
  it('hides a rahasia report entirely and an anonim reporter always', () => {
    const base = sampleReport({ status: 'diteruskan' });
    expect(toPublicReport(base)?.reporterName).toBe(NAME);
    expect(toPublicReport({ ...base, rahasia: true })).toBeNull();
    expect(reportToOpen311({ ...base, rahasia: true })).toBeNull();
    expect(exportReports([{ ...base, rahasia: true }], { format: 'csv' })).not.toContain(base.id);
    const anon = toPublicReport({ ...base, anonim: true });
    expect(anon?.reporterName).toBeNull();
    expect(anon?.title).toBe(base.title);
  });

  it('never publishes whistleblowing, whatever the flags say', () => {
    const wbs = {
      ...sampleReport({ status: 'diteruskan', type: 'dugaan_pelanggaran' }),
      anonim: false,
      rahasia: false,
    };
    expect(toPublicReport(wbs, { includeUnapproved: true })).toBeNull();
    expect(serializeOpen311Requests([wbs], 'json')).toBe('[]');
  });

  it('waits for approval before publishing (NTB Care shows approved reports only)', () => {
    expect(toPublicReport(sampleReport())).toBeNull();
    expect(toPublicReport(sampleReport(), { includeUnapproved: true })?.status).toBe('belum_terverifikasi');
  });

  it('scrubs identity written into the free text', () => {
    const base = sampleReport({
      status: 'diteruskan',
      anonim: true,
      description: `Saya ${NAME}, NIK ${NIK}, HP ${PHONE}, surel ${EMAIL}. Jalan rusak.`,
    });
    const pub = toPublicReport(base);
    expect(pub?.description).toBe('Saya [NAMA], NIK [NIK/KK], HP [PHONE], surel [EMAIL]. Jalan rusak.');
  });

  it('guards CSV exports against formula injection', () => {
    const csv = exportReports([sampleReport({ status: 'diteruskan', title: '=HYPERLINK("x")' })], {
      format: 'csv',
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('gives Open311 XML that our own reader parses back', () => {
    const xml = serializeOpen311Requests(
      [sampleReport({ status: 'selesai', title: 'Lampu <padam> & rusak' })],
      'xml',
    );
    const [request] = readOpen311('requests', xml, 'xml');
    expect(request).toMatchObject({
      service_request_id: 'NTB-2026-000123',
      status: 'closed',
      service_code: 'infrastruktur',
    });
  });

  it('property: no name, NIK, phone or e-mail escapes an anonim or rahasia report', () => {
    const arb = fc.record({
      name: fc.constantFrom(...NAMES),
      nik: fc.constantFrom(...NIKS),
      phone: fc.stringMatching(/^08[1-9]\d{8,10}$/),
      email: fc.emailAddress(),
      anonim: fc.boolean(),
      rahasia: fc.boolean(),
      type: fc.constantFrom(
        'layanan_publik',
        'dugaan_pelanggaran',
        'aspirasi',
        'informasi_strategis',
        'polling_ikm',
      ),
      status: fc.constantFrom(
        'belum_terverifikasi',
        'diteruskan',
        'ditindaklanjuti',
        'menunggu_tanggapan',
        'selesai',
        'ditolak',
      ),
      leak: fc.array(fc.constantFrom('name', 'nik', 'phone', 'phoneForms', 'email', 'upper'), {
        maxLength: 6,
      }),
      noise: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const pieces = c.leak.map((what) => {
          if (what === 'name') return c.name;
          if (what === 'upper') return c.name.toUpperCase();
          if (what === 'nik') return c.nik;
          if (what === 'phone') return c.phone;
          if (what === 'phoneForms') return phoneForms(c.phone).join(' / ');
          return c.email;
        });
        const text = `Laporan warga. ${pieces.join(', ')} ${c.noise}`;
        const base = sampleReport();
        const report: Report = {
          ...base,
          type: c.type,
          status: c.status,
          anonim: c.anonim,
          rahasia: c.rahasia,
          title: `Jalan rusak ${pieces[0] ?? ''}`,
          description: text,
          reporter: { name: c.name, nik: c.nik, phone: c.phone, email: c.email, userId: 'akun-rahasia-77' },
          responses: [
            { id: 'r1', at: base.receivedAt, by: 'opd', text: `Terima kasih ${text}`, public: true },
          ],
          followUps: [{ id: 'f1', at: base.receivedAt, by: 'opd', text, public: true }],
          location: { ...base.location, address: `Rumah ${pieces.join(' ')}` },
          attachments: [
            {
              id: 'a1',
              kind: 'image',
              mimeType: 'image/jpeg',
              sizeBytes: 1000,
              url: 'https://cdn.test/wajah.jpg',
              public: true,
            },
          ],
        };
        const out = everything(report);
        // NIK, phone, e-mail and the account id never reach the public, anonim or not.
        expect(out).not.toContain(c.nik);
        for (const form of phoneForms(c.phone)) expect(out).not.toContain(form);
        expect(out.toLowerCase()).not.toContain(c.email.toLowerCase());
        expect(out).not.toContain('akun-rahasia-77');
        if (c.anonim || c.rahasia || c.type === 'dugaan_pelanggaran') {
          const lower = out.toLowerCase();
          for (const part of [c.name, ...c.name.split(' ')].filter((p) => p.length >= 3))
            expect(lower).not.toContain(part.toLowerCase());
          expect(out).not.toContain('wajah.jpg');
        }
        if (c.rahasia || c.type === 'dugaan_pelanggaran') expect(out).not.toContain(base.id);
      }),
      { numRuns: 2_000 },
    );
  });
});
