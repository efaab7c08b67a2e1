/**
 * The LMS z-score arithmetic (internal). `lmsZ` and `roundLikeR` are WHO's formulas exactly as anthro
 * computes them; `roundedLmsZ` returns the same rounded figure faster, falling back to them whenever
 * its quicker arithmetic could round differently.
 */

// R leaves x unrounded when log10(2)·(0.5 + logb(x)) + 2 > 15, that is from 2^43 on.
const R_NO_ROUNDING_FROM = 2 ** 43;

/** R's `round(x, 2)` (R ≥ 4.0 `fround`): the nearer of the two 2-decimal neighbours, ties to even. */
export function roundLikeR(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (a === 0 || a >= R_NO_ROUNDING_FROM) return x + 0;
  const x10 = a * 100;
  const i10 = Math.floor(x10);
  const down = i10 / 100;
  const up = Math.ceil(x10) / 100;
  const du = up - a;
  const dd = a - down;
  return sign * (du < dd || (i10 % 2 === 1 && du === dd) ? up : down) + 0; // + 0 turns −0 into 0
}

/** WHO's LMS z-score, `((y/M)^L − 1) / (S·L)`, restricted beyond ±3 SD when asked (anthro's order of operations). */
export function lmsZ(y: number, l: number, m: number, s: number, restricted: boolean): number {
  // x ** 1 is exactly x, so skipping pow for the L = 1 tables changes no bit of the result.
  const z = ((l === 1 ? y / m : (y / m) ** l) - 1) / (s * l);
  if (!restricted) return z;
  if (z > 3) return restrictedAbove3(y, l, m, s);
  if (z < -3) return restrictedBelow3(y, l, m, s);
  return z;
}

function restrictedAbove3(y: number, l: number, m: number, s: number): number {
  const sd3 = m * (1 + l * s * 3) ** (1 / l);
  return 3 + (y - sd3) / (sd3 - m * (1 + l * s * 2) ** (1 / l));
}

function restrictedBelow3(y: number, l: number, m: number, s: number): number {
  const sd3 = m * (1 + l * s * -3) ** (1 / l);
  return -3 + (y - sd3) / (m * (1 + l * s * -2) ** (1 / l) - sd3);
}

/** `roundLikeR(z)`, or `NaN` when z is not finite (WHO reports no score then). */
const roundFinite = (z: number): number => (Number.isFinite(z) ? roundLikeR(z) : Number.NaN);

/** `roundLikeR(lmsZ(...))` computed the slow, exact way; `NaN` when the z-score is not finite. */
const exactRounded = (y: number, l: number, m: number, s: number, restricted: boolean): number =>
  roundFinite(lmsZ(y, l, m, s, restricted));

// Bound on |fast z − lmsZ|, relative to the terms below: exp∘log and pow each stay within a few ulp
// (2.2e-16) of the true power, scaled by |L·ln(y/M)| and |L|; 1e-12 leaves a margin of over 100×.
const TOLERANCE = 1e-12;

/**
 * Exactly `roundLikeR(lmsZ(y, l, m, s, restricted))` (`NaN` where that z is not finite), but with
 * `exp(L·ln(y/M))` instead of V8's much slower `pow`. The quick z differs from `lmsZ`'s by less than
 * `tol`. roundLikeR only steps where |z|·100 is within ~1e-13 of k + ½: with no such point within
 * `tol` of z, and z clear of ±3 when restricted, the exact z rounds as z does, to the nearest
 * hundredth k/100, which roundLikeR returns as `sign · (k / 100) + 0`. Anything else goes to
 * `roundedLmsZSlow`. Comparisons are scaled by |S·L| so only z itself needs a division, and
 * the function stays small enough to be inlined (no boxed numbers per call).
 */
export function roundedLmsZ(y: number, l: number, m: number, s: number, restricted: boolean): number {
  if (l === 1) return roundedLinearZ(y, m, s, restricted);
  const a = l * Math.log(y / m);
  const p = Math.exp(a);
  const sl = s * l;
  const z = (p - 1) / sl;
  const scale = Math.abs(sl);
  const tolScaled = TOLERANCE * (scale * (1 + Math.abs(z)) + p * (1 + Math.abs(a) + Math.abs(l))); // tol · |S·L|
  const hundredths = Math.abs(z) * 100;
  const k = Math.round(hundredths);
  if (
    (!restricted || (3 - Math.abs(z)) * scale > tolScaled) &&
    (0.5 - Math.abs(hundredths - k)) * scale > 100 * tolScaled + 1e-9 * scale
  ) {
    return (z < 0 ? -1 : 1) * (k / 100) + 0;
  }
  return roundedLmsZSlow(y, l, m, s, restricted, z, scale, tolScaled);
}

/** L = 1 needs no pow, so this is lmsZ's own arithmetic (s · 1 is s). */
function roundedLinearZ(y: number, m: number, s: number, restricted: boolean): number {
  const z = (y / m - 1) / s;
  if (restricted && z > 3) return roundFinite(restrictedAbove3(y, 1, m, s));
  if (restricted && z < -3) return roundFinite(restrictedBelow3(y, 1, m, s));
  return roundFinite(z);
}

/** The rare cases: beyond ±3 SD when restricted, close to a rounding step or to ±3, or not finite. */
function roundedLmsZSlow(
  y: number,
  l: number,
  m: number,
  s: number,
  restricted: boolean,
  z: number,
  scale: number,
  tolScaled: number,
): number {
  // Clearly beyond ±3 SD, the restricted z does not use the power at all: compute it exactly.
  if (restricted && (z - 3) * scale > tolScaled) return roundFinite(restrictedAbove3(y, l, m, s));
  if (restricted && (-3 - z) * scale > tolScaled) return roundFinite(restrictedBelow3(y, l, m, s));
  return exactRounded(y, l, m, s, restricted);
}
