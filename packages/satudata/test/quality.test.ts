import { describe, expect, it } from 'vitest';
import {
  checkSatuDataCompliance,
  type Dataset,
  type DatasetInput,
  MQA_INDICATORS,
  mqaRating,
  parseDataset,
  scoreCatalog,
  scoreMetadataQuality,
} from '../src/index.js';

// The methodology's indicator table (data.europa.eu MQA), written out here as the oracle.
const OFFICIAL: Record<string, [dimension: string, points: number]> = {
  keywords: ['findability', 30],
  categories: ['findability', 30],
  spatial: ['findability', 20],
  temporal: ['findability', 20],
  accessUrlAccessible: ['accessibility', 50],
  downloadUrl: ['accessibility', 20],
  downloadUrlAccessible: ['accessibility', 30],
  format: ['interoperability', 20],
  mediaType: ['interoperability', 10],
  formatMediaTypeVocabulary: ['interoperability', 10],
  nonProprietary: ['interoperability', 20],
  machineReadable: ['interoperability', 20],
  dcatApCompliance: ['interoperability', 30],
  licence: ['reusability', 20],
  licenceVocabulary: ['reusability', 10],
  accessRights: ['reusability', 10],
  accessRightsVocabulary: ['reusability', 5],
  contactPoint: ['reusability', 20],
  publisher: ['reusability', 10],
  rights: ['contextuality', 5],
  byteSize: ['contextuality', 5],
  issued: ['contextuality', 5],
  modified: ['contextuality', 5],
};
const pts = (...ids: string[]) => ids.reduce((s, id) => s + (OFFICIAL[id]?.[1] ?? Number.NaN), 0);

const FULL: DatasetInput = {
  identifier: 'ntb-dinkes-akb',
  title: 'Angka Kematian Bayi',
  description: 'AKB per 1.000 kelahiran hidup menurut kabupaten/kota.',
  keywords: ['kesehatan'],
  themes: ['HEAL'],
  accessLevel: 'terbuka',
  rights: 'Bebas digunakan dengan menyebut sumber.',
  licence: { id: 'cc-by', url: 'https://creativecommons.org/licenses/by/4.0/' },
  produsenData: { id: 'dinkes-ntb', name: 'Dinas Kesehatan Provinsi NTB' },
  walidata: { id: 'diskominfotik-ntb', name: 'Diskominfotik Provinsi NTB' },
  pembinaData: { id: 'bps-5200', name: 'BPS Provinsi NTB' },
  contactPoint: { name: 'Seksi Datin', email: 'datin@dinkes.ntbprov.go.id' },
  issued: '2023-03-31',
  modified: '2025-02-10',
  updateFrequency: 'tahunan',
  temporal: { start: '2019-01-01', end: '2023-12-31' },
  spatial: { regionCodes: ['52'] },
  standarData: {
    konsep: 'Kematian bayi',
    definisi: 'Kematian sebelum usia satu tahun',
    klasifikasi: 'Kabupaten/kota',
    ukuran: 'Rasio',
    satuan: 'per 1.000 kelahiran hidup',
  },
  metadataStatistik: { kegiatan: 'mskeg-5200-2023-01' },
  dataPrioritas: true,
  distributions: [
    {
      accessUrl: 'https://data.ntbprov.go.id/dataset/akb',
      downloadUrl: 'https://data.ntbprov.go.id/dataset/akb.csv',
      format: 'CSV',
      mediaType: 'text/csv',
      byteSize: 1840,
    },
  ],
};
const full = parseDataset(FULL);
const reachable = { checkUrl: () => true };
const without = (change: (d: Dataset) => void): Dataset => {
  const copy = structuredClone(full);
  change(copy);
  return copy;
};

describe('MQA indicator table', () => {
  it('has the 23 official indicators with their points, dimension totals and 405 in all', () => {
    expect(MQA_INDICATORS).toHaveLength(23);
    for (const ind of MQA_INDICATORS) expect([ind.dimension, ind.points]).toEqual(OFFICIAL[ind.id]);
    const byDim: Record<string, number> = {};
    for (const [dim, p] of Object.values(OFFICIAL)) byDim[dim] = (byDim[dim] ?? 0) + p;
    expect(byDim).toEqual({
      findability: 100,
      accessibility: 100,
      interoperability: 110,
      reusability: 75,
      contextuality: 20,
    });
  });

  it('rates by the official bands', () => {
    expect([405, 351, 350.99, 221, 220, 121, 120.5, 0].map(mqaRating)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'sufficient',
      'sufficient',
      'bad',
      'bad',
    ]);
  });
});

