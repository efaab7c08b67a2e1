import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ckanPortalHandlers, seedCatalogue } from '@opengov-id/satudata/testing';
import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  COLLECTIONS,
  type StoredGroup,
  type StoredPackage,
} from '../../reference-server/src/modules/catalogue/records.js';
import { startReferenceServer } from '../../reference-server/src/server.js';
import { runAudit } from '../src/audit.js';
import { BAR_WIDTH, buildCsv, buildHtml, CSV_HEADER, escapeHtml } from '../src/report.js';

const BASE = 'https://data.ksb.audit.test';

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of satudata's writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

async function auditSample(datasets = 40) {
  const catalogue = seedCatalogue({ siteUrl: BASE, datasets, seed: 3 });
  server.use(...ckanPortalHandlers({ baseUrl: BASE, catalogue }));
  const outDir = await mkdtemp(join(tmpdir(), 'catalog-audit-'));
  const result = await runAudit({
    baseUrl: BASE,
    outDir,
    sample: true,
    now: new Date('2025-06-01T02:00:00Z'),
  });
  return { catalogue, outDir, result };
}

describe('buildCsv and buildHtml', () => {
  it('round-trips hostile titles through a CSV reader, one row per dataset', async () => {
    const { result, outDir } = await auditSample(12);
    const hostile = result.datasets.map((d, i) =>
      i === 0
        ? { ...d, title: '=cmd|"/c calc"!A1, "x"\nnext' }
        : i === 1
          ? { ...d, organization: '@SUM(A1)' }
          : d,
    );
    const rows = parseCsv(buildCsv(hostile));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(hostile.length + 1);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const titles = rows.map((r) => r[2]);
    expect(titles).toContain(`'=cmd|"/c calc"!A1, "x"\nnext`);
    expect(rows.map((r) => r[0])).toContain("'@SUM(A1)");
    const scores = rows.slice(1).map((r) => Number(r[3]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await rm(outDir, { recursive: true });
  });

  it('draws one bar per organization, its width proportional to the score', async () => {
    const { result, outDir } = await auditSample();
    const html = buildHtml({
      source: BASE,
      sample: true,
      generatedAt: '2025-06-01T10:00:00+08:00',
      report: result.report,
      datasets: result.datasets,
    });
    const bars = [...html.matchAll(/<rect class="bar org" data-key="([^"]*)"[^>]* width="([\d.]+)"/g)];
    const orgs = result.report.byOrganization;
    expect(orgs.length).toBeGreaterThan(1);
    expect(bars).toHaveLength(orgs.length);
    bars.forEach((bar, i) => {
      const org = orgs[i];
      expect(bar[1]).toBe(escapeHtml(org?.organization.id ?? org?.organization.name ?? ''));
      expect(Number(bar[2])).toBeCloseTo(((org?.score.total ?? 0) / 405) * BAR_WIDTH, 1);
    });
    // Worst first: widths never decrease.
    const widths = bars.map((b) => Number(b[2]));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(html.match(/<rect class="bar dimension"/g)).toHaveLength(5);
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href=/i);
    await rm(outDir, { recursive: true });
  });

  it('escapes organization names in the HTML', async () => {
    const { result, outDir } = await auditSample(8);
    const [first, ...rest] = result.report.byOrganization;
    if (!first) throw new Error('no organization');
    const report = {
      ...result.report,
      byOrganization: [{ ...first, organization: { name: '<script>alert(1)</script>' } }, ...rest],
    };
    const html = buildHtml({ source: BASE, sample: false, generatedAt: 'x', report, datasets: [] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('SAMPLE DATA');
    await rm(outDir, { recursive: true });
  });
});

describe('runAudit against the CKAN emulator', () => {
  it('reads every package and writes both files', async () => {
    const { catalogue, outDir, result } = await auditSample();
    const publicCount = catalogue.packages.filter((p) => !p.private && p.state === 'active').length;
    expect(result.report.datasetCount).toBe(publicCount);
    expect(result.datasets).toHaveLength(publicCount);
    expect(result.skipped).toEqual([]);
    const csv = await readFile(result.csvPath, 'utf8');
    expect(parseCsv(csv)).toHaveLength(publicCount + 1);
    const html = await readFile(result.htmlPath, 'utf8');
    expect(html).toContain('SAMPLE DATA');
    expect(html).toContain('2025-06-01T10:00:00+08:00');
    expect(html).toContain(`${result.report.overall.total} / 405`);
    await rm(outDir, { recursive: true });
  });
});

describe('runAudit against the reference server (the default of npm start)', () => {
  it("scores every published dataset of the server's sample catalogue, by its sample OPDs", async () => {
    const reference = await startReferenceServer({ seed: true });
    const outDir = await mkdtemp(join(tmpdir(), 'catalog-audit-'));
    try {
      // The shared msw setup refuses unhandled requests; these go to the real socket.
      server.use(http.all(`${reference.url}/*`, () => passthrough()));
      const result = await runAudit({ baseUrl: `${reference.url}/ckan`, outDir, sample: true });

      // What the server's store holds, read beside the API: the published (active, public)
      // packages, and the organizations that own them.
      const { packages, organizations } = await reference.store.transaction(async (tx) => ({
        packages: (await tx.list<StoredPackage>(COLLECTIONS.packages)).items,
        organizations: (await tx.list<StoredGroup>(COLLECTIONS.organizations)).items,
      }));
      const published = packages.filter((p) => p.state === 'active' && !p.private);
      expect(published.length).toBeLessThan(packages.length); // the sample has unpublished ones too
      expect(result.skipped).toEqual([]);
      expect(result.report.datasetCount).toBe(published.length);
      expect(result.datasets.map((d) => d.id).sort()).toEqual(published.map((p) => p.name).sort());

      const owners = organizations.filter((o) => published.some((p) => p.owner_org === o.id));
      const audited = result.report.byOrganization;
      expect(audited.map((o) => o.organization.name).sort()).toEqual(owners.map((o) => o.title).sort());
      expect(audited.every((o) => o.organization.name.includes('(CONTOH)'))).toBe(true);
      for (const o of audited)
        expect(o.datasetCount).toBe(
          published.filter((p) => owners.find((g) => g.id === p.owner_org)?.title === o.organization.name)
            .length,
        );

      const csv = parseCsv(await readFile(result.csvPath, 'utf8'));
      expect(csv).toHaveLength(published.length + 1);
      expect(await readFile(result.htmlPath, 'utf8')).toContain('SAMPLE DATA');
    } finally {
      await reference.close();
      await rm(outDir, { recursive: true });
    }
  });
});
