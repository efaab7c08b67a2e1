import type { LocalizedMessage } from '@opengov-id/core';
import type { BloodPressureThresholds, ThresholdSet, ValueBand } from './types.js';

// `[min, max)` bands built from cut-offs, for the common "lower edge inclusive" case.
function band(
  code: string,
  id: string,
  en: string,
  min: number | null,
  max: number | null,
  flags: { atRisk?: boolean; refer?: boolean; minInclusive?: boolean; maxInclusive?: boolean } = {},
): ValueBand {
  const label: LocalizedMessage = { id, en };
  return {
    code,
    label,
    min,
    minInclusive: flags.minInclusive ?? min !== null,
    max,
    maxInclusive: flags.maxInclusive ?? false,
    atRisk: flags.atRisk ?? false,
    refer: flags.refer ?? false,
  };
}

const POSBINDU_SOURCE =
  'Kemenkes RI, Buku Pintar Posbindu PTM; Buku Monitoring Faktor Risiko PTM (KMS FR-PTM)';
// Year of the text not stated in the research; figures as the reference (§6) records them.
const UNDATED = 'undated (reference §6)';

/**
 * Blood pressure on the Posbindu PTM KMS (JNC 7 style): normal < 120/80, prahipertensi 120–139 /
 * 80–89, hipertensi derajat 1 140–159 / 90–99, derajat 2 ≥ 160 / ≥ 100; refer from 140/90. The
 * higher of the systolic and diastolic categories applies. Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * BP_POSBINDU_KMS.categories.map((c) => c.code); // ['hypertension_2', 'hypertension_1', 'prehypertension', 'normal']
 * ```
 */
export const BP_POSBINDU_KMS: BloodPressureThresholds = {
  id: 'td-posbindu-kms',
  source: { regulation: POSBINDU_SOURCE, provision: 'Tekanan darah (JNC 7)', version: UNDATED },
  confirmed: false,
  categories: [
    {
      code: 'hypertension_2',
      label: { id: 'Hipertensi derajat 2', en: 'Stage 2 hypertension' },
      systolicAtLeast: 160,
      diastolicAtLeast: 100,
      atRisk: true,
      refer: true,
    },
    {
      code: 'hypertension_1',
      label: { id: 'Hipertensi derajat 1', en: 'Stage 1 hypertension' },
      systolicAtLeast: 140,
      diastolicAtLeast: 90,
      atRisk: true,
      refer: true,
    },
    {
      code: 'prehypertension',
      label: { id: 'Prahipertensi', en: 'Prehypertension' },
      systolicAtLeast: 120,
      diastolicAtLeast: 80,
      atRisk: true,
      refer: false,
    },
    {
      code: 'normal',
      label: { id: 'Normal', en: 'Normal' },
      systolicAtLeast: 0,
      diastolicAtLeast: 0,
      atRisk: false,
      refer: false,
    },
  ],
};

/**
 * Blood pressure by the PNPK Tata Laksana Hipertensi Dewasa 2021 (InaSH): optimal < 120 / < 80,
 * normal 120–129 / 80–84, normal-tinggi 130–139 / 85–89, hipertensi derajat 1 140–159 / 90–99,
 * derajat 2 160–179 / 100–109, derajat 3 ≥ 180 / ≥ 110; isolated systolic ≥ 140 with < 90. Refer
 * from 140/90 as in Posbindu. Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * classifyBloodPressure(150, 85, { thresholds: BP_PNPK_2021 }).isolatedSystolic; // => true
 * ```
 */
