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

/** WHO's SD line k of one row: the measurement whose z is exactly k, `M·(1 + L·S·k)^(1/L)`. */
const sdLine = (l: number, m: number, s: number, k: number): number => m * (1 + l * s * k) ** (1 / l);

function restrictedAbove3(y: number, l: number, m: number, s: number): number {
  const sd3 = sdLine(l, m, s, 3);
  return 3 + (y - sd3) / (sd3 - sdLine(l, m, s, 2));
}

function restrictedBelow3(y: number, l: number, m: number, s: number): number {
  const sd3 = sdLine(l, m, s, -3);
  return -3 + (y - sd3) / (sdLine(l, m, s, -2) - sd3);
}

// A table's SD lines, per sex's rows: `[sd3, sd3 − sd2, sd−3, sd−2 − sd−3]` a row, NaN until first
// needed. The same expressions as restrictedAbove3/Below3, so the same bits, minus four pows a call.
const linesByRows = new WeakMap<Float64Array, Float64Array>();

function linesOf(rows: Float64Array): Float64Array {
  let lines = linesByRows.get(rows);
  if (lines === undefined) {
    lines = new Float64Array((rows.length / 3) * 4).fill(Number.NaN);
    linesByRows.set(rows, lines);
  }
  return lines;
}

/** restrictedAbove3 (`k` = 3) or restrictedBelow3 (`k` = −3) of row `row` of `rows`, its lines cached. */
function restrictedFromRow(
  y: number,
  l: number,
  m: number,
  s: number,
  rows: Float64Array,
  row: number,
  k: 3 | -3,
): number {
  const lines = linesOf(rows);
  const at = row * 4 + (k === 3 ? 0 : 2);
  let sd3 = lines[at] as number;
  if (Number.isNaN(sd3)) {
    sd3 = sdLine(l, m, s, k);
    lines[at] = sd3;
    lines[at + 1] = k === 3 ? sd3 - sdLine(l, m, s, 2) : sdLine(l, m, s, -2) - sd3;
  }
  return k + (y - sd3) / (lines[at + 1] as number);
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
 *
 * `rows` and `row`, given when l, m and s are row `row` of a table's `rows` (not interpolated), let a
 * restricted z beyond ±3 SD use that row's cached SD lines instead of computing them with pow.
 */
export function roundedLmsZ(
  y: number,
  l: number,
  m: number,
  s: number,
  restricted: boolean,
  rows?: Float64Array,
  row = 0,
): number {
  if (l === 1) return roundedLinearZ(y, m, s, restricted);
  const a = l * Math.log(y / m);
  const p = Math.exp(a);
  const sl = s * l;
  const z = (p - 1) / sl;
  const scale = Math.abs(sl);
  const tolScaled = TOLERANCE * (scale * (1 + Math.abs(z)) + p * (1 + Math.abs(a) + Math.abs(l))); // tol · |S·L|
  const hundredths = Math.abs(z) * 100;
  // floor(h + ½) rather than Math.round, which is several times slower in V8; a k one off (h near
  // k + ½) cannot pass the check below.
  const k = Math.floor(hundredths + 0.5);
  if (
    (!restricted || (3 - Math.abs(z)) * scale > tolScaled) &&
    (0.5 - Math.abs(hundredths - k)) * scale > 100 * tolScaled + 1e-9 * scale
  ) {
    return (z < 0 ? -1 : 1) * (k / 100) + 0;
  }
  return roundedLmsZSlow(y, l, m, s, restricted, z, scale, tolScaled, rows, row);
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
  rows: Float64Array | undefined,
  row: number,
): number {
  // Clearly beyond ±3 SD, the restricted z does not use the power at all: compute it exactly.
  if (restricted && (z - 3) * scale > tolScaled)
    return roundFinite(rows ? restrictedFromRow(y, l, m, s, rows, row, 3) : restrictedAbove3(y, l, m, s));
  if (restricted && (-3 - z) * scale > tolScaled)
    return roundFinite(rows ? restrictedFromRow(y, l, m, s, rows, row, -3) : restrictedBelow3(y, l, m, s));
  return exactRounded(y, l, m, s, restricted);
}
