import { ValidationError } from '@opengov-id/core';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeGrowthZScoresSync,
  GrowthTableMissingError,
  type GrowthTables,
  KMS_BANDS,
  loadGrowthTables,
  renderGrowthChart,
  renderGrowthChartSync,
} from '../src/index.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
});
const parse = (svg: string) => parser.parse(svg) as { svg: Node };
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const group = (svg: Node, cls: string) => list(svg['g']).find((g) => g['class'] === cls) as Node;

let tables: GrowthTables;
beforeAll(async () => {
  tables = await loadGrowthTables(['weightForAge', 'lengthHeightForAge']);
});

// From pixels back to (day, value) by the chart's own axis mapping (attributes on <svg>).
function invert(svg: Node, cx: number, cy: number) {
  const num = (k: string) => Number(svg[k]);
  const day = ((cx - num('data-x0')) / (num('data-x1') - num('data-x0'))) * num('data-day1');
  const value =
    num('data-value0') +
    ((num('data-y0') - cy) / (num('data-y0') - num('data-y1'))) * (num('data-value1') - num('data-value0'));
  return { day, value };
}

// WHO LMS z straight from the table, independent of the chart and the engine.
function lmsZ(rows: Float64Array, day: number, y: number) {
  const [l, m, s] = [rows[day * 3], rows[day * 3 + 1], rows[day * 3 + 2]] as [number, number, number];
  return ((y / m) ** l - 1) / (s * l);
}

