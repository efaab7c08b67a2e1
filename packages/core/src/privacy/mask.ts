/**
 * Masks a NIK or No. KK for display: the 6-digit region prefix and the 4-digit serial stay
 * visible, the birth or issue date is hidden. Anything that is not 16 digits is masked whole,
 * so a malformed number never leaks either.
 *
 * @example
 * ```ts
 * maskNik('5207024507050001'); // => '520702******0001'
 * maskNik('52.07.02-450705-0001'); // => '520702******0001'
 * ```
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\D/g, '');
  if (digits.length !== 16) return '*'.repeat(Math.max(digits.length, 16));
  return `${digits.slice(0, 6)}******${digits.slice(12)}`;
}

/**
 * Masks a phone number for display, keeping the country or trunk prefix, the first three
 * national digits and the last four (`+62812****7890`). Accepts E.164 or national input.
 *
 * @example
 * ```ts
 * maskPhone('+6281234567890'); // => '+62812****7890'
 * maskPhone('0812-3456-7890'); // => '0812****7890'
 * ```
 */
export function maskPhone(phone: string): string {
  const plus = phone.trim().startsWith('+');
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '*'.repeat(Math.max(digits.length, 4));
  const head = plus ? 5 : 4; // "+62 812" or "0812"
  const hidden = digits.length - head - 4;
  return `${plus ? '+' : ''}${digits.slice(0, head)}${'*'.repeat(hidden)}${digits.slice(-4)}`;
}
