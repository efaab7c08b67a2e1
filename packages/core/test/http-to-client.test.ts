import { describe, expect, it } from 'vitest';
import { createHttpClient, ProblemBody, toHttpClient } from '../src/index.js';

describe('toHttpClient', () => {
  it('returns a given client as is, and makes one from options', () => {
    const http = createHttpClient({ baseUrl: 'https://care.test/api/v1' });
    expect(toHttpClient(http)).toBe(http);
    const made = toHttpClient({ baseUrl: 'https://care.test/api/v1' });
    expect(made).not.toBe(http);
    expect(typeof made.request).toBe('function');
  });
});

describe('ProblemBody', () => {
  it('needs a code and a message in both languages', () => {
    expect(
      ProblemBody.safeParse({ code: 'not_found', message: { id: 'Tidak ada.', en: 'Not found.' } }).success,
    ).toBe(true);
    expect(ProblemBody.safeParse({ code: 'not_found', message: { en: 'Not found.' } }).success).toBe(false);
  });
});
