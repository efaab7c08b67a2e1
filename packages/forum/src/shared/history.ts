import { redactText, ValidationError } from '@opengov-id/core';
import type { ChangedBy } from './schemas.js';

/** A ValidationError unless `at` is not earlier than the last entry of `history`. */
export function checkHistoryOrder(history: readonly { readonly at: string }[] | undefined, at: string): void {
  const last = history?.[history.length - 1];
  if (last && Date.parse(at) < Date.parse(last.at))
    throw ValidationError.single(
      'at',
      {
        id: 'Kolom `at` tidak boleh lebih awal dari entri terakhir riwayat perubahan.',
        en: 'Field `at` must not be earlier than the last entry of the change history.',
      },
      'history_order',
    );
}

/** The audit form of an actor: role and organization only, whatever else the caller carries. */
export function auditActor(by: ChangedBy): ChangedBy {
  return by.organizationId === undefined
    ? { role: by.role }
    : { role: by.role, organizationId: by.organizationId };
}

/** A bilingual ValidationError naming one field. */
export function fieldError(field: string, id: string, en: string, code: string): ValidationError {
  return ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    code,
  );
}

/** A reason as the public reads it in a history: NIK, No. KK, phone numbers and e-mails redacted. */
export function publicReason(text: string): string {
  return redactText(text);
}
