import * as z from 'zod';
import { type LocalizedMessage, parseWith, RegionCode, regionCodeSchema } from '@opengov-id/core';

/**
 * The local levels below the kabupaten that can act on an aspiration themselves.
 *
 * @example
 * ```ts
 * LocalLevel.parse('desa');
 * ```
 */
export const LocalLevel = z.enum({
  /** The desa or kelurahan office. */
  desa: 'desa',
  /** The kecamatan office. */
  kecamatan: 'kecamatan',
});
/** One of the {@link LocalLevel} values. */
export type LocalLevel = z.output<typeof LocalLevel>;

/**
 * A sector rule: the OPD responsible for a sector at kabupaten level, and the local levels
 * (desa, kecamatan) allowed to act on it themselves.
 *
 * @example
 * ```ts
 * SectorRoute.parse({ sector: 'administrasi_kependudukan', organizationId: 'ksb-disdukcapil', localLevels: ['kecamatan'] });
 * ```
 */
export const SectorRoute = z.object({
  /** Sector id in the sector taxonomy. */
  sector: z.string().min(1),
  /** The OPD that answers for it at kabupaten level. */
  organizationId: z.string().min(1),
  /** Local levels that can act on it without the OPD. @defaultValue [] */
  localLevels: z.array(LocalLevel).default([]),
});
/** A sector rule; see {@link SectorRoute}. */
export type SectorRoute = z.output<typeof SectorRoute>;

/**
 * An area rule: the office serving a kecamatan or a desa/kelurahan.
 *
 * @example
 * ```ts
 * AreaRoute.parse({ areaCode: '52.07.02', organizationId: 'ksb-kec-taliwang' });
 * ```
 */
export const AreaRoute = z.object({
  /** Kemendagri code of the kecamatan or desa/kelurahan. */
  areaCode: regionCodeSchema({ level: ['kecamatan', 'desa_kelurahan'] }),
  /** Its office (kantor camat, kantor desa or kelurahan). */
  organizationId: z.string().min(1),
});
/** An area rule; see {@link AreaRoute}. */
export type AreaRoute = z.output<typeof AreaRoute>;

/**
 * A routing table for one regency: sector → OPD, area → kecamatan or desa office, and the
 * kabupaten organization that takes what nothing else matches. Data with a version and
 * source, replaceable at run time.
 *
 * Checked: sectors and area codes are unique; area codes lie inside `regencyCode`.
 *
 * @example
 * ```ts
 * const table = RoutingTable.parse({
 *   version: '2026-01',
 *   source: 'Disposisi Sekda (contoh)',
 *   regencyCode: '52.07',
 *   fallbackOrganizationId: 'ksb-setda',
 *   sectors: [{ sector: 'kesehatan', organizationId: 'ksb-dinkes', localLevels: ['kecamatan'] }],
 *   areas: [{ areaCode: '52.07.02', organizationId: 'ksb-kec-taliwang' }],
 * });
 * ```
 */
export const RoutingTable = z
  .object({
    /** Version tag. */
    version: z.string().min(1),
    /** Where the assignments come from (a Perbup, a disposition, a decision). */
    source: z.string().min(1),
    /** Kemendagri code of the kabupaten/kota. */
    regencyCode: regionCodeSchema({ level: 'kabupaten_kota' }),
    /** Kabupaten-level organization for unknown sectors and areas outside the regency. */
    fallbackOrganizationId: z.string().min(1),
    /** Sector rules. */
    sectors: z.array(SectorRoute),
    /** Area rules. */
    areas: z.array(AreaRoute).default([]),
  })
  .check((ctx) => {
    const t = ctx.value;
    const issue = (path: PropertyKey[], en: string, id: string) =>
      ctx.issues.push({ code: 'custom', input: '', path, message: en, params: { id } });
    const sectors = new Set<string>();
    t.sectors.forEach((rule, i) => {
      if (sectors.has(rule.sector)) issue(['sectors', i, 'sector'], 'appears twice.', 'muncul dua kali.');
      sectors.add(rule.sector);
    });
    const areas = new Set<string>();
    t.areas.forEach((rule, i) => {
      if (areas.has(rule.areaCode)) issue(['areas', i, 'areaCode'], 'appears twice.', 'muncul dua kali.');
      else if (!rule.areaCode.startsWith(`${t.regencyCode}.`))
        issue(['areas', i, 'areaCode'], 'must lie inside regencyCode.', 'harus berada di dalam regencyCode.');
      areas.add(rule.areaCode);
    });
  });
