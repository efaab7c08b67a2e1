import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  HttpError,
  isOpenGovError,
  NetworkError,
  OpenGovError,
  parseWith,
  RateLimitError,
  ValidationError,
  validationErrorFromZod,
} from '../src/index.js';

const NIK = '5207024507050001';
const PHONE = '081234567890';

describe('OpenGovError', () => {
  it('carries name, code, cause and a brand that survives duplicate installs', () => {
    const cause = new TypeError('socket hang up');
    const error = new NetworkError('request failed', { cause });
    expect(error.name).toBe('NetworkError');
    expect(error.code).toBe('network_error');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(OpenGovError);
    expect(isOpenGovError(error)).toBe(true);
    expect(isOpenGovError({ __isOpenGovError: true })).toBe(true);
    expect(isOpenGovError(new Error('x'))).toBe(false);
    expect(isOpenGovError(null)).toBe(false);
    expect(error.toJSON()).toMatchObject({
      name: 'NetworkError',
      code: 'network_error',
      cause: { name: 'TypeError' },
    });
  });

  it('redacts personal data and tokens from message, toJSON and String()', () => {
    const error = new HttpError(`GET failed for NIK ${NIK} phone ${PHONE} with Bearer sekret-token-123`, {
      status: 500,
      url: `https://api.example.go.id/x?nik=${NIK}&token=abc`,
      body: { nik: NIK, note: `call ${PHONE}`, email: 'warga@example.com' },
      cause: new Error(`inner ${NIK} Bearer sekret-token-123`),
    });
    for (const text of [
      error.message,
      String(error),
      JSON.stringify(error.toJSON()),
      JSON.stringify(error),
    ]) {
      expect(text).not.toContain(NIK);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain('sekret-token-123');
      expect(text).not.toContain('warga@example.com');
    }
  });

  it('keeps retryAfterMs on RateLimitError', () => {
    const error = new RateLimitError('slow down', { status: 429, retryAfterMs: 2000 });
    expect(error.toJSON()).toMatchObject({ status: 429, retryAfterMs: 2000, code: 'rate_limited' });
  });
});

describe('ValidationError', () => {
  const Person = z.object({
    name: z.string().min(2),
    age: z.number().int().min(0),
    contact: z.object({ email: z.email() }),
    kind: z.enum(['warga', 'pejabat']),
  });

  it('gives one Indonesian and English message per issue, naming the field, never the value', () => {
    const secretEmail = 'bukan-email-5207024507050001';
    try {
      parseWith(Person, { name: 'A', age: -1, contact: { email: secretEmail }, kind: 'x' }, 'Person');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const v = error as ValidationError;
      expect(v.issues.map((i) => i.field)).toEqual(['name', 'age', 'contact.email', 'kind']);
      expect(v.issues[0]?.message.id).toBe('Kolom `name` harus paling sedikit 2 karakter.');
      expect(v.issues[0]?.message.en).toBe('Field `name` must be at least 2 characters.');
      expect(v.issues[2]?.message.en).toContain('`contact.email`');
      expect(v.issues[3]?.message.id).toBe('Kolom `kind` harus salah satu dari: "warga", "pejabat".');
      expect(v.message).toContain('Person');
      expect(v.messages?.id).toContain('dan 3 masalah lain');
      expect(JSON.stringify(v.toJSON())).not.toContain(secretEmail);
    }
  });

  it('reports a missing field as required', () => {
    const result = Person.safeParse({ age: 3, contact: { email: 'a@b.id' }, kind: 'warga' });
    expect(result.success).toBe(false);
    if (!result.success) {
      const v = validationErrorFromZod(result.error);
      expect(v.issues[0]?.message).toEqual({
        id: 'Kolom `name` wajib diisi.',
        en: 'Field `name` is required.',
      });
    }
  });
});

describe('describeIssue without the input (zod 4 default)', () => {
  it('tells a wrong type from a missing field, and counts in the singular', () => {
    const Schema = z.object({ count: z.number(), name: z.string().min(1), tags: z.array(z.string()).max(1) });
    const result = Schema.safeParse({ count: 'many', tags: ['a', 'b'] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const v = validationErrorFromZod(result.error);
    expect(v.issues.map((i) => i.message.en)).toEqual([
      'Field `count` must be of type number.',
      'Field `name` is required.',
      'Field `tags` must be at most 1 item.',
    ]);
    expect(v.issues[0]?.message.id).toBe('Kolom `count` harus berupa angka.');
    expect(
      validationErrorFromZod(z.object({ n: z.string().min(1) }).safeParse({ n: '' }).error!).issues[0]
        ?.message.en,
    ).toBe('Field `n` must be at least 1 character.');
  });
});
