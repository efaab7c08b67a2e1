import { OpenGovError, ResponseShapeError, ValidationError, validationErrorFromZod } from '@opengov-id/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as z from 'zod';
import {
  FmsRequestUpdate,
  Open311Discovery,
  Open311ErrorItem,
  Open311PostResult,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from './schemas.js';

/**
 * Wire formats of GeoReport v2: XML is mandatory, JSON optional.
 *
 * @example
 * ```ts
 * const format: Open311Format = 'xml';
 * ```
 */
export type Open311Format = 'json' | 'xml';

/**
 * Why a body could not be read.
 *
 * @example
 * ```ts
 * const reason: Open311ParseReason = 'entities_refused';
 * ```
 */
export type Open311ParseReason = 'not_xml' | 'not_json' | 'entities_refused' | 'empty';

/**
 * A body that is not well-formed XML or JSON, or that declares a DTD or entities (refused, never
 * expanded: no external entities, no "billion laughs").
 *
 * @example
 * ```ts
 * const body = '<service_requests><request>'; // cut off
 * try { readOpen311('requests', body, 'xml'); } catch (e) { if (e instanceof Open311ParseError) console.log(e.reason); }
 * ```
 */
export class Open311ParseError extends OpenGovError {
  override readonly name: string = 'Open311ParseError';
  /** What was wrong. */
  readonly reason: Open311ParseReason;

  constructor(reason: Open311ParseReason) {
    const text: Record<Open311ParseReason, { id: string; en: string }> = {
      not_xml: {
        id: 'Jawaban Open311 bukan XML yang valid.',
        en: 'The Open311 answer is not well-formed XML.',
      },
      not_json: { id: 'Jawaban Open311 bukan JSON yang valid.', en: 'The Open311 answer is not valid JSON.' },
      entities_refused: {
        id: 'Jawaban Open311 memuat DOCTYPE atau deklarasi entitas; ditolak demi keamanan.',
        en: 'The Open311 answer declares a DOCTYPE or entities; refused for safety.',
      },
      empty: { id: 'Jawaban Open311 kosong.', en: 'The Open311 answer is empty.' },
    };
    super(text[reason].en, { code: 'open311_parse', messages: text[reason] });
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason };
  }
}

/**
 * An Open311 error answer: the HTTP status and every `{code, description}` the server sent
 * (the spec allows several; a bare `<error>text</error>` body counts as one with code `''`).
 *
 * @example
 * ```ts
 * declare const e: unknown; // caught from an Open311 call
 * if (e instanceof Open311Error && e.httpStatus === 403) console.warn('this endpoint needs an api_key');
 * ```
 */
export class Open311Error extends OpenGovError {
  override readonly name: string = 'Open311Error';
  /** HTTP status (400, 403, 404, ...). */
  readonly httpStatus: number;
  /** The server's errors. */
  readonly errors: ReadonlyArray<{ code: string; description: string | null }>;

  constructor(httpStatus: number, errors: ReadonlyArray<{ code: string; description: string | null }>) {
    const first = errors[0]?.description ?? '';
    super(`Open311 answered HTTP ${httpStatus}${first ? `: ${first}` : ''}`, {
      code: 'open311_error',
      messages: {
        id: `Open311 menjawab HTTP ${httpStatus}${first ? `: ${first}` : ''}`,
        en: `Open311 answered HTTP ${httpStatus}${first ? `: ${first}` : ''}`,
      },
    });
    this.httpStatus = httpStatus;
    this.errors = errors;
  }

  protected override details(): Record<string, unknown> {
    return { httpStatus: this.httpStatus, errors: this.errors };
  }
}

// Elements that repeat under their container (Spark convention: always arrays).
const ARRAY_TAGS = new Set([
  'service',
  'request',
  'error',
  'attribute',
  'value',
  'endpoint',
  'format',
  'request_update',
]);