/** A routing table as parsed; see {@link RoutingTable}. */
export type RoutingTable = z.output<typeof RoutingTable>;
/** A routing table as written by a caller; see {@link RoutingTable}. */
export type RoutingTableInput = z.input<typeof RoutingTable>;

/** Why an aspiration went to the fallback organization. */
export type RouteFallbackReason = 'no_sector' | 'unknown_sector' | 'area_outside_regency';

/** Why a level below the kabupaten did not act. */
export type EscalationReason = 'sector_not_local' | 'declared_cannot_act' | 'no_office';

/** One rule that {@link routeAspiration} applied, in order. */
export type RouteStep =
  | {
      /** The sector rule matched. */
      readonly rule: 'sector';
      readonly sector: string;
      readonly organizationId: string;
    }
  | {
      /** An area rule matched; `acts` when that office handles it. */
      readonly rule: 'area';
      readonly areaCode: string;
      readonly level: LocalLevel;
      readonly organizationId: string;
      readonly acts: boolean;
    }
  | {
      /** A level could not act; the aspiration went up. */
      readonly rule: 'escalation';
      readonly from: LocalLevel;
      readonly to: 'kecamatan' | 'kabupaten';
      readonly reason: EscalationReason;
    }
  | {
      /** Nothing matched; the fallback organization takes it. */
      readonly rule: 'fallback';
      readonly reason: RouteFallbackReason;
      readonly organizationId: string;
    };

/** The result of {@link routeAspiration}. */
export interface RouteResult {
  /** `routed` by the table's rules, or `fallback` when the sector or area is not covered. */
  readonly kind: 'routed' | 'fallback';
  /** The organization that answers and acts. */
  readonly leadOrganizationId: string;
  /** The lead first, then organizations kept informed (the OPD, the area office); no repeats. */
  readonly organizationIds: readonly string[];
  /** The level that acts. */
  readonly level: LocalLevel | 'kabupaten';
  /** The rules applied, in order. */
  readonly steps: readonly RouteStep[];
  /** For `fallback`: why, and who takes it. */
  readonly fallback?: { readonly reason: RouteFallbackReason; readonly organizationId: string };
  /** The route in words, in Indonesian and English. */
  readonly explanation: LocalizedMessage;
}

/** Options for {@link routeAspiration}. */
export interface RouteAspirationOptions {
  /** Local levels that have declared they cannot act on this aspiration (it escalates past them). */
  cannotAct?: readonly LocalLevel[];
}

const RoutableAspirationSchema = z.object({
  sector: z.string().min(1).optional(),
  areaCode: RegionCode,
});

/** What {@link routeAspiration} reads from an aspiration: its sector and area (any aspiration fits). */
export interface RoutableAspiration {
  /** Sector id in the sector taxonomy. */
  readonly sector?: string | undefined;
  /** Kemendagri code of the area concerned, dotted or bare. */
  readonly areaCode: string;
}

const LEVEL_WORD: Record<LocalLevel | 'kabupaten', LocalizedMessage> = {
  desa: { id: 'desa/kelurahan', en: 'desa/kelurahan' },
  kecamatan: { id: 'kecamatan', en: 'kecamatan' },
  kabupaten: { id: 'kabupaten', en: 'kabupaten' },
};

