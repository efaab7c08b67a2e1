import * as z from 'zod';
import { LocalDate, resolveTimeZone } from '@opengov-id/core';

/**
 * An instant: ISO 8601 date-time with `Z` or an offset (`2026-01-08T19:00:00+08:00`). Local
 * times without an offset are refused: they are ambiguous across WIB, WITA and WIT.
 *
 * @example
 * ```ts
 * Instant.parse('2026-01-08T19:00:00+08:00');
 * Instant.safeParse('2026-01-08T19:00:00').success; // => false
 * ```
 */
export const Instant = z.iso.datetime({ offset: true });
/** An ISO 8601 instant string; see {@link Instant}. */
export type Instant = z.output<typeof Instant>;

/**
 * An IANA time zone name or an Indonesian abbreviation (`WIB`, `WITA`, `WIT`), output as the
 * IANA name (`WITA` → `Asia/Makassar`).
 *
 * @example
 * ```ts
 * TimeZoneName.parse('WITA'); // => 'Asia/Makassar'
 * ```
 */
export const TimeZoneName = z
  .string()
  .check((ctx) => {
    try {
      resolveTimeZone(ctx.value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: 'must be WIB, WITA, WIT or an IANA time zone name (e.g. Asia/Makassar).',
        params: { id: 'harus WIB, WITA, WIT atau nama zona waktu IANA (mis. Asia/Makassar).' },
      });
    }
  })
  .overwrite((value) => {
    try {
      return resolveTimeZone(value);
    } catch {
      return value;
    }
  });

/**
 * A link to a file or page with its media type (Open Civic Data `links[]` of documents and media).
 *
 * @example
 * ```ts
 * MediaLink.parse({ url: 'https://example.go.id/notulen.pdf', mediaType: 'application/pdf' });
 * ```
 */
export const MediaLink = z.object({
  /** The URL. */
  url: z.url(),
  /** The IANA media type, e.g. `'application/pdf'`, `'video/mp4'`. */
  mediaType: z.string().min(1).optional(),
});
/** A link with its media type; see {@link MediaLink}. */
export type MediaLink = z.output<typeof MediaLink>;

/**
 * A document or media item attached to a session (OCD event `documents[]` and `media[]`): a
 * note, an optional date and one or more links (the same item in several formats).
 *
 * @example
 * ```ts
 * Attachment.parse({ note: 'Notulen Forum Yasinan', date: '2026-01-08', links: [{ url: 'https://example.go.id/n.pdf' }] });
 * ```
 */
export const Attachment = z.object({
  /** What it is, e.g. `'Notulen'`, `'Siaran langsung'`. */
  note: z.string().min(1),
  /** The date it belongs to. */
  date: LocalDate.optional(),
  /** Its files or pages, at least one. */
  links: z.array(MediaLink).min(1),
});
/** A document or media item; see {@link Attachment}. */
export type Attachment = z.output<typeof Attachment>;

/**
 * A source a record is derived from (Popolo `sources[]`).
 *
 * @example
 * ```ts
 * SourceLink.parse({ url: 'https://sumbawabaratpost.com/?p=2419', note: 'Rotasi zona' });
 * ```
 */
export const SourceLink = z.object({
  /** The URL. */
  url: z.url(),
  /** A note. */
  note: z.string().optional(),
});
/** A source link; see {@link SourceLink}. */
export type SourceLink = z.output<typeof SourceLink>;

/**
 * Who made a change that the public can see (a rescheduled session, a rerouted aspiration), as
 * an auditable role and organization: never a person's name, NIK, phone or token.
 *
 * @example
 * ```ts
 * ChangedBy.parse({ role: 'officer', organizationId: 'ksb-kec-taliwang' });
 * ```
 */
export const ChangedBy = z.strictObject({
  /** The acting role (`'officer'`, `'admin'`, or a post id of the regency's own). */
  role: z.string().min(1),
  /** The Popolo organization id of the acting office, when it acts for one. */
  organizationId: z.string().min(1).optional(),
});
/** Who made a change; see {@link ChangedBy}. */
export type ChangedBy = z.output<typeof ChangedBy>;
