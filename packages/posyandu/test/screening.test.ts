import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADULT_BMI_KEMENKES,
  ADULT_BMI_WHO_ASIA_PACIFIC,
  BP_PNPK_2021,
  CHOLESTEROL_ATP_III,
  classifyAdultBmi,
  classifyBarthel,
  classifyBloodGlucose,
  classifyBloodPressure,
  classifyByThresholds,
  classifyCholesterol,
  classifyHaemoglobin,
  classifyMuac,
  classifyWaist,
  GLUCOSE_PERKENI,
  HAEMOGLOBIN_WHO_2011,
  haemoglobinGroup,
  MUAC_THRESHOLDS,
  type ThresholdSet,
  WAIST_POSBINDU,
} from '../src/index.js';

// Values straight from the reference's table (§6), with the category each must give.
describe('blood pressure', () => {
  it('Posbindu KMS (JNC 7): normal < 120/80 … HT-2 ≥ 160/100, refer from 140/90', () => {
    const cases: Array<[number, number, string, boolean]> = [
      [119, 79, 'normal', false],
      [120, 79, 'prehypertension', false],
      [119, 80, 'prehypertension', false],
      [139, 89, 'prehypertension', false],
      [140, 70, 'hypertension_1', true],
      [130, 90, 'hypertension_1', true],
      [159, 99, 'hypertension_1', true],
      [160, 80, 'hypertension_2', true],
      [120, 100, 'hypertension_2', true],
    ];
    for (const [s, d, code, refer] of cases)
      expect(classifyBloodPressure(s, d)).toMatchObject({ code, refer });
    expect(classifyBloodPressure(150, 85).isolatedSystolic).toBeNull();
  });

  it('PNPK 2021: optimal, normal, normal-tinggi, HT 1–3 and isolated systolic', () => {
    const pnpk = (s: number, d: number) => classifyBloodPressure(s, d, { thresholds: BP_PNPK_2021 });
    expect(pnpk(119, 79).code).toBe('optimal');
    expect(pnpk(120, 79).code).toBe('normal');
    expect(pnpk(129, 84).code).toBe('normal');
    expect(pnpk(130, 84).code).toBe('high_normal');
    expect(pnpk(125, 85).code).toBe('high_normal');
    expect(pnpk(140, 85)).toMatchObject({ code: 'hypertension_1', isolatedSystolic: true });
    expect(pnpk(179, 109).code).toBe('hypertension_2');
    expect(pnpk(180, 90)).toMatchObject({ code: 'hypertension_3', isolatedSystolic: false });
    expect(pnpk(150, 110).code).toBe('hypertension_3');
  });
});

describe('adult BMI, waist, glucose, cholesterol', () => {
  it('Kemenkes IMT: < 17.0, 17.0–18.4, 18.5–25.0, > 25.0–27.0, > 27.0', () => {
    const codes = [16.99, 17, 18.49, 18.5, 25, 25.01, 27, 27.01].map((b) => classifyAdultBmi(b).code);
    expect(codes).toEqual([
      'severely_thin',
      'thin',
      'thin',
      'normal',
      'normal',
      'overweight',
      'overweight',
      'obese',
    ]);
    expect(classifyAdultBmi({ weightKg: 70, heightCm: 160 })).toMatchObject({
      code: 'obese',
      bmi: 70 / 1.6 ** 2,
    });
  });

  it('WHO Asia-Pacific: < 18.5, 18.5–22.9, 23–24.9, 25–29.9, ≥ 30', () => {
    const codes = [18.4, 18.5, 22.9, 23, 24.9, 25, 29.9, 30].map(
      (b) => classifyAdultBmi(b, { thresholds: ADULT_BMI_WHO_ASIA_PACIFIC }).code,
    );
    expect(codes).toEqual([
      'underweight',
      'normal',
      'normal',
      'at_risk',
      'at_risk',
      'obese_1',
      'obese_1',
      'obese_2',
    ]);
  });

  it('waist: > 90 cm men, > 80 cm women', () => {
    expect([classifyWaist(90, 'male').code, classifyWaist(90.1, 'male').code]).toEqual([
      'normal',
      'central_obesity',
    ]);
    expect([classifyWaist(80, 'female').code, classifyWaist(80.1, 'female').code]).toEqual([
      'normal',
      'central_obesity',
    ]);
  });

  it('glucose: GDS ≥ 200, GDP 100–125 / ≥ 126, TTGO 140–199, HbA1c 5.7–6.4 / ≥ 6.5', () => {
    expect([199, 200].map((v) => classifyBloodGlucose(v, 'random').refer)).toEqual([false, true]);
    expect([99, 100, 125, 126].map((v) => classifyBloodGlucose(v, 'fasting').code)).toEqual([
      'normal',
      'prediabetes',
      'prediabetes',
      'suspected_diabetes',
    ]);
    expect([139, 140, 199, 200].map((v) => classifyBloodGlucose(v, 'ogtt_2h').code)).toEqual([
      'normal',
      'prediabetes',
      'prediabetes',
      'suspected_diabetes',
    ]);
    expect([5.6, 5.7, 6.4, 6.5].map((v) => classifyBloodGlucose(v, 'hba1c').code)).toEqual([
      'normal',
      'prediabetes',
      'prediabetes',
      'diabetes',
    ]);
    expect(() => classifyBloodGlucose(100, 'toString' as never)).toThrow(ValidationError);
  });

  it('cholesterol: Posbindu < 190; ATP III < 200, 200–239, ≥ 240', () => {
    expect([189, 190].map((v) => classifyCholesterol(v).code)).toEqual(['normal', 'high']);
    expect(
      [199, 200, 239, 240].map((v) => classifyCholesterol(v, { thresholds: CHOLESTEROL_ATP_III }).code),
    ).toEqual(['desirable', 'borderline_high', 'borderline_high', 'high']);
  });
});