export const BP_PNPK_2021: BloodPressureThresholds = {
  id: 'td-pnpk-2021',
  source: {
    regulation: 'Pedoman Nasional Pelayanan Kedokteran Tata Laksana Hipertensi Dewasa; InaSH',
    provision: 'Klasifikasi tekanan darah',
    version: '2021',
  },
  confirmed: false,
  categories: [
    {
      code: 'hypertension_3',
      label: { id: 'Hipertensi derajat 3', en: 'Grade 3 hypertension' },
      systolicAtLeast: 180,
      diastolicAtLeast: 110,
      atRisk: true,
      refer: true,
    },
    {
      code: 'hypertension_2',
      label: { id: 'Hipertensi derajat 2', en: 'Grade 2 hypertension' },
      systolicAtLeast: 160,
      diastolicAtLeast: 100,
      atRisk: true,
      refer: true,
    },
    {
      code: 'hypertension_1',
      label: { id: 'Hipertensi derajat 1', en: 'Grade 1 hypertension' },
      systolicAtLeast: 140,
      diastolicAtLeast: 90,
      atRisk: true,
      refer: true,
    },
    {
      code: 'high_normal',
      label: { id: 'Normal-tinggi', en: 'High normal' },
      systolicAtLeast: 130,
      diastolicAtLeast: 85,
      atRisk: true,
      refer: false,
    },
    {
      code: 'normal',
      label: { id: 'Normal', en: 'Normal' },
      systolicAtLeast: 120,
      diastolicAtLeast: 80,
      atRisk: false,
      refer: false,
    },
    {
      code: 'optimal',
      label: { id: 'Optimal', en: 'Optimal' },
      systolicAtLeast: 0,
      diastolicAtLeast: 0,
      atRisk: false,
      refer: false,
    },
  ],
  isolatedSystolic: { systolicAtLeast: 140, diastolicBelow: 90 },
};

/**
 * Adult BMI (IMT), Kemenkes P2PTM national categories: kurus tingkat berat < 17.0, kurus tingkat
 * ringan 17.0 to < 18.5, normal 18.5–25.0, gemuk (BB lebih) > 25.0–27.0, obesitas > 27.0.
 * Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * classifyAdultBmi(25).code; // => 'normal'
 * classifyAdultBmi(25.1).code; // => 'overweight'
 * ```
 */
export const ADULT_BMI_KEMENKES: ThresholdSet = {
  id: 'imt-dewasa-kemenkes',
  source: { regulation: 'Kemenkes RI, Direktorat P2PTM: klasifikasi IMT nasional', version: UNDATED },
  confirmed: false,
  unit: 'kg/m2',
  bands: [
    /* @__PURE__ */ band('severely_thin', 'Kurus tingkat berat', 'Severely thin', null, 17, { atRisk: true }),
    /* @__PURE__ */ band('thin', 'Kurus tingkat ringan', 'Mildly thin', 17, 18.5, { atRisk: true }),
    /* @__PURE__ */ band('normal', 'Normal', 'Normal', 18.5, 25, { maxInclusive: true }),
    /* @__PURE__ */ band('overweight', 'Gemuk (berat badan lebih)', 'Overweight', 25, 27, {
      minInclusive: false,
      maxInclusive: true,
      atRisk: true,
    }),
    /* @__PURE__ */ band('obese', 'Obesitas', 'Obese', 27, null, { minInclusive: false, atRisk: true }),
  ],
};

/**
 * Adult BMI, WHO Asia-Pacific (2000) alternative: < 18.5, 18.5–22.9, 23–24.9 at risk, 25–29.9
 * obese I, ≥ 30 obese II.
 *
 * @example
 * ```ts
 * classifyAdultBmi(24, { thresholds: ADULT_BMI_WHO_ASIA_PACIFIC }).code; // => 'at_risk'
 * ```
 */
export const ADULT_BMI_WHO_ASIA_PACIFIC: ThresholdSet = {
  id: 'imt-who-asia-pasifik',
  source: {
    regulation: 'WHO Western Pacific Region, The Asia-Pacific perspective: redefining obesity',
    version: '2000',
  },
  confirmed: false,
  unit: 'kg/m2',
  bands: [
    /* @__PURE__ */ band('underweight', 'Berat badan kurang', 'Underweight', null, 18.5, { atRisk: true }),
    /* @__PURE__ */ band('normal', 'Normal', 'Normal', 18.5, 23),
    /* @__PURE__ */ band('at_risk', 'Berisiko', 'At risk', 23, 25, { atRisk: true }),
    /* @__PURE__ */ band('obese_1', 'Obesitas I', 'Obese I', 25, 30, { atRisk: true }),
    /* @__PURE__ */ band('obese_2', 'Obesitas II', 'Obese II', 30, null, { atRisk: true }),
  ],
};

/**
 * Waist circumference (lingkar perut): central obesity above 90 cm for men and above 80 cm for
 * women (strictly above; implementations differ on ≥). Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * classifyWaist(90, 'male').code; // => 'normal'
 * ```
 */
