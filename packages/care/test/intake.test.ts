import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSocialPost, parseSms, promoteDraft, type SmsPart, toPublicReport } from '../src/index.js';
import { admin, PHONE, reporter } from './helpers.js';

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