const REASON_WORD: Record<EscalationReason | RouteFallbackReason, LocalizedMessage> = {
  sector_not_local: {
    id: 'bidang ini bukan kewenangan tingkat tersebut',
    en: 'the sector is not handled at that level',
  },
  declared_cannot_act: {
    id: 'tingkat tersebut menyatakan tidak dapat menindaklanjuti',
    en: 'that level declared it cannot act',
  },
  no_office: { id: 'tidak ada kantor dalam tabel', en: 'no office in the table' },
  no_sector: { id: 'aspirasi tanpa bidang', en: 'the aspiration has no sector' },
  unknown_sector: { id: 'bidang tidak ada dalam tabel', en: 'the sector is not in the table' },
  area_outside_regency: { id: 'wilayah di luar kabupaten', en: 'the area lies outside the regency' },
};

function explain(steps: readonly RouteStep[], lead: string): LocalizedMessage {
  const id: string[] = [];
  const en: string[] = [];
  for (const step of steps) {
    switch (step.rule) {
      case 'sector':
        id.push(`bidang ${step.sector} → ${step.organizationId}`);
        en.push(`sector ${step.sector} → ${step.organizationId}`);
        break;
      case 'area':
        id.push(
          `wilayah ${step.areaCode} (${LEVEL_WORD[step.level].id}) → ${step.organizationId}${step.acts ? ' (menindaklanjuti)' : ''}`,
        );
        en.push(
          `area ${step.areaCode} (${LEVEL_WORD[step.level].en}) → ${step.organizationId}${step.acts ? ' (acts)' : ''}`,
        );
        break;
      case 'escalation':
        id.push(
          `naik dari ${LEVEL_WORD[step.from].id} ke ${LEVEL_WORD[step.to].id}: ${REASON_WORD[step.reason].id}`,
        );
        en.push(
          `escalated from ${LEVEL_WORD[step.from].en} to ${LEVEL_WORD[step.to].en}: ${REASON_WORD[step.reason].en}`,
        );
        break;
      case 'fallback':
        id.push(`cadangan ${step.organizationId}: ${REASON_WORD[step.reason].id}`);
        en.push(`fallback ${step.organizationId}: ${REASON_WORD[step.reason].en}`);
        break;
    }
  }
  return { id: `${id.join('; ')}. Penanggung jawab: ${lead}.`, en: `${en.join('; ')}. Lead: ${lead}.` };
}

/**
 * Routes an aspiration to organizations through a routing table, and says which rules matched:
 * 1. the sector rule gives the responsible OPD;
 * 2. the most specific area rule (desa/kelurahan, then its kecamatan) gives the local office;
 * 3. the lowest local level that the sector rule allows, has an office and has not declared it
 *    cannot act, leads; every level passed over is an `escalation` step, up to the kabupaten
 *    (the OPD) when none can act.
 * An aspiration without a sector, with a sector the table lacks, or in an area outside the
 * regency is not an error: it gets a `fallback` result naming the fallback organization.
 * A table object is validated once and its parsed form reused: do not mutate it afterwards.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the aspiration's area code or the table is invalid.
 * @example
 * ```ts
 * declare const table: RoutingTable; // the regency's routing table
 * const route = routeAspiration({ sector: 'administrasi_kependudukan', areaCode: '52.07.02.2001' }, table);
 * route.leadOrganizationId; // e.g. 'ksb-kec-taliwang' when kecamatan offices may issue KTP
 * route.explanation.id; // 'bidang administrasi_kependudukan → ksb-disdukcapil; ...'
 * routeAspiration({ sector: 'antariksa', areaCode: '52.07.02' }, table).fallback; // => { reason: 'unknown_sector', organizationId: 'ksb-setda' }
 * ```
 */
