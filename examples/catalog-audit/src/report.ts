// Pure builders of the audit's two files: no I/O here, so the tests can check them directly.
import {
  type CatalogQualityReport,
  formatCsvRow,
  MQA_DIMENSIONS,
  type MqaDimension,
  type MqaIndicatorResult,
  type MqaRating,
  type MqaScore,
  mqaRating,
} from '@opengov-id/satudata';

/**
 * One dataset of the catalogue with its own MQA score.
 *
 * @example
 * ```ts
 * const row: DatasetAudit = { organization: 'Dinas Kesehatan KSB', id: 'ksb-0001', title: 'Prevalensi Stunting', score };
 * ```
 */
export interface DatasetAudit {
  /** The Produsen Data's name. */
  readonly organization: string;
  /** The dataset's identifier (CKAN `name`). */
  readonly id: string;
  readonly title: string;
  readonly score: MqaScore;
}

/**
 * Everything the report shows.
 *
 * @example
 * ```ts
 * const input: AuditInput = { source: 'https://data.ksb.test', sample: true, generatedAt: '2025-01-02T10:00:00+08:00', report, datasets };
 * ```
 */
export interface AuditInput {
  /** The CKAN portal read. */
  readonly source: string;
  /** Whether the catalogue is the SDK's generated sample, not a real portal. */
  readonly sample: boolean;
  /** When the audit ran, ISO 8601 with an offset. */
  readonly generatedAt: string;
  readonly report: CatalogQualityReport;
  readonly datasets: readonly DatasetAudit[];
}