describe('scoreMetadataQuality', () => {
  it('gives a dataset with every property 405 (accessibility stubbed reachable)', async () => {
    const s = await scoreMetadataQuality(full, reachable);
    expect(s.total).toBe(405);
    expect(s.rating).toBe('excellent');
    expect(s.dimensions.interoperability).toEqual({ points: 110, max: 110 });
    expect(s.indicators.every((i) => i.status === 'met')).toBe(true);
  });

  it('leaves the network indicators unchecked without checkUrl', async () => {
    const s = await scoreMetadataQuality(full);
    expect(s.total).toBe(405 - pts('accessUrlAccessible', 'downloadUrlAccessible'));
    expect(s.indicators.filter((i) => i.status === 'not_checked').map((i) => i.id)).toEqual([
      'accessUrlAccessible',
      'downloadUrlAccessible',
    ]);
  });

  const cases: Array<[string, (d: Dataset) => void, number]> = [
    ['dcat:keyword', (d) => (d.keywords = []), pts('keywords')],
    ['dcat:theme', (d) => (d.themes = []), pts('categories')],
    ['dct:spatial', (d) => delete d.spatial, pts('spatial')],
    ['dct:temporal', (d) => delete d.temporal, pts('temporal')],
    [
      'dcat:downloadURL',
      (d) => delete d.distributions[0]?.downloadUrl,
      pts('downloadUrl', 'downloadUrlAccessible'),
    ],
    // dct:format feeds format, half of format/media-type vocabulary, non-proprietary, machine-readable
    [
      'dct:format',
      (d) => delete d.distributions[0]?.format,
      pts('format', 'nonProprietary', 'machineReadable') + pts('formatMediaTypeVocabulary') / 2,
    ],
    [
      'dcat:mediaType',
      (d) => delete d.distributions[0]?.mediaType,
      pts('mediaType') + pts('formatMediaTypeVocabulary') / 2,
    ],
    ['dct:description (DCAT-AP mandatory)', (d) => (d.description = ''), pts('dcatApCompliance')],
    ['dct:license', (d) => delete d.licence, pts('licence', 'licenceVocabulary')],
    [
      'dct:license outside the vocabulary',
      (d) => (d.licence = { title: 'Lisensi daerah' }),
      pts('licenceVocabulary'),
    ],
    ['dct:accessRights', (d) => delete d.accessLevel, pts('accessRights', 'accessRightsVocabulary')],
    ['dcat:contactPoint', (d) => delete d.contactPoint, pts('contactPoint')],
    ['dct:publisher', (d) => delete d.produsenData, pts('publisher')],
    ['dct:rights', (d) => delete d.rights, pts('rights')],
    ['dcat:byteSize', (d) => delete d.distributions[0]?.byteSize, pts('byteSize')],
    ['dct:issued', (d) => delete d.issued, pts('issued')],
    ['dct:modified', (d) => delete d.modified, pts('modified')],
    [
      'a proprietary format (XLSX)',
      (d) => {
        const dist = d.distributions[0];
        if (dist)
          Object.assign(dist, {
            format: 'XLSX',
            mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          });
      },
      pts('nonProprietary'),
    ],
  ];
  it.each(cases)(
    'removing %s lowers the score by exactly its indicator points',
    async (_name, change, drop) => {
      const s = await scoreMetadataQuality(without(change), reachable);
      expect(405 - s.total).toBeCloseTo(drop, 10);
    },
  );

  it('an unreachable accessURL costs 50, an unreachable downloadURL 30', async () => {
    const dist = full.distributions[0];
    const s1 = await scoreMetadataQuality(full, { checkUrl: (u) => u !== dist?.accessUrl });
    expect(405 - s1.total).toBe(pts('accessUrlAccessible'));
    const s2 = await scoreMetadataQuality(full, { checkUrl: async (u) => u !== dist?.downloadUrl });
    expect(405 - s2.total).toBe(pts('downloadUrlAccessible'));
    const s3 = await scoreMetadataQuality(full, {
      checkUrl: () => Promise.reject(new Error('ECONNREFUSED')),
    });
    expect(405 - s3.total).toBe(pts('accessUrlAccessible', 'downloadUrlAccessible'));
  });

  it('scores distributions by share: one of two without byteSize gives half the points', async () => {
    const d = without((x) => {
      const first = x.distributions[0];
      if (first) x.distributions.push({ ...first, byteSize: undefined } as never);
      delete (x.distributions[1] as { byteSize?: number }).byteSize;
    });
    const s = await scoreMetadataQuality(d, reachable);
    expect(405 - s.total).toBe(pts('byteSize') / 2);
    expect(s.indicators.find((i) => i.id === 'byteSize')?.status).toBe('partial');
  });

  it('a dataset with no distribution gets none of the distribution points', async () => {
    const s = await scoreMetadataQuality(
      without((d) => (d.distributions = [])),
      reachable,
    );
    const distIds = MQA_INDICATORS.filter((i) => i.entity === 'distribution').map((i) => i.id);
    expect(405 - s.total).toBe(pts(...distIds));
  });
});