export const WAIST_POSBINDU: { readonly male: ThresholdSet; readonly female: ThresholdSet } = {
  male: {
    id: 'lingkar-perut-posbindu-laki-laki',
    source: { regulation: POSBINDU_SOURCE, provision: 'Lingkar perut (obesitas sentral)', version: UNDATED },
    confirmed: false,
    unit: 'cm',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 90, { maxInclusive: true }),
      /* @__PURE__ */ band('central_obesity', 'Obesitas sentral', 'Central obesity', 90, null, {
        minInclusive: false,
        atRisk: true,
      }),
    ],
  },
  female: {
    id: 'lingkar-perut-posbindu-perempuan',
    source: { regulation: POSBINDU_SOURCE, provision: 'Lingkar perut (obesitas sentral)', version: UNDATED },
    confirmed: false,
    unit: 'cm',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 80, { maxInclusive: true }),
      /* @__PURE__ */ band('central_obesity', 'Obesitas sentral', 'Central obesity', 80, null, {
        minInclusive: false,
        atRisk: true,
      }),
    ],
  },
};

/** How blood glucose was measured. */
export type GlucoseTest = 'random' | 'fasting' | 'ogtt_2h' | 'hba1c';

const PERKENI_BASE = {
  regulation:
    'PERKENI, Pedoman Pengelolaan dan Pencegahan Diabetes Melitus Tipe 2 di Indonesia; Posbindu PTM',
  version: UNDATED,
};
const perkeni = (provision: string) => ({ ...PERKENI_BASE, provision });

/**
 * Blood glucose (PERKENI; Posbindu PTM): random (GDS) ≥ 200 mg/dL suspected diabetes, refer;
 * fasting (GDP) 100–125 prediabetes, ≥ 126 suspected diabetes, refer; 2-hour OGTT 140–199
 * prediabetes, ≥ 200 suspected diabetes; HbA1c 5.7–6.4 % prediabetes, ≥ 6.5 % diabetes.
 * Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * classifyBloodGlucose(126, 'fasting').refer; // => true
 * ```
 */
export const GLUCOSE_PERKENI: { readonly [K in GlucoseTest]: ThresholdSet } = {
  random: {
    id: 'gds-perkeni',
    source: /* @__PURE__ */ perkeni('Gula darah sewaktu'),
    confirmed: false,
    unit: 'mg/dL',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 200),
      /* @__PURE__ */ band('suspected_diabetes', 'Curiga diabetes melitus', 'Suspected diabetes', 200, null, {
        atRisk: true,
        refer: true,
      }),
    ],
  },
  fasting: {
    id: 'gdp-perkeni',
    source: /* @__PURE__ */ perkeni('Gula darah puasa'),
    confirmed: false,
    unit: 'mg/dL',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 100),
      /* @__PURE__ */ band('prediabetes', 'Prediabetes', 'Prediabetes', 100, 126, { atRisk: true }),
      /* @__PURE__ */ band('suspected_diabetes', 'Curiga diabetes melitus', 'Suspected diabetes', 126, null, {
        atRisk: true,
        refer: true,
      }),
    ],
  },
  ogtt_2h: {
    id: 'ttgo-2-jam-perkeni',
    source: /* @__PURE__ */ perkeni('TTGO 2 jam'),
    confirmed: false,
    unit: 'mg/dL',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 140),
      /* @__PURE__ */ band('prediabetes', 'Prediabetes', 'Prediabetes', 140, 200, { atRisk: true }),
      /* @__PURE__ */ band('suspected_diabetes', 'Curiga diabetes melitus', 'Suspected diabetes', 200, null, {
        atRisk: true,
        refer: true,
      }),
    ],
  },
  hba1c: {
    id: 'hba1c-perkeni',
    source: /* @__PURE__ */ perkeni('HbA1c'),
    confirmed: false,
    unit: '%',
    bands: [
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 5.7),
      /* @__PURE__ */ band('prediabetes', 'Prediabetes', 'Prediabetes', 5.7, 6.5, { atRisk: true }),
      /* @__PURE__ */ band('diabetes', 'Diabetes melitus', 'Diabetes', 6.5, null, {
        atRisk: true,
        refer: true,
      }),
    ],
  },
};

