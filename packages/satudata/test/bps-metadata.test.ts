import { readFileSync } from 'node:fs';
import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indahSubmission,
  MetadataKegiatan,
  parseMetadataIndikator,
  parseMetadataKegiatan,
  parseMetadataVariabel,
  parseUpdateFrequency,
  SEKTOR_KEGIATAN,
  SEKTOR_KEGIATAN_LABELS,
  standarDataFrom,
} from '../src/index.js';

const submission = JSON.parse(
  readFileSync(new URL('./fixtures/indah/mskeg-submission.json', import.meta.url), 'utf8'),
);

describe('MS-Keg (INDAH v2)', () => {
  it('parses a submission in the shape a regional walidata sends', () => {
    const parsed = indahSubmission(MetadataKegiatan).parse(submission);
    expect(parsed.status).toBe('DRAFT');
    expect(parsed.data.sektor_kegiatan).toBe('PEMBANGUNAN');
    expect(parsed.data.blok_iv?.frekuensi_penyelanggara).toBe('TAHUNAN');
    expect(parsed.data.blok_iii?.rencana_jadwal_kegiatan?.diseminasi_hasil?.[0]?.akhir).toBe('2025-07-31');
  });

  it('has the 22 sektor_kegiatan codes, each labelled', () => {
    expect(SEKTOR_KEGIATAN).toHaveLength(22);
    expect(new Set(SEKTOR_KEGIATAN).size).toBe(22);
    for (const code of SEKTOR_KEGIATAN) expect(SEKTOR_KEGIATAN_LABELS[code].en.length).toBeGreaterThan(0);
  });

  it('maps the MS-Keg frequency onto the dataset update frequency', () => {
    expect(parseUpdateFrequency(submission.data.blok_iv.frekuensi_penyelanggara)).toBe('tahunan');
  });

  it('rejects an unknown enum value, naming the field', () => {
    const bad = { ...submission.data, cara_pengumpulan_data: 'SENSUS' };
    try {
      parseMetadataKegiatan(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.field).toBe('cara_pengumpulan_data');
    }
  });

  it('random JSON gives MS-Keg/Var/Ind or a typed error', () => {
    for (const parse of [parseMetadataKegiatan, parseMetadataVariabel, parseMetadataIndikator]) {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          try {
            parse(input);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
          }
        }),
        { numRuns: 1_000 },
      );
    }
  });
});

describe('MS-Var and MS-Ind → Standar Data (Perpres 39/2019 Ps. 4)', () => {
  it('builds konsep, definisi, klasifikasi, ukuran, satuan from an MS-Var', () => {
    const v = parseMetadataVariabel({
      nama: 'Jumlah penduduk',
      konsep: ['Penduduk'],
      definisi: 'Semua orang yang berdomisili di wilayah Indonesia selama 6 bulan atau lebih.',
      ukuran: 'Jumlah',
      satuan: 'Jiwa',
      tipe_data: 'Numerik',
      klasifikasi_rujukan_value_domain: 'Kode Wilayah Kemendagri',
      value_domain: [{ kode: null, nilai: null }],
      aturan_validasi: ['>= 0'],
    });
    expect(standarDataFrom(v)).toEqual({
      konsep: 'Penduduk',
      definisi: 'Semua orang yang berdomisili di wilayah Indonesia selama 6 bulan atau lebih.',
      klasifikasi: 'Kode Wilayah Kemendagri',
      ukuran: 'Jumlah',
      satuan: 'Jiwa',
    });
  });

  it('treats INDAH\'s "-" placeholder as no klasifikasi, and uses MS-Ind disaggregation', () => {
    const v = parseMetadataVariabel({
      nama: 'x',
      konsep: [],
      definisi: 'd',
      klasifikasi_rujukan_value_domain: '-',
    });
    expect(standarDataFrom(v).klasifikasi).toBeUndefined();
    const ind = parseMetadataIndikator({
      nama: 'Tingkat Pengangguran Terbuka',
      konsep: ['Pengangguran', 'Angkatan kerja'],
      definisi: 'Persentase pengangguran terhadap angkatan kerja.',
      satuan: 'Persen',
      variabel_disaggregasi: [
        { nama: 'Jenis kelamin', sumber: 'Sakernas' },
        { nama: 'Kabupaten/kota', sumber: null },
      ],
      apakah_indikator_komposit: false,
    });
    expect(standarDataFrom(ind)).toEqual({
      konsep: 'Pengangguran; Angkatan kerja',
      definisi: 'Persentase pengangguran terhadap angkatan kerja.',
      klasifikasi: 'Jenis kelamin; Kabupaten/kota',
      satuan: 'Persen',
    });
  });
});