/** An indicator with the points it lost. */
export interface IndicatorLoss {
  readonly indicator: MqaIndicatorResult;
  /** Points possible minus points earned. */
  readonly lost: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The indicators that lost points, biggest loss first (ties by indicator id). Indicators that were
 * not checked (accessibility without a URL check) are left out: their loss is unknown, not proven.
 *
 * @example
 * ```ts
 * biggestLosses(report.overall, 5).map((l) => `${l.indicator.id}: -${l.lost}`);
 * ```
 */
export function biggestLosses(score: MqaScore, limit = Number.POSITIVE_INFINITY): IndicatorLoss[] {
  return score.indicators
    .filter((i) => i.status !== 'not_checked' && i.max - i.points > 0)
    .map((indicator) => ({ indicator, lost: round2(indicator.max - indicator.points) }))
    .sort((a, b) => b.lost - a.lost || a.indicator.id.localeCompare(b.indicator.id))
    .slice(0, limit);
}

/** Header of {@link buildCsv}. */
export const CSV_HEADER = [
  'organization',
  'id',
  'title',
  'score',
  'max',
  'rating',
  'top_missing_indicators',
] as const;

/**
 * The CSV report: one row per dataset, worst score first, with its three biggest point losses
 * (`indicator (-points)`, separated by `; `). Written with satudata's `formatCsvRow`: RFC 4180
 * quoting, CRLF line ends, and a `'` before a title that starts like a spreadsheet formula.
 *
 * @example
 * ```ts
 * const csv = buildCsv(datasets); // organization,id,title,score,max,rating,top_missing_indicators\r\n…
 * ```
 */
export function buildCsv(datasets: readonly DatasetAudit[]): string {
  const rows = [...datasets]
    .sort(
      (a, b) =>
        a.score.total - b.score.total ||
        a.organization.localeCompare(b.organization) ||
        a.id.localeCompare(b.id),
    )
    .map((d) =>
      formatCsvRow([
        d.organization,
        d.id,
        d.title,
        d.score.total,
        d.score.max,
        d.score.rating,
        biggestLosses(d.score, 3)
          .map((l) => `${l.indicator.id} (-${l.lost})`)
          .join('; '),
      ]),
    );
  return formatCsvRow(CSV_HEADER) + rows.join('');
}

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"A&B"</b>'); // => '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const RATING_COLOURS: Readonly<Record<MqaRating, string>> = {
  excellent: '#1a7f37',
  good: '#58a55c',
  sufficient: '#d4a72c',
  bad: '#cf222e',
};

/** One bar of {@link barChart}. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly max: number;
}

/** Width in pixels of a full bar in {@link barChart}. */
export const BAR_WIDTH = 400;

/**
 * An inline SVG horizontal bar chart, one `<rect class="bar {kind}">` per bar in the order given,
 * its width `value / max × BAR_WIDTH`, coloured by the MQA rating the same share would get.
 *
 * @example
 * ```ts
 * barChart('dimension', [{ key: 'findability', label: 'Findability', value: 40, max: 100 }], 'Per dimension');
 * ```
 */
export function barChart(kind: string, bars: readonly Bar[], title: string): string {
  const labelWidth = 330;
  const row = 26;
  const height = bars.length * row + 8;
  const width = labelWidth + BAR_WIDTH + 110;
  const rows = bars.map((b, i) => {
    const share = b.max > 0 ? b.value / b.max : 0;
    const y = 4 + i * row;
    const colour = RATING_COLOURS[mqaRating(share * 405)];
    return [
      `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(b.label)}</text>`,
      `<rect class="track" x="${labelWidth}" y="${y}" width="${BAR_WIDTH}" height="18" fill="#eaeef2"/>`,
      `<rect class="bar ${escapeHtml(kind)}" data-key="${escapeHtml(b.key)}" x="${labelWidth}" y="${y}" width="${(share * BAR_WIDTH).toFixed(2)}" height="18" fill="${colour}"><title>${escapeHtml(`${b.label}: ${round2(b.value)} / ${b.max}`)}</title></rect>`,
      `<text x="${labelWidth + BAR_WIDTH + 8}" y="${y + 14}">${round2(b.value)} / ${b.max} (${Math.round(share * 100)}%)</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13">${rows.join('')}</svg>`;
}

const DIMENSION_LABELS: Readonly<Record<MqaDimension, string>> = {
  findability: 'Findability / Kemudahan ditemukan',
  accessibility: 'Accessibility / Keteraksesan',
  interoperability: 'Interoperability / Interoperabilitas',
  reusability: 'Reusability / Kebergunaan ulang',
  contextuality: 'Contextuality / Konteks',
};

/** The overall score's dimensions, lowest share first. */
function dimensionBars(score: MqaScore): Bar[] {
  return MQA_DIMENSIONS.map((d) => ({
    key: d,
    label: DIMENSION_LABELS[d],
    value: score.dimensions[d].points,
    max: score.dimensions[d].max,
  })).sort((a, b) => a.value / a.max - b.value / b.max || a.key.localeCompare(b.key));
}

function lossTable(losses: readonly IndicatorLoss[]): string {
  if (losses.length === 0) return '<p>Tidak ada poin yang hilang. / No points lost.</p>';
  const rows = losses.map(
    (l, i) =>
      `<tr><td>${i + 1}</td><td><code>${escapeHtml(l.indicator.id)}</code></td><td>${escapeHtml(l.indicator.label.id)}<br><small>${escapeHtml(l.indicator.label.en)}</small></td><td>${escapeHtml(l.indicator.dimension)}</td><td class="num">−${l.lost}</td><td class="num">${Math.round(l.indicator.share * 100)}%</td></tr>`,
  );
  return `<table><thead><tr><th>#</th><th>Indikator / Indicator</th><th></th><th>Dimensi / Dimension</th><th>Poin hilang / Points lost</th><th>Lulus / Passing</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no external asset) with the
 * overall score, what to fix first (the indicators that lose the most points), a bar per
 * organization and per MQA dimension (worst first), and each organization's dimensions and top
 * fixes.
 *
 * @example
 * ```ts
 * const html = buildHtml({ source, sample: true, generatedAt, report, datasets });
 * ```
 */
export function buildHtml(input: AuditInput): string {
  const { report } = input;
  const overall = report.overall;
  const notChecked = overall.indicators.filter((i) => i.status === 'not_checked');
  const orgBars: Bar[] = report.byOrganization.map((o) => ({
    key: o.organization.id ?? o.organization.name,
    label: `${o.organization.name} (${o.datasetCount})`,
    value: o.score.total,
    max: o.score.max,
  }));
  const orgSections = report.byOrganization.map((o) => {
    const dims = MQA_DIMENSIONS.map(
      (d) => `<td class="num">${round2(o.score.dimensions[d].points)} / ${o.score.dimensions[d].max}</td>`,
    ).join('');
    const fixes = biggestLosses(o.score, 3)
      .map((l) => `${escapeHtml(l.indicator.label.id)} (−${l.lost})`)
      .join('; ');
    return `<tr><td>${escapeHtml(o.organization.name)}</td><td class="num">${o.datasetCount}</td><td class="num">${o.score.total}</td><td>${escapeHtml(o.score.ratingLabel.id)} / ${escapeHtml(o.score.ratingLabel.en)}</td>${dims}<td>${fixes}</td></tr>`;
  });
  const banner = input.sample
    ? '<p class="sample"><strong>DATA CONTOH / SAMPLE DATA</strong>: katalog buatan SDK yang menyerupai portal Satu Data KSB, bukan data resmi. / A generated catalogue shaped like KSB\'s Satu Data portal, not official data.</p>'
    : '';
  const note =
    notChecked.length > 0
      ? `<p class="note">${notChecked.length} indikator tidak diperiksa (${notChecked.map((i) => `<code>${escapeHtml(i.id)}</code>`).join(', ')}): URL tidak diuji, jadi 0 poin. / ${notChecked.length} indicators not checked: URLs were not tested, so they score 0.</p>`
      : '';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.sample ? '[SAMPLE] ' : ''}Audit kualitas metadata / Metadata quality audit</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.sample{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem 1rem}
.note{color:#57606a}
svg{max-width:100%;height:auto}
</style>
</head>
<body>
<h1>Audit kualitas metadata / Metadata quality audit</h1>
${banner}
<p>Sumber / Source: <code>${escapeHtml(input.source)}</code> · ${escapeHtml(input.generatedAt)}</p>
<p>${report.datasetCount} dataset, ${report.distributionCount} distribusi / distributions. Skor MQA katalog / Catalogue MQA score: <strong>${overall.total} / ${overall.max}</strong> (${escapeHtml(overall.ratingLabel.id)} / ${escapeHtml(overall.ratingLabel.en)}).</p>
${note}
<h2>Apa yang diperbaiki dulu / What to fix first</h2>
${lossTable(biggestLosses(overall, 5))}
<h2>Per organisasi (Produsen Data) / Per organization</h2>
${barChart('org', orgBars, 'MQA score per organization')}
<h2>Per dimensi MQA / Per MQA dimension</h2>
${barChart('dimension', dimensionBars(overall), 'MQA points per dimension')}
<h2>Rincian organisasi / Organizations in detail</h2>
<table><thead><tr><th>Organisasi</th><th>Dataset</th><th>Skor</th><th>Peringkat / Rating</th>${MQA_DIMENSIONS.map((d) => `<th>${escapeHtml(d)}</th>`).join('')}<th>Perbaiki dulu / Fix first</th></tr></thead>
<tbody>${orgSections.join('')}</tbody></table>
<p class="note">Metode / Method: data.europa.eu Metadata Quality Assessment (405 poin / points).</p>
</body>
</html>
`;
}