/**
 * Total cholesterol on the Posbindu KMS: normal < 190 mg/dL, high from 190. Unconfirmed.
 *
 * @example
 * ```ts
 * classifyCholesterol(190).code; // => 'high'
 * ```
 */
export const CHOLESTEROL_POSBINDU: ThresholdSet = {
  id: 'kolesterol-posbindu',
  source: { regulation: POSBINDU_SOURCE, provision: 'Kolesterol total', version: UNDATED },
  confirmed: false,
  unit: 'mg/dL',
  bands: [
    /* @__PURE__ */ band('normal', 'Normal', 'Normal', null, 190),
    /* @__PURE__ */ band('high', 'Tinggi', 'High', 190, null, { atRisk: true }),
  ],
};

/**
 * Total cholesterol, NCEP ATP III: desirable < 200 mg/dL, borderline high 200–239, high ≥ 240.
 *
 * @example
 * ```ts
 * classifyCholesterol(220, { thresholds: CHOLESTEROL_ATP_III }).code; // => 'borderline_high'
 * ```
 */
export const CHOLESTEROL_ATP_III: ThresholdSet = {
  id: 'kolesterol-atp-iii',
  source: { regulation: 'NCEP Adult Treatment Panel III', version: '2001' },
  confirmed: false,
  unit: 'mg/dL',
  bands: [
    /* @__PURE__ */ band('desirable', 'Diinginkan', 'Desirable', null, 200),
    /* @__PURE__ */ band('borderline_high', 'Batas tinggi', 'Borderline high', 200, 240, { atRisk: true }),
    /* @__PURE__ */ band('high', 'Tinggi', 'High', 240, null, { atRisk: true }),
  ],
};

/** Who a haemoglobin reading is for (WHO 2011 groups). */
export type HaemoglobinGroup = 'child_5_11' | 'child_12_14' | 'woman' | 'man' | 'pregnant';

const WHO_HB = {
  regulation:
    'WHO, Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity (WHO/NMH/NHD/MNM/11.1)',
  version: '2011',
};
const hbSet = (id: string, bands: ValueBand[]): ThresholdSet => ({
  id,
  source: WHO_HB,
  confirmed: false,
  unit: 'g/dL',
  bands,
});
const noAnaemia = (from: number) =>
  /* @__PURE__ */ band('no_anaemia', 'Tidak anemia', 'No anaemia', from, null);
const anaemia = (below: number) =>
  /* @__PURE__ */ band('anaemia', 'Anemia', 'Anaemia', null, below, { atRisk: true });
const graded = (mildFrom: number, normalFrom: number) => [
  /* @__PURE__ */ band('severe_anaemia', 'Anemia berat', 'Severe anaemia', null, 8, { atRisk: true }),
  /* @__PURE__ */ band('moderate_anaemia', 'Anemia sedang', 'Moderate anaemia', 8, 11, { atRisk: true }),
  /* @__PURE__ */ band('mild_anaemia', 'Anemia ringan', 'Mild anaemia', mildFrom, normalFrom, {
    atRisk: true,
  }),
  /* @__PURE__ */ noAnaemia(normalFrom),
];

/**
 * Anaemia by haemoglobin (WHO 2011), as posyandu remaja and lansia screen it: 5–11 years < 11.5
 * g/dL; 12–14 years < 12.0; women ≥ 15 (not pregnant) < 12.0; men ≥ 15 < 13.0; pregnant < 11.0.
 * Severity (mild 11.0 to the cut-off, moderate 8.0–10.9, severe < 8.0) is given for 12 years and
 * over, not pregnant; the other groups get anaemia yes/no. Unconfirmed against the primary text.
 *
 * @example
 * ```ts
 * classifyHaemoglobin(11.5, 'woman').code; // => 'mild_anaemia'
 * ```
 */
export const HAEMOGLOBIN_WHO_2011: { readonly [K in HaemoglobinGroup]: ThresholdSet } = {
  child_5_11: /* @__PURE__ */ hbSet('hb-who-2011-5-11', [
    /* @__PURE__ */ anaemia(11.5),
    /* @__PURE__ */ noAnaemia(11.5),
  ]),
  child_12_14: /* @__PURE__ */ hbSet('hb-who-2011-12-14', /* @__PURE__ */ graded(11, 12)),
  woman: /* @__PURE__ */ hbSet('hb-who-2011-perempuan', /* @__PURE__ */ graded(11, 12)),
  man: /* @__PURE__ */ hbSet('hb-who-2011-laki-laki', /* @__PURE__ */ graded(11, 13)),
  pregnant: /* @__PURE__ */ hbSet('hb-who-2011-hamil', [
    /* @__PURE__ */ anaemia(11),
    /* @__PURE__ */ noAnaemia(11),
  ]),
};