export function routeAspiration(
  aspiration: RoutableAspiration,
  tableInput: RoutingTableInput,
  options: RouteAspirationOptions = {},
): RouteResult {
  const { sector, areaCode } = parseWith(RoutableAspirationSchema, aspiration, 'Aspiration');
  const table = parsedTable(tableInput);
  const cannotAct = new Set(parseWith(z.array(LocalLevel), options.cannotAct ?? [], 'cannotAct'));
  const steps: RouteStep[] = [];

  const inRegency = `${areaCode}.`.startsWith(`${table.regencyCode}.`);
  // Most specific first: the desa rule, then its kecamatan.
  const parts = areaCode.split('.');
  const candidates: Array<{ level: LocalLevel; code: string }> = [];
  if (parts.length === 4) candidates.push({ level: 'desa', code: areaCode });
  if (parts.length >= 3) candidates.push({ level: 'kecamatan', code: parts.slice(0, 3).join('.') });
  const offices = candidates.map((c) => ({
    ...c,
    rule: inRegency ? table.areas.find((a) => a.areaCode === c.code) : undefined,
  }));

  const fallback = (reason: RouteFallbackReason): RouteResult => {
    const informed = offices.flatMap((o) => (o.rule ? [o.rule.organizationId] : [])).slice(0, 1);
    for (const o of offices)
      if (o.rule)
        steps.push({
          rule: 'area',
          areaCode: o.rule.areaCode,
          level: o.level,
          organizationId: o.rule.organizationId,
          acts: false,
        });
    steps.push({ rule: 'fallback', reason, organizationId: table.fallbackOrganizationId });
    const lead = table.fallbackOrganizationId;
    return {
      kind: 'fallback',
      leadOrganizationId: lead,
      organizationIds: unique([lead, ...informed]),
      level: 'kabupaten',
      steps,
      fallback: { reason, organizationId: lead },
      explanation: explain(steps, lead),
    };
  };

  if (!inRegency) return fallback('area_outside_regency');
  if (sector === undefined) return fallback('no_sector');
  const sectorRule = table.sectors.find((s) => s.sector === sector);
  if (!sectorRule) return fallback('unknown_sector');
  steps.push({ rule: 'sector', sector, organizationId: sectorRule.organizationId });

  let lead: { organizationId: string; level: LocalLevel | 'kabupaten' } | undefined;
  const informed: string[] = [];
  for (let i = 0; i < offices.length && !lead; i++) {
    const office = offices[i]!;
    const next = offices[i + 1] ? 'kecamatan' : 'kabupaten';
    const reason: EscalationReason | undefined = !office.rule
      ? 'no_office'
      : !sectorRule.localLevels.includes(office.level)
        ? 'sector_not_local'
        : cannotAct.has(office.level)
          ? 'declared_cannot_act'
          : undefined;
    if (office.rule) {
      steps.push({
        rule: 'area',
        areaCode: office.rule.areaCode,
        level: office.level,
        organizationId: office.rule.organizationId,
        acts: reason === undefined,
      });
      informed.push(office.rule.organizationId);
    }
    if (reason === undefined) lead = { organizationId: office.rule!.organizationId, level: office.level };
    else steps.push({ rule: 'escalation', from: office.level, to: next, reason });
  }
  lead ??= { organizationId: sectorRule.organizationId, level: 'kabupaten' };
  return {
    kind: 'routed',
    leadOrganizationId: lead.organizationId,
    organizationIds: unique([lead.organizationId, sectorRule.organizationId, ...informed]),
    level: lead.level,
    steps,
    explanation: explain(steps, lead.organizationId),
  };
}

// Tables are data that callers build once and reuse; validating one per aspiration would
// dominate the cost, so the parsed form is kept per table object (treat tables as immutable).
const parsedTables = new WeakMap<object, RoutingTable>();

function parsedTable(input: RoutingTableInput): RoutingTable {
  const cached = typeof input === 'object' && input !== null ? parsedTables.get(input) : undefined;
  if (cached) return cached;
  const table = parseWith(RoutingTable, input, 'RoutingTable');
  if (typeof input === 'object' && input !== null) parsedTables.set(input, table);
  return table;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
