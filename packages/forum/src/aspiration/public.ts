import type { Aspiration } from './schemas.js';

/**
 * An aspiration as anyone may see it: the citizen's NIK is dropped always (even masked), and an
 * anonymous raiser's name, person and organization are dropped, so a public route or page can
 * show it as it is. Answers, status and assignments stay: they are the accountability record.
 *
 * @example
 * ```ts
 * const shown = toPublicAspiration(Aspiration.parse({
 *   id: 'asp-1', sessionId: 'yasinan-2026-01-08', channel: 'forum', raisedAt: '2026-01-08T19:40:00+08:00',
 *   raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: '5207024507050001', anonymous: true },
 *   kind: 'aduan', text: 'Jalan desa rusak.', areaCode: '52.07.02.2001', status: 'diterima',
 * }));
 * shown.raisedBy; // => { kind: 'warga', anonymous: true }
 * ```
 */
export function toPublicAspiration(aspiration: Aspiration): Aspiration {
  const { nik: _nik, name, personId, organizationId, ...who } = aspiration.raisedBy;
  const named =
    who.anonymous === true
      ? {}
      : {
          ...(name === undefined ? {} : { name }),
          ...(personId === undefined ? {} : { personId }),
          ...(organizationId === undefined ? {} : { organizationId }),
        };
  return { ...aspiration, raisedBy: { ...who, ...named } };
}