/** Who a MUAC (LiLA) reading is for. */
export type MuacGroup = 'child_6_59_months' | 'woman_reproductive_age';

/**
 * MUAC (LiLA): children 6–59 months < 11.5 cm gizi buruk (SAM, refer), 11.5 to < 12.5 cm gizi
 * kurang (MAM) (WHO/UNICEF 2009; Kemenkes tata laksana gizi buruk); women of reproductive age and
 * pregnant women < 23.5 cm risiko KEK. Not Permenkes 2/2020 categories. Unconfirmed.
 *
 * @example
 * ```ts
 * classifyMuac(11.4, 'child_6_59_months').refer; // => true
 * ```
 */
export const MUAC_THRESHOLDS: { readonly [K in MuacGroup]: ThresholdSet } = {
  child_6_59_months: {
    id: 'lila-balita-who-unicef-2009',
    source: {
      regulation:
        'WHO/UNICEF Joint Statement: WHO child growth standards and the identification of severe acute malnutrition',
      version: '2009',
    },
    confirmed: false,
    unit: 'cm',
    bands: [
      /* @__PURE__ */ band(
        'severe_acute_malnutrition',
        'Gizi buruk',
        'Severe acute malnutrition',
        null,
        11.5,
        {
          atRisk: true,
          refer: true,
        },
      ),
      /* @__PURE__ */ band(
        'moderate_acute_malnutrition',
        'Gizi kurang',
        'Moderate acute malnutrition',
        11.5,
        12.5,
        {
          atRisk: true,
        },
      ),
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', 12.5, null),
    ],
  },
  woman_reproductive_age: {
    id: 'lila-wus-kemenkes',
    source: {
      regulation: 'Kemenkes RI: LiLA < 23,5 cm risiko Kurang Energi Kronik (KEK) pada WUS dan ibu hamil',
      version: UNDATED,
    },
    confirmed: false,
    unit: 'cm',
    bands: [
      /* @__PURE__ */ band(
        'chronic_energy_deficiency_risk',
        'Risiko KEK',
        'At risk of chronic energy deficiency',
        null,
        23.5,
        { atRisk: true },
      ),
      /* @__PURE__ */ band('normal', 'Normal', 'Normal', 23.5, null),
    ],
  },
};

/**
 * Activities of daily living (AKS/ADL), Barthel index 0–20, as posyandu lansia scores it: mandiri
 * 20; ketergantungan ringan 12–19, sedang 9–11, berat 5–8, total 0–4. Unconfirmed.
 *
 * @example
 * ```ts
 * classifyBarthel(11).code; // => 'moderate_dependency'
 * ```
 */
export const BARTHEL_ADL: ThresholdSet = {
  id: 'aks-barthel-lansia',
  source: {
    regulation: 'Kemenkes RI, posyandu lansia: Aktivitas Kehidupan Sehari-hari (AKS), indeks Barthel',
    version: UNDATED,
  },
  confirmed: false,
  unit: 'score',
  bands: [
    /* @__PURE__ */ band('total_dependency', 'Ketergantungan total', 'Total dependency', null, 4, {
      maxInclusive: true,
      atRisk: true,
    }),
    /* @__PURE__ */ band('severe_dependency', 'Ketergantungan berat', 'Severe dependency', 5, 8, {
      maxInclusive: true,
      atRisk: true,
    }),
    /* @__PURE__ */ band('moderate_dependency', 'Ketergantungan sedang', 'Moderate dependency', 9, 11, {
      maxInclusive: true,
      atRisk: true,
    }),
    /* @__PURE__ */ band('mild_dependency', 'Ketergantungan ringan', 'Mild dependency', 12, 19, {
      maxInclusive: true,
      atRisk: true,
    }),
    /* @__PURE__ */ band('independent', 'Mandiri', 'Independent', 20, 20, { maxInclusive: true }),
  ],
};