let parser: XMLParser | undefined;
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (tagName) => ARRAY_TAGS.has(tagName),
  });
  return parser;
}

const DTD = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i;
// Some servers (and ruby-open311's 403 fixture) put a raw status line before the prolog.
const STATUS_LINE = /^\s*HTTP\/\d(?:\.\d)?\s+\d{3}[^\n]*\n/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const toArray = (v: unknown): unknown[] =>
  v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];
const childrenOf = (container: unknown, child: string): unknown[] =>
  isObj(container) ? toArray(container[child]) : [];

function sparkDefinition(value: unknown): unknown {
  if (!isObj(value)) return value;
  // Some servers (ruby-open311's fixture) put <attribute> straight under the root.
  const attributes =
    'attributes' in value ? childrenOf(value['attributes'], 'attribute') : toArray(value['attribute']);
  return {
    service_code: value['service_code'],
    attributes: attributes.map((a) => (isObj(a) ? { ...a, values: childrenOf(a['values'], 'value') } : a)),
  };
}

function sparkDiscovery(value: unknown): unknown {
  if (!isObj(value)) return value;
  return {
    ...value,
    endpoints: childrenOf(value['endpoints'], 'endpoint').map((e) =>
      isObj(e) ? { ...e, formats: childrenOf(e['formats'], 'format') } : e,
    ),
  };
}

/** The Spark JSON form of a parsed XML document: root dropped, repeated children as arrays. */
function spark(doc: Obj): unknown {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw new Open311ParseError('not_xml');
  const root = keys[0] as string;
  const value = doc[root];
  switch (root) {
    case 'errors':
      return { errors: childrenOf(value, 'error') };
    case 'error':
      return { errors: toArray(value).map((v) => (isObj(v) ? v : { code: '', description: String(v) })) };
    case 'services':
      return childrenOf(value, 'service');
    case 'service_requests':
      return childrenOf(value, 'request');
    case 'service_requests_updates':
    case 'service_request_updates':
      return childrenOf(value, 'request_update');
    case 'discovery':
      return sparkDiscovery(value);
    case 'service_definition':
      return sparkDefinition(value);
    default:
      return value;
  }
}

/**
 * Parses an Open311 XML body into the JSON (Spark) shape: root dropped, repeated children as
 * arrays, empty elements as `''`, every value a string. A DOCTYPE or entity declaration is
 * refused before parsing, so no entity is ever expanded or fetched.
 *
 * @throws {@link Open311ParseError} (`not_xml`, `entities_refused`, `empty`).
 * @example
 * ```ts
 * parseOpen311Xml('<service_requests><request><token>12345</token></request></service_requests>');
 * // => [{ token: '12345' }]
 * ```
 */
export function parseOpen311Xml(text: string): unknown {
  if (typeof text !== 'string') throw new Open311ParseError('not_xml');
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(STATUS_LINE, '')
    .trimStart();
  if (body.trim() === '') throw new Open311ParseError('empty');
  if (DTD.test(body)) throw new Open311ParseError('entities_refused');
  let doc: unknown;
  try {
    if (XMLValidator.validate(body) !== true) throw new Open311ParseError('not_xml');
    doc = xmlParser().parse(body);
  } catch (error) {
    if (error instanceof Open311ParseError) throw error;
    throw new Open311ParseError('not_xml');
  }
  if (!isObj(doc)) throw new Open311ParseError('not_xml');
  return spark(doc);
}

// The spec's own examples have `"service_code":001`: quote numbers with leading zeros.
const LEADING_ZERO = /([:[,]\s*)(-?0\d+(?:\.\d+)?)(?=\s*[,}\]])/g;

/**
 * Parses an Open311 JSON body, tolerating the spec's invalid leading-zero numbers (`001` is read
 * as the string `"001"`).
 *
 * @throws {@link Open311ParseError} (`not_json`, `empty`).
 * @example
 * ```ts
 * parseOpen311Json('[{"service_code":001,"service_name":"Cans"}]'); // => [{ service_code: '001', service_name: 'Cans' }]
 * ```
 */
