// The console summary of a run: counts, errors, the month's categories, SKDN, referrals, stratum.
// Children are named by their id (anak-001) only: no name, mother or birth date is printed.
import { STRATA_PEDOMAN_2011 } from '@opengov-id/posyandu';
import { formatError, REFERRAL_REASONS } from './output.js';
import type { RunResult } from './run.js';

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);

/** The summary printed by `main.ts`, one string per line. */
export function summaryLines(run: RunResult): string[] {
  const { result } = run;
  const out: string[] = [];
  const scored = result.lines.filter((l) => l.scored).length;
  out.push(
    `Register: ${result.lines.length} baris/rows, ${result.children.length} anak/children, ${scored} dinilai/scored, ${result.errors.length} kesalahan/errors.`,
  );
  if (result.errors.length > 0) {
    out.push('Kesalahan (baris tidak dinilai, tetap ditulis) / Errors (rows not scored, still written):');
    const shown = result.errors.slice(0, 10);
    for (const e of shown) out.push(`  ${formatError(e)}`);
    if (result.errors.length > shown.length)
      out.push(`  … ${result.errors.length - shown.length} lagi / more (kolom "Kesalahan / Error")`);
  }
  const flagged = result.lines.filter(
    (l) =>
      l.scored &&
      [
        l.scored.scores.weightForAge,
        l.scored.scores.lengthHeightForAge,
        l.scored.scores.weightForLengthHeight,
        l.scored.scores.bmiForAge,
      ].some((s) => s?.flagged),
  ).length;
  if (flagged > 0)
    out.push(
      `Periksa ulang pengukuran (nilai tidak wajar menurut WHO) / Check the measurement (WHO flag): ${flagged} baris/rows.`,
    );

  const month = result.month;
  if (month && result.skdn) {
    const thisMonth = result.lines.flatMap((l) =>
      l.scored && l.scored.input.date.slice(0, 7) === month ? [l.scored] : [],
    );
    out.push(`Status gizi ${month} (Permenkes 2/2020), ${thisMonth.length} penimbangan / weighings:`);
    for (const [label, key] of [
      ['BB/U', 'weightForAge'],
      ['PB/U-TB/U', 'lengthHeightForAge'],
      ['BB/PB-TB', 'weightForLengthHeight'],
    ] as const) {
      const counts = new Map<string, number>();
      for (const w of thisMonth) {
        const c = w.categories[key];
        if (c && !w.scores[key]?.flagged) counts.set(c.label.id, (counts.get(c.label.id) ?? 0) + 1);
      }
      const text = [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      out.push(`  ${label.padEnd(10)} ${text}`);
    }
    const { counts: c, ratios: r } = result.skdn;
    out.push(`SKDN ${month}:`);
    out.push(
      `  S ${c.S}  K ${c.K}  D ${c.D}  N ${c.N}  T ${c.T}  O ${c.O}  B ${c.B}  BGM ${c.BGM}  D′ ${c.DPrime}`,
    );
    out.push(
      `  K/S ${pct(r.KS)}  D/S ${pct(r.DS)}  D/K ${pct(r.DK)}  N/D ${pct(r.ND)}  N/D′ ${pct(r.NDPrime)}  N/S ${pct(r.NS)}  BGM/D ${pct(r.BGMD)}`,
    );
    if (!result.hasKiaColumn)
      out.push('  (tanpa kolom "Buku KIA (Y/T)": K dihitung 0 / no Buku KIA column: K counted as 0)');
    const referred = thisMonth.filter((w) => w.assessment?.refer);
    if (referred.length > 0) {
      const ids = referred
        .slice(0, 20)
        .map(
          (w) => `${w.childId} (${w.assessment?.referReasons.map((r) => REFERRAL_REASONS[r]).join(', ')})`,
        );
      out.push(
        `Rujuk ke Puskesmas / Refer (${referred.length}): ${ids.join('; ')}${referred.length > 20 ? '; …' : ''}`,
      );
    }
  }

  if (run.stratum && run.figures) {
    const { result: s, indicators } = run.stratum;
    const labels = STRATA_PEDOMAN_2011.labels;
    out.push(
      `Strata ${run.figures.name}, 12 bulan s.d. ${month}: ${labels[s.stratum].id} / ${labels[s.stratum].en}`,
    );
    out.push(
      `  buka ${indicators.openingFrequency}×, rerata kader ${indicators.averageKaderOnDuty.toFixed(1)}, rerata D/S ${pct(indicators.averageDsCoverage)}, KIA ${pct(indicators.kiaCoverage)}, KB ${pct(indicators.kbCoverage)}, imunisasi ${pct(indicators.immunizationCoverage)}, dana sehat ${pct(indicators.danaSehatCoverage)}`,
    );
    if (s.next) {
      const held = s.heldBackBy.map(
        (c) =>
          `${labels[c.indicator].id} (perlu/needs ≥ ${c.indicator === 'additional_programs' ? 'ada' : c.atLeast < 1 ? pct(c.atLeast) : c.atLeast})`,
      );
      out.push(`  Menuju ${labels[s.next].id} / towards ${labels[s.next].en}: ${held.join('; ')}`);
    }
  }
  return out;
}
