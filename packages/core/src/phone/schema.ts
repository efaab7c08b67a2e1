import * as z from 'zod';
import { phoneReasonText } from './errors.js';
import { phoneOutcome } from './normalize.js';

function toE164OrKeep(input: string): string {
  const outcome = phoneOutcome(input, 'ID');
  return outcome.ok ? outcome.e164 : input;
}

function refinePhone(value: string, ctx: z.core.$RefinementCtx<string>): void {
  // An E.164 value parses to itself, so re-checking the overwritten value is exact.
  const outcome = phoneOutcome(value, 'ID');
  if (outcome.ok) return;
  const text = phoneReasonText(outcome.reason);
  // describeIssue() reads the Indonesian text from params.id; the value is never echoed.
  ctx.addIssue({ code: 'custom', message: text.en, params: { id: text.id, reason: outcome.reason } });
}

// Built in a function so the PURE annotation lets bundlers drop an unused schema.
function phoneSchema(): z.ZodString {
  return z.string().overwrite(toE164OrKeep).superRefine(refinePhone);
}

/**
 * A phone number field: any form {@link normalizePhone} accepts (default country `ID`),
 * output in E.164. Invalid input gives a custom issue with an Indonesian message in
 * `params.id`, which `describeIssue` and `parseWith` turn into a bilingual message.
 *
 * @example
 * ```ts
 * const Reporter = z.object({ phone: PhoneNumber });
 * Reporter.parse({ phone: '0812-3456-7890' }); // => { phone: '+6281234567890' }
 * ```
 */
export const PhoneNumber: z.ZodString = /* @__PURE__ */ phoneSchema();

/** A phone number in E.164, the output of the {@link PhoneNumber} schema. */
export type PhoneNumber = z.output<typeof PhoneNumber>;