export function parseOpen311Json(text: string): unknown {
  if (typeof text !== 'string') throw new Open311ParseError('not_json');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new Open311ParseError('empty');
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(body.replace(LEADING_ZERO, '$1"$2"'));
    } catch {
      throw new Open311ParseError('not_json');
    }
  }
}

const RESOURCES = {
  discovery: Open311Discovery,
  services: z.array(Open311Service),
  service_definition: Open311ServiceDefinition,
  // Chicago answers requests with neither an id nor a token while its back end works: drop them.
  requests: z
    .array(Open311ServiceRequest)
    .transform((list) => list.filter((r) => r.service_request_id !== null || r.token !== null)),
  post_result: z.array(Open311PostResult),
  updates: z.array(FmsRequestUpdate),
} as const;

/**
 * The Open311 resources {@link readOpen311} reads, and what each becomes.
 *
 * @example
 * ```ts
 * type Requests = Open311Resources['requests']; // Open311ServiceRequest[]
 * ```
 */
export interface Open311Resources {
  /** `discovery.{fmt}`. */
  discovery: Open311Discovery;
  /** `services.{fmt}`. */
  services: Open311Service[];
  /** `services/{code}.{fmt}`. */
  service_definition: Open311ServiceDefinition;
  /** `requests.{fmt}` and `requests/{id}.{fmt}` (requests with neither id nor token dropped). */
  requests: Open311ServiceRequest[];
  /** `POST requests.{fmt}` and `tokens/{token}.{fmt}`. */
  post_result: Open311PostResult[];
  /** FixMyStreet `servicerequestupdates.{fmt}`. */
  updates: FmsRequestUpdate[];
}

/**
 * Reads an Open311 body (XML or JSON) as one resource, validated. An error body, or any body
 * with an HTTP status of 400 or more, becomes an {@link Open311Error}.
 *
 * @throws {@link Open311ParseError} when the body is not XML/JSON or declares entities.
 * @throws {@link Open311Error} for an error answer.
 * @throws {@link @opengov-id/core!index.ResponseShapeError} when it parses but has the wrong shape.
 * @example
 * ```ts
 * declare const xmlText: string; // GET /requests.xml
 * const requests = readOpen311('requests', xmlText, 'xml');
 * requests[0]?.service_request_id; // '638344'
 * ```
 */
export function readOpen311<K extends keyof Open311Resources>(
  resource: K,
  text: string,
  format: Open311Format,
  httpStatus = 200,
): Open311Resources[K] {
  if (!(resource in RESOURCES))
    throw ValidationError.single(
      'resource',
      {
        id: 'Kolom `resource` bukan sumber Open311 yang dikenal.',
        en: 'Field `resource` is not a known Open311 resource.',
      },
      'invalid_resource',
    );
  const data = format === 'xml' ? parseOpen311Xml(text) : parseOpen311Json(text);
  const errorList =
    isObj(data) && Array.isArray(data['errors'])
      ? data['errors']
      : httpStatus >= 400
        ? toArray(data)
        : undefined;
  if (errorList !== undefined || httpStatus >= 400) {
    const parsed = z.array(Open311ErrorItem).safeParse(errorList ?? []);
    throw new Open311Error(Math.max(httpStatus, 400), parsed.success ? parsed.data : []);
  }
  const result = RESOURCES[resource].safeParse(data);
  if (!result.success)
    throw new ResponseShapeError(`The Open311 ${resource} answer has an unexpected shape.`, {
      issues: validationErrorFromZod(result.error).issues,
      messages: {
        id: `Jawaban Open311 ${resource} berbentuk tak terduga.`,
        en: `The Open311 ${resource} answer has an unexpected shape.`,
      },
    });
  return result.data as Open311Resources[K];
}