describe('renderGrowthChartSync', () => {
  it('is well-formed SVG with five WHO curves, four KMS bands, axes and a legend', () => {
    const svg = renderGrowthChartSync({ indicator: 'weightForAge', sex: 'female' }, tables);
    const root = parse(svg).svg;
    expect(root['xmlns']).toBe('http://www.w3.org/2000/svg');
    const curves = list(group(root, 'curves')['polyline']);
    expect(curves.map((c) => c['data-z'])).toEqual(['-3', '-2', '0', '2', '3']);
    expect(list(group(root, 'bands')['polygon'])).toHaveLength(4);
    expect(curves[0]?.['stroke']).toBe('#c62828'); // the red line
    expect(String(root['title'] && (root['title'] as Node)['#text'])).toBe(
      'Berat Badan menurut Umur (BB/U): Perempuan, 0–60 bulan',
    );
    const xLabels = list(group(root, 'axis-x')['text']).map((t) => t['#text']);
    expect(xLabels).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 'Umur (bulan)']);
  });

  it('each curve vertex is the WHO value at its SD line', () => {
    const svg = parse(renderGrowthChartSync({ indicator: 'weightForAge', sex: 'male' }, tables)).svg;
    for (const curve of list(group(svg, 'curves')['polyline'])) {
      const zLine = Number(curve['data-z']);
      const vertices = String(curve['points'])
        .split(' ')
        .map((p) => p.split(',').map(Number) as [number, number]);
      for (const [cx, cy] of vertices.filter((_, i) => i % 25 === 0)) {
        const { day, value } = invert(svg, cx, cy);
        const z = lmsZ(tables.weightForAge?.male as Float64Array, Math.round(day), value);
        expect(z).toBeCloseTo(zLine, 2);
      }
    }
  });

  it("a plotted point's coordinates give back the z-score the engine computes", () => {
    const points = [
      { ageDays: 30, value: 4.1 },
      { ageDays: 183, value: 6.2 },
      { ageDays: 365, value: 9.9 },
      { ageDays: 700, value: 8.1 },
    ];
    const svg = parse(
      renderGrowthChartSync({ indicator: 'weightForAge', sex: 'female', points }, tables),
    ).svg;
    const circles = list(group(svg, 'measurements')['circle']);
    expect(circles).toHaveLength(4);
    for (const [i, c] of circles.entries()) {
      const { day, value } = invert(svg, Number(c['cx']), Number(c['cy']));
      const input = points[i] as { ageDays: number; value: number };
      expect(Math.round(day)).toBe(input.ageDays);
      expect(value).toBeCloseTo(input.value, 2);
      const engine = computeGrowthZScoresSync(
        { sex: 'female', ageDays: input.ageDays, weightKg: input.value },
        tables,
      );
      const fromPixels = lmsZ(tables.weightForAge?.female as Float64Array, Math.round(day), value);
      expect(Number(c['data-z'])).toBe(engine.weightForAge?.z);
      // Unrestricted z equals WHO's within ±3 SD; these points are inside.
      expect(fromPixels).toBeCloseTo(engine.weightForAge?.z as number, 1);
      expect(Math.abs(fromPixels - (engine.weightForAge?.z as number))).toBeLessThan(0.006);
    }
  });

  it('length points are plotted after the ±0.7 cm correction; the curves break at 731 days', () => {
    const svg = parse(
      renderGrowthChartSync(
        {
          indicator: 'lengthHeightForAge',
          sex: 'male',
          language: 'en',
          points: [
            { ageDays: 800, value: 85, measured: 'recumbent' },
            { ageMonths: 12, value: 74, measured: 'recumbent' },
          ],
        },
        tables,
      ),
    ).svg;
    expect(list(group(svg, 'curves')['polyline'])).toHaveLength(10);
    const circles = list(group(svg, 'measurements')['circle']);
    expect(circles.map((c) => Number(c['data-value']))).toEqual([74, 84.3]); // sorted by age; 85 − 0.7
    const second = circles[1] as Node;
    const { day, value } = invert(svg, Number(second['cx']), Number(second['cy']));
    const z = lmsZ(tables.lengthHeightForAge?.male as Float64Array, Math.round(day), value);
    expect(z).toBeCloseTo(Number(second['data-z']), 2);
    expect((svg['title'] as Node)['#text']).toBe('Length/height-for-age: Boys, 0–60 months');
  });

  it('0–24 months, points beyond the range left out, title escaped', () => {
    const svg = renderGrowthChartSync(
      {
        indicator: 'weightForAge',
        sex: 'male',
        maxAgeMonths: 24,
        title: 'Anak <b>&</b>',
        points: [{ ageMonths: 30, value: 13 }],
      },
      tables,
    );
    expect(svg).toContain('Anak &#60;b&#62;&#38;&#60;/b&#62;');
    const root = parse(svg).svg;
    expect(root['data-day1']).toBe('730');
    expect(list(group(root, 'measurements')['circle'])).toHaveLength(0);
  });

  it('custom bands are drawn; invalid options and a missing table throw SDK errors', () => {
    const bands = {
      ...KMS_BANDS,
      bands: {
        ...KMS_BANDS.bands,
        weightForAge: [{ fromZ: null, toZ: null, colour: '#eeeeee', label: { id: 'a', en: 'a' } }],
      },
    };
    const svg = parse(renderGrowthChartSync({ indicator: 'weightForAge', sex: 'male', bands }, tables)).svg;
    expect(list(group(svg, 'bands')['polygon'])).toHaveLength(1);
    expect(() => renderGrowthChartSync({ indicator: 'weightForAge', sex: 'x' as never }, tables)).toThrow(
      ValidationError,
    );
    expect(() =>
      renderGrowthChartSync(
        { indicator: 'weightForAge', sex: 'male', points: [{ ageDays: 1, ageMonths: 1, value: 3 }] },
        tables,
      ),
    ).toThrow(/ageDays/);
    expect(() => renderGrowthChartSync({ indicator: 'weightForAge', sex: 'male' }, {})).toThrow(
      GrowthTableMissingError,
    );
  });

  it('renderGrowthChart loads the table itself', async () => {
    const svg = await renderGrowthChart({ indicator: 'lengthHeightForAge', sex: 'female' });
    expect(parse(svg).svg['data-indicator']).toBe('lengthHeightForAge');
  });
});