describe('scoreCatalog', () => {
  it('scores per organization and per dimension, as shares over the whole catalogue', async () => {
    const other = parseDataset({
      identifier: 'dinsos-x',
      title: 'Penerima Bansos',
      description: 'Rekap per kecamatan.',
      produsenData: { id: 'dinsos-ntb', name: 'Dinas Sosial Provinsi NTB' },
      distributions: [{ accessUrl: 'https://data.ntbprov.go.id/x.pdf', format: 'PDF' }],
    });
    const report = await scoreCatalog([full, other, full], reachable);
    expect(report.datasetCount).toBe(3);
    expect(report.byOrganization.map((o) => [o.organization.id, o.datasetCount])).toEqual([
      ['dinsos-ntb', 1],
      ['dinkes-ntb', 2],
    ]);
    expect(report.byOrganization[1]?.score.total).toBe(405);
    const single = await scoreMetadataQuality(other, reachable);
    expect(report.byOrganization[0]?.score.total).toBe(single.total);
    // keywords: 2 of 3 datasets → 20 of 30 points
    expect(report.overall.indicators.find((i) => i.id === 'keywords')?.points).toBe(20);
  });
});

describe('checkSatuDataCompliance', () => {
  it('finds nothing missing on a complete dataset', () => {
    expect(checkSatuDataCompliance(full)).toEqual([]);
  });

  it('reports each missing Standar Data component as an error with its basis, in both languages', () => {
    const f = checkSatuDataCompliance(without((d) => delete d.standarData?.satuan));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      field: 'standarData.satuan',
      rule: 'standar_data_missing',
    });
    expect(f[0]?.basis).toMatch(/Perpres 39\/2019.*Ps\. 4/);
    expect(f[0]?.message.id).toMatch(/satuan/i);
    expect(f[0]?.message.en).toMatch(/unit/i);
  });

  it('flags exempted data offered for download, and no machine-readable format', () => {
    const f = checkSatuDataCompliance(
      without((d) => {
        d.accessLevel = 'dikecualikan';
        const dist = d.distributions[0];
        if (dist) dist.format = 'PDF';
      }),
    );
    expect(f.map((x) => x.rule)).toEqual(
      expect.arrayContaining(['exempted_data_downloadable', 'not_machine_readable']),
    );
  });

  it('asks for walidata, pembina (Data Prioritas), region codes and access level', () => {
    const f = checkSatuDataCompliance(
      without((d) => {
        delete d.walidata;
        delete d.pembinaData;
        delete d.accessLevel;
        d.spatial = { regionCodes: [], label: 'NTB' };
      }),
    );
    expect(f.map((x) => [x.field, x.severity])).toEqual(
      expect.arrayContaining([
        ['walidata', 'warning'],
        ['pembinaData', 'warning'],
        ['accessLevel', 'error'],
        ['spatial.regionCodes', 'warning'],
      ]),
    );
  });
});
