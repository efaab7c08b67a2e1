import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  createCareClient,
  type DraftReview,
  draftToNewReport,
  NewReport,
  normalizeSocialPost,
  parseSms,
  promoteDraft,
  type ReportDraft,
  type SmsPart,
  toPublicReport,
} from '../src/index.js';
import { createCareMswHandlers, createInMemoryCareStore } from '../src/testing/index.js';
import { admin, NIK, PHONE, reporter } from './helpers.js';

const AT = '2026-03-02T08:00:00+08:00';

describe('parseSms', () => {
  it('routes by keyword, case-insensitively, and reads a region code as the location', () => {
    const result = parseSms('lapor  Lampu jalan padam depan SDN 1 #5207022001', { receivedAt: AT });
    expect(result).toMatchObject({
      ok: true,
      state: 'ready',
      keyword: 'LAPOR',
      draft: {
        status: 'draft',
        type: 'layanan_publik',
        channel: 'sms',
        description: 'Lampu jalan padam depan SDN 1',
        location: { regionCode: '52.07.02.2001' },
        receivedAt: AT,
        raw: 'lapor  Lampu jalan padam depan SDN 1 #5207022001',
      },
    });
  });

  it('waits in needs_location when the SMS has no location', () => {
    const result = parseSms('WBS Ada pungli di kantor kecamatan', { receivedAt: AT });
    expect(result).toMatchObject({
      ok: true,
      state: 'needs_location',
      draft: { type: 'dugaan_pelanggaran' },
    });
    if (result.ok) expect(result.draft.location).toBeUndefined();
  });

  it('uses a configurable keyword table, with a region on the keyword (the SMS 1708 way)', () => {
    const keywords = [{ keyword: 'KSB', type: 'aspirasi', regionCode: '52.07' }] as const;
    expect(parseSms('KSB Tambah lampu di taman kota', { keywords, receivedAt: AT })).toMatchObject({
      ok: true,
      state: 'ready',
      draft: { type: 'aspirasi', location: { regionCode: '52.07' } },
    });
    expect(parseSms('LAPOR x', { keywords })).toMatchObject({ ok: false, reason: 'unknown_keyword' });
  });

  it('joins the parts of a concatenated SMS in order and keeps the sender private', () => {
    const parts: SmsPart[] = [
      { text: 'n padam sejak Senin LOK 52.07.02', seq: 2, total: 2, from: PHONE },
      { text: 'LAPOR Lampu jala', seq: 1, total: 2, from: PHONE },
    ];
    const result = parseSms(parts, { receivedAt: AT });
    expect(result).toMatchObject({
      ok: true,
      state: 'ready',
      raw: 'LAPOR Lampu jalan padam sejak Senin LOK 52.07.02',
      draft: {
        description: 'Lampu jalan padam sejak Senin',
        reporterPhone: PHONE,
        location: { regionCode: '52.07.02' },
      },
    });
    expect(parseSms(parts.slice(0, 1))).toMatchObject({ ok: false, reason: 'incomplete' });
  });

  it('gives typed refusals for empty, keyword-only and unknown messages', () => {
    expect(parseSms('   ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseSms('LAPOR')).toMatchObject({ ok: false, reason: 'no_text', raw: 'LAPOR' });
    const unknown = parseSms('halo pak');
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown_keyword', raw: 'halo pak' });
    if (!unknown.ok) expect(unknown.message.id).toContain('KATAKUNCI');
    expect(parseSms(42 as unknown as string)).toMatchObject({ ok: false, reason: 'invalid_input' });
    expect(parseSms([] as SmsPart[])).toMatchObject({ ok: false, reason: 'invalid_input' });
  });

  it('property: random strings and parts never crash and keep the raw text', () => {
    const part = fc.record({
      text: fc.string(),
      seq: fc.option(fc.integer(), { nil: undefined }),
      total: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.array(part, { maxLength: 4 }),
          fc.anything(),
        ),
        (input) => {
          const result = parseSms(input as string);
          expect(typeof result.ok).toBe('boolean');
          expect(typeof result.raw).toBe('string');
          if (typeof input === 'string') expect(result.raw).toBe(input);
          if (result.ok) expect(['ready', 'needs_location']).toContain(result.state);
          else expect(result.message.id.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(fc.string(), (body) => {
        const result = parseSms(`LAPOR ${body}`, { receivedAt: AT });
        if (result.ok) expect(result.draft.description.length).toBeGreaterThan(0);
        else expect(['no_text']).toContain(result.reason);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('social media', () => {
  it('normalises a post into a draft with provenance, dropping #lapor and @LAPOR1708', () => {
    const draft = normalizeSocialPost({
      platform: 'x',
      postId: '1790001',
      handle: 'warga_ksb',
      url: 'https://x.com/warga_ksb/status/1790001',
      text: '@LAPOR1708 #lapor Jalan ke Sekongkang rusak parah #5207',
      capturedAt: AT,
    });
    expect(draft).toMatchObject({
      status: 'draft',
      channel: 'twitter',
      state: 'ready',
      description: 'Jalan ke Sekongkang rusak parah',
      location: { regionCode: '52.07' },
      provenance: {
        platform: 'twitter',
        postId: '1790001',
        handle: 'warga_ksb',
        url: 'https://x.com/warga_ksb/status/1790001',
        capturedAt: AT,
      },
      raw: '@LAPOR1708 #lapor Jalan ke Sekongkang rusak parah #5207',
    });
    const fb = normalizeSocialPost({
      platform: 'facebook',
      postId: '123_456',
      text: 'Sampah menumpuk di pasar',
      capturedAt: AT,
    });
    expect(fb).toMatchObject({ channel: 'facebook', state: 'needs_location' });
  });

  it('refuses a post without its provenance, naming the field', () => {
    expect(() =>
      normalizeSocialPost({ platform: 'instagram', postId: '', text: 'x', capturedAt: AT }),
    ).toThrow(/postId/);
  });

  it('only an admin turns a draft into a report, and only with a location', () => {
    const result = parseSms(`LAPOR Jalan berlubang di depan pasar Taliwang`, { receivedAt: AT });
    if (!result.ok) throw new Error('expected a draft');
    const draft = { ...result.draft, reporterPhone: PHONE };
    expect(() => promoteDraft(draft, { id: 'R-1', reviewer: reporter, category: 'infrastruktur' })).toThrow(
      /admin/,
    );
    const missing = (() => {
      try {
        promoteDraft(draft, { id: 'R-1', reviewer: admin, category: 'infrastruktur' });
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(ValidationError);
    expect(isOpenGovError(missing)).toBe(true);
    const report = promoteDraft(draft, {
      id: 'R-1',
      reviewer: admin,
      category: 'infrastruktur',
      location: { regionCode: '52.07.01' },
    });
    expect(report).toMatchObject({
      status: 'belum_terverifikasi',
      channel: 'sms',
      reporter: { phone: PHONE },
    });
    expect(JSON.stringify(toPublicReport({ ...report, status: 'diteruskan' }))).not.toContain(PHONE);
  });
});

describe('draftToNewReport', () => {
  const smsDraft = (text: string): ReportDraft => {
    const result = parseSms([{ text, from: PHONE }], { receivedAt: AT });
    if (!result.ok) throw new Error(`expected a draft: ${result.reason}`);
    return result.draft;
  };
  const review: DraftReview = {
    reviewer: admin,
    category: 'infrastruktur',
    location: { regionCode: '52.07.01' },
  };

  it('gives the API body: no id, status or history, the sender private, the provenance kept', () => {
    const body = draftToNewReport(smsDraft('LAPOR Jalan berlubang di depan pasar Taliwang'), {
      ...review,
      subcategory: 'jalan',
      externalRefs: { other: [{ system: 'sms-gateway', id: 'sms-0001' }] },
    });
    expect(NewReport.parse(body)).toEqual(body);
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('status');
    expect(body).not.toHaveProperty('history');
    expect(body).toMatchObject({
      type: 'layanan_publik',
      classification: 'pengaduan',
      channel: 'sms',
      title: 'Jalan berlubang di depan pasar Taliwang',
      category: 'infrastruktur',
      subcategory: 'jalan',
      location: { regionCode: '52.07.01' },
      receivedAt: AT,
      reporter: { phone: PHONE },
      anonim: false,
      rahasia: false,
      externalRefs: { other: [{ system: 'sms-gateway', id: 'sms-0001' }] },
    });
    const post = normalizeSocialPost({
      platform: 'x',
      postId: '1790',
      handle: 'warga_ksb',
      text: '#lapor Jalan rusak parah',
      capturedAt: AT,
    });
    expect(draftToNewReport(post, review).provenance).toEqual({
      platform: 'twitter',
      postId: '1790',
      handle: 'warga_ksb',
      capturedAt: AT,
    });
  });

  it('checks the review as promoteDraft does: an admin, and a location', () => {
    const draft = smsDraft('LAPOR Jalan berlubang di depan pasar Taliwang');
    expect(draft.state).toBe('needs_location');
    expect(() => draftToNewReport(draft, { ...review, reviewer: reporter })).toThrow(/admin/);
    const { location: _, ...noLocation } = review;
    let missing: unknown;
    try {
      draftToNewReport(draft, noLocation);
    } catch (error) {
      missing = error;
    }
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).code).toBe('needs_location');
    // A draft whose text named the place needs no location from the reviewer.
    const placed = smsDraft('LAPOR Lampu jalan padam depan SDN 1 #5207022001');
    expect(draftToNewReport(placed, noLocation).location).toEqual({ regionCode: '52.07.02.2001' });
  });

  it('makes a whistleblowing draft anonim and rahasia, as Report does', () => {
    const body = draftToNewReport(smsDraft('WBS Pungutan liar saat mengurus KTP di kantor desa'), {
      ...review,
      category: 'pungli',
    });
    expect(body).toMatchObject({ type: 'dugaan_pelanggaran', anonim: true, rahasia: true });
  });

  it('is the report promoteDraft gives, without what the server assigns', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 ,.]{10,60}$/).filter((t) => t.trim().length >= 10);
    fc.assert(
      fc.property(
        fc.constantFrom('LAPOR', 'ASPIRASI', 'INFO', 'WBS'),
        text,
        fc.option(fc.constantFrom('52.07', '52.07.02', '52.07.02.2001'), { nil: undefined }),
        fc.option(fc.constantFrom('jalan', 'lampu'), { nil: undefined }),
        (keyword, body, regionCode, subcategory) => {
          const draft = smsDraft(`${keyword} ${body}`);
          const r: DraftReview = {
            reviewer: admin,
            category: 'umum',
            ...(regionCode === undefined ? {} : { location: { regionCode } }),
            ...(subcategory === undefined ? {} : { subcategory }),
          };
          let viaPromote: unknown;
          let viaPromoteError: unknown;
          try {
            // Everything the server assigns (NewReport refuses unknown fields, so none may remain).
            const {
              id: _,
              status: __,
              history: ___,
              assignments: ____,
              responses: _____,
              followUps: ______,
              ...rest
            } = promoteDraft(draft, { ...r, id: 'R-1' });
            viaPromote = NewReport.parse(rest);
          } catch (error) {
            viaPromoteError = error;
          }
          if (viaPromoteError) {
            expect(() => draftToNewReport(draft, r)).toThrow((viaPromoteError as Error).constructor as never);
          } else {
            expect(draftToNewReport(draft, r)).toEqual(viaPromote);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('is accepted by the care API, which assigns the id and keeps the reporter private', async () => {
    const base = 'https://care.intake.test/api/v1';
    const store = createInMemoryCareStore({ now: () => new Date('2026-03-02T01:00:00Z') });
    server.use(...createCareMswHandlers({ baseUrl: base, store }));
    const care = createCareClient({ baseUrl: base });
    const draft = smsDraft(`LAPOR Pungutan saat urus KK, NIK saya ${NIK}`);
    const report = await care.submitReport({
      body: draftToNewReport(draft, { ...review, description: draft.description.replace(NIK, '[NIK]') }),
      idempotencyKey: 'sms-0002',
    });
    expect(report.id).toMatch(/\S/);
    expect(report).toMatchObject({
      status: 'belum_terverifikasi',
      channel: 'sms',
      reporter: { phone: PHONE },
    });
    expect(report.description).not.toContain(NIK);
    expect(JSON.stringify(toPublicReport(report))).not.toContain(PHONE);
  });
});
