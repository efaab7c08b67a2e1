import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_LEVEL_MAPPING,
  ACCESS_LEVELS,
  Dataset,
  findLicence,
  normalizeFormat,
  parseAccessLevel,
  parseDataset,
  parseUpdateFrequency,
  SpatialCoverage,
  TemporalCoverage,
  themeCode,
  themeIri,
  UPDATE_FREQUENCIES,
  UPDATE_FREQUENCY_KEYS,
} from '../src/index.js';

describe('Dataset model', () => {
  it('parses a minimal dataset and fills the list defaults', () => {
    const d = parseDataset({ identifier: 'x', title: 'Jumlah Penduduk', description: '' });
    expect(d.keywords).toEqual([]);
    expect(d.distributions).toEqual([]);
  });

  it('normalises region codes to the dotted Kemendagri form (core RegionCode)', () => {
    expect(SpatialCoverage.parse({ regionCodes: ['5207', '52'] }).regionCodes).toEqual(['52.07', '52']);
    expect(SpatialCoverage.safeParse({ regionCodes: ['5X07'] }).success).toBe(false);
  });

  it('rejects a temporal coverage that ends before it starts', () => {
    expect(TemporalCoverage.safeParse({ start: '2024-01-01', end: '2023-12-31' }).success).toBe(false);
    expect(TemporalCoverage.safeParse({ start: '2024-01-01' }).success).toBe(true);
  });

  it('rejects naive timestamps in issued/modified (offset required)', () => {
    const base = { identifier: 'x', title: 't', description: '' };
    expect(Dataset.safeParse({ ...base, modified: '2021-11-30T09:50:08.812727' }).success).toBe(false);
    expect(Dataset.safeParse({ ...base, modified: '2021-11-30T09:50:08.812727Z' }).success).toBe(true);
  });

  it('throws a bilingual ValidationError naming the field', () => {
    try {
      parseDataset({ identifier: 'x', title: '', description: 'd', accessLevel: 'rahasia' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const fields = (error as ValidationError).issues.map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['title', 'accessLevel']));
      expect((error as ValidationError).messages?.id).toMatch(/title|Kolom/);
    }
  });

  it('never crashes on random input: a Dataset or a ValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        try {
          parseDataset(input);
        } catch (error) {
          expect(isOpenGovError(error)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('access levels (satudata.md §4 mapping)', () => {
  it('maps terbuka→PUBLIC/public, terbatas→RESTRICTED/restricted public, dikecualikan→NON_PUBLIC/non-public', () => {
    expect(ACCESS_LEVEL_MAPPING.terbuka.dcatAp).toBe(
      'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
    );
    expect(ACCESS_LEVEL_MAPPING.terbuka.dcatUs).toBe('public');
    expect(ACCESS_LEVEL_MAPPING.terbatas.dcatAp).toMatch(/\/RESTRICTED$/);
    expect(ACCESS_LEVEL_MAPPING.terbatas.dcatUs).toBe('restricted public');
    expect(ACCESS_LEVEL_MAPPING.dikecualikan.dcatAp).toMatch(/\/NON_PUBLIC$/);
    expect(ACCESS_LEVEL_MAPPING.dikecualikan.dcatUs).toBe('non-public');
  });

  it('reads back every form of every level, and portal words (Tertutup, SIPD "Ya"/"Tidak")', () => {
    for (const level of ACCESS_LEVELS) {
      const m = ACCESS_LEVEL_MAPPING[level];
      expect(parseAccessLevel(level)).toBe(level);
      expect(parseAccessLevel(m.dcatAp)).toBe(level);
      expect(parseAccessLevel(m.dcatUs)).toBe(level);
      expect(parseAccessLevel(m.label.id)).toBe(level);
    }
    expect(parseAccessLevel('Tertutup')).toBe('dikecualikan');
    expect(parseAccessLevel('Ya')).toBe('terbuka');
    expect(parseAccessLevel('rahasia')).toBeUndefined();
  });
});

describe('reference tables', () => {
  it('round-trips every update frequency through EU, DCAT-US and BPS codes', () => {
    for (const key of UPDATE_FREQUENCY_KEYS) {
      const e = UPDATE_FREQUENCIES.table[key] as { eu: string; dcatUs?: string; bps?: string };
      expect(parseUpdateFrequency(e.eu)).toBe(key);
      expect(parseUpdateFrequency(`http://publications.europa.eu/resource/authority/frequency/${e.eu}`)).toBe(
        key,
      );
      if (e.dcatUs) expect(parseUpdateFrequency(e.dcatUs)).toBe(key);
      if (e.bps) expect(parseUpdateFrequency(e.bps)).toBe(key);
    }
  });

  it('normalises formats and finds licences by CKAN id, URL and EU IRI', () => {
    expect(normalizeFormat('csv')).toBe('CSV');
    expect(normalizeFormat('.XLSX')).toBe('XLSX');
    expect(normalizeFormat('application/json')).toBe('JSON');
    expect(normalizeFormat('Excel 97')).toBeUndefined();
    expect(findLicence('cc-by')?.title).toBe('Creative Commons Attribution 4.0');
    expect(findLicence('http://creativecommons.org/licenses/by/4.0')?.ckanIds).toContain('cc-by');
    expect(findLicence('http://publications.europa.eu/resource/authority/licence/ODC_BL')?.ckanIds).toContain(
      'odc-odbl',
    );
  });

  it('turns EU theme codes into IRIs and back', () => {
    const iri = themeIri('HEAL');
    expect(iri).toBe('http://publications.europa.eu/resource/authority/data-theme/HEAL');
    expect(themeCode(iri ?? '')).toBe('HEAL');
    expect(themeIri('Kesehatan')).toBeUndefined();
  });
});

describe('enum schemas agree with the exported value lists', () => {
  it('AccessLevelSchema and UpdateFrequencySchema hold exactly ACCESS_LEVELS and UPDATE_FREQUENCY_KEYS', async () => {
    const { AccessLevelSchema, UpdateFrequencySchema } = await import('../src/index.js');
    expect(AccessLevelSchema.options).toEqual([...ACCESS_LEVELS]);
    expect(UpdateFrequencySchema.options).toEqual([...UPDATE_FREQUENCY_KEYS]);
  });

  it('workflow, INDAH and Table Schema enums hold exactly their exported lists', async () => {
    const m = await import('../src/index.js');
    expect(m.WorkflowEvent.shape.action.options).toEqual([...m.WORKFLOW_ACTIONS]);
    expect(m.WorkflowEvent.shape.from.options).toEqual([...m.WORKFLOW_STATES]);
    expect(m.WorkflowEvent.shape.role.options).toEqual([...m.SATU_DATA_ROLES]);
    expect(m.MetadataKegiatan.shape.sektor_kegiatan.options).toEqual([...m.SEKTOR_KEGIATAN]);
    expect(m.MetadataKegiatan.shape.cara_pengumpulan_data.options).toEqual([...m.CARA_PENGUMPULAN_DATA]);
    expect(m.TableSchemaField.shape.type.unwrap().options).toEqual([...m.TABLE_SCHEMA_TYPES]);
  });
});