describe('haemoglobin, MUAC, Barthel', () => {
  it('WHO 2011 anaemia cut-offs by group', () => {
    expect(haemoglobinGroup(8, 'male')).toBe('child_5_11');
    expect(haemoglobinGroup(12, 'female')).toBe('child_12_14');
    expect(haemoglobinGroup(15, 'female')).toBe('woman');
    expect(haemoglobinGroup(15, 'male')).toBe('man');
    expect(haemoglobinGroup(17, 'female', true)).toBe('pregnant');
    expect(haemoglobinGroup(3, 'male')).toBeNull();
    const cut: Array<[Parameters<typeof classifyHaemoglobin>[1], number]> = [
      ['child_5_11', 11.5],
      ['child_12_14', 12],
      ['woman', 12],
      ['man', 13],
      ['pregnant', 11],
    ];
    for (const [group, threshold] of cut) {
      expect(classifyHaemoglobin(threshold, group).code).toBe('no_anaemia');
      expect(classifyHaemoglobin(threshold - 0.1, group).atRisk).toBe(true);
    }
    expect([7.9, 8, 10.9, 11, 12.9].map((v) => classifyHaemoglobin(v, 'man').code)).toEqual([
      'severe_anaemia',
      'moderate_anaemia',
      'moderate_anaemia',
      'mild_anaemia',
      'mild_anaemia',
    ]);
  });

  it('MUAC: < 11.5 SAM (refer), 11.5–< 12.5 MAM; WUS < 23.5 risiko KEK', () => {
    expect([11.4, 11.5, 12.4, 12.5].map((v) => classifyMuac(v, 'child_6_59_months').code)).toEqual([
      'severe_acute_malnutrition',
      'moderate_acute_malnutrition',
      'moderate_acute_malnutrition',
      'normal',
    ]);
    expect(classifyMuac(11.4, 'child_6_59_months').refer).toBe(true);
    expect([23.4, 23.5].map((v) => classifyMuac(v, 'woman_reproductive_age').code)).toEqual([
      'chronic_energy_deficiency_risk',
      'normal',
    ]);
  });

  it('Barthel: total 0–4, berat 5–8, sedang 9–11, ringan 12–19, mandiri 20', () => {
    const expected = (s: number) =>
      s <= 4
        ? 'total_dependency'
        : s <= 8
          ? 'severe_dependency'
          : s <= 11
            ? 'moderate_dependency'
            : s <= 19
              ? 'mild_dependency'
              : 'independent';
    for (let s = 0; s <= 20; s++) expect(classifyBarthel(s).code).toBe(expected(s));
    expect(() => classifyBarthel(12.5)).toThrow(ValidationError);
    expect(() => classifyBarthel(21)).toThrow(/barthelScore/);
  });
});

describe('every threshold set', () => {
  const sets: ThresholdSet[] = [
    ADULT_BMI_KEMENKES,
    ADULT_BMI_WHO_ASIA_PACIFIC,
    CHOLESTEROL_ATP_III,
    WAIST_POSBINDU.male,
    WAIST_POSBINDU.female,
    ...Object.values(GLUCOSE_PERKENI),
    ...Object.values(HAEMOGLOBIN_WHO_2011),
    ...Object.values(MUAC_THRESHOLDS),
  ];

  it('covers the real line once: adjacent bands share an edge, inclusive on exactly one side', () => {
    for (const set of sets) {
      expect(set.bands[0]?.min, set.id).toBeNull();
      expect(set.bands.at(-1)?.max, set.id).toBeNull();
      set.bands.slice(1).forEach((b, i) => {
        const prev = set.bands[i];
        expect(b.min, set.id).toBe(prev?.max);
        expect(b.minInclusive, set.id).not.toBe(prev?.maxInclusive);
      });
      expect(set.source.regulation.length, set.id).toBeGreaterThan(0);
    }
  });

  it('property: any input gives a result or an OpenGovError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          classifyBloodPressure(a as number, b as number);
          classifyByThresholds(ADULT_BMI_KEMENKES, a as number);
          classifyWaist(a as number, b as never);
          classifyHaemoglobin(a as number, b as never);
          return true;
        } catch (error) {
          return isOpenGovError(error);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
