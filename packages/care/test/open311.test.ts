import { readFileSync } from 'node:fs';
import { isOpenGovError, ResponseShapeError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromFmsStatus,
  Open311Error,
  Open311ParseError,
  open311ToReport,
  parseOpen311Json,
  parseOpen311Xml,
  readOpen311,
  reportToOpen311,
  serializeOpen311Requests,
} from '../src/index.js';

const fixture = (path: string) =>
  readFileSync(new URL(`./fixtures/open311/${path}`, import.meta.url), 'utf8');

describe('real Open311 bodies parse (XML and JSON, quirks included)', () => {
  it('reads SF311 services.xml (namespaced root, empty <keywords/>, ids with leading zeros)', () => {
    const services = readOpen311('services', fixture('ruby-open311/services.xml'), 'xml');
    expect(services).toHaveLength(fixture('ruby-open311/services.xml').split('<service>').length - 1);
    expect(services[0]).toMatchObject({
      service_code: '001',
      service_name: 'Cans_Left_Out_24x7',
      metadata: false,
      type: 'realtime',
      keywords: null,
      keyword_list: [],
      group: 'Litter Receptacles',
    });
    expect(services[0]?.description).toMatch(/^Garbage or recycling cans.*cited\.$/);
  });

  it('reads DC services.xml (86 services)', () => {
    expect(readOpen311('services', fixture('node-open311/dc-services.xml'), 'xml')).toHaveLength(86);
  });

  it('reads service definitions: info-only attributes, empty <values />, and <attribute> without a wrapper', () => {
    const dc = readOpen311('service_definition', fixture('node-open311/dc-services-S0301.xml'), 'xml');
    expect(dc.service_code).toBe('S0301');
    const orders = dc.attributes.map((a) => a.order);
    expect(orders).toEqual([...orders].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const note = dc.attributes.find((a) => a.code === 'DSITR001');
    expect(note).toMatchObject({
      variable: false,
      datatype: 'text',
      values: [],
      datatype_description: 'Character',
    });
    expect(dc.attributes.find((a) => a.code === 'WHISPOLO')?.values).toEqual([
      { key: 'ALLEY002', name: 'Alley' },
      { key: 'STREE001', name: 'Street' },
    ]);
    expect(dc.attributes.find((a) => a.code === 'WATHPRDA')?.datatype_description).toBe(
      'Boolean Type Yes/No',
    );
    const dmv = readOpen311('service_definition', fixture('ruby-open311/service_definition.xml'), 'xml');
    expect(dmv.attributes).toEqual([
      {
        variable: true,
        code: 'WHISHETN',
        datatype: 'singlevaluelist',
        required: true,
        datatype_description: null,
        order: 1,
        description: 'What is the ticket/tag/DL number?',
        values: [
          { key: '123', name: 'Ford' },
          { key: '124', name: 'Chrysler' },
        ],
      },
    ]);
  });

  it('reads requests: empty elements become null, media_url is trimmed, an empty list is []', () => {
    const [first, second] = readOpen311('requests', fixture('node-open311/service-requests.xml'), 'xml');
    expect(first).toMatchObject({
      service_request_id: '638344',
      status: 'closed',
      status_notes: 'Duplicate request.',
      service_code: '006',
      description: null,
      agency_responsible: null,
      address_id: '545483',
      zipcode: '94122',
      lat: 37.762221815,
      long: -122.4651145,
      media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
    });
    expect(second).toMatchObject({ service_request_id: '638349', status: 'open', status_notes: null });
    expect(readOpen311('requests', fixture('ruby-open311/service_requests_empty.xml'), 'xml')).toEqual([]);
    expect(readOpen311('requests', fixture('ruby-open311/get_service_request.xml'), 'xml')).toHaveLength(1);
  });

  it('reads POST results with an id, a token, or a notice and an empty <account_id/>', () => {
    expect(readOpen311('post_result', fixture('ruby-open311/post_service_request.xml'), 'xml')).toEqual([
      {
        service_request_id: '293944',
        token: null,
        account_id: null,
        service_notice: expect.stringMatching(/^The City will inspect.*Public Works Code$/),
      },
    ]);
    expect(
      readOpen311('post_result', fixture('node-open311/boston-submitrequest-token.xml'), 'xml')[0]?.token,
    ).toBe('503fc045901932078800163c');
    // tokens/{token} answers in the POST-result shape.
    expect(readOpen311('post_result', fixture('node-open311/token.xml'), 'xml')[0]).toMatchObject({
      service_request_id: '638344',
      token: '12345',
    });
  });

  it('reads discovery in XML and JSON', () => {
    const dc = readOpen311('discovery', fixture('node-open311/discovery-dc.xml'), 'xml');
    expect(dc.endpoints.map((e) => [e.specification, e.formats])).toEqual([
      ['http://wiki.open311.org/GeoReport_v2', ['text/xml']],
      ['http://wiki.open311.org/GeoReport_v2.1_Draft', ['text/xml']],
    ]);
    const boston = readOpen311('discovery', fixture('node-open311/discovery-boston.json'), 'json');
    expect(boston.endpoints.map((e) => e.type)).toEqual(['production', 'test']);
    expect(boston.endpoints[0]?.formats).toEqual(['text/xml', 'application/json']);
  });

  it('turns error bodies into Open311Error: <errors>, 404, and the bare <error> after a status line', () => {
    const dup = (() => {
      try {
        readOpen311(
          'post_result',
          fixture('node-open311/boston-err-submitrequest-base_is_duplicate.xml'),
          'xml',
          400,
        );
      } catch (e) {
        return e as Open311Error;
      }
    })();
    expect(dup).toBeInstanceOf(Open311Error);
    expect(dup?.errors).toEqual([
      { code: '400', description: 'Invalid service request: base is a duplicate.' },
    ]);
    expect(() =>
      readOpen311('requests', fixture('ruby-open311/get_service_request_not_found.xml'), 'xml', 404),
    ).toThrow(Open311Error);
    expect(() => readOpen311('post_result', fixture('ruby-open311/403.xml'), 'xml', 403)).toThrow(
      Open311Error,
    );
    try {
      readOpen311('post_result', fixture('ruby-open311/403.xml'), 'xml', 403);
    } catch (e) {
      expect((e as Open311Error).httpStatus).toBe(403);
      expect((e as Open311Error).errors[0]?.description).toBe(
        "Invalid api_key received -- can't proceed with create_request.",
      );
    }
  });

  it('reads the spec’s invalid JSON `"service_code":001` as the string "001"', () => {
    expect(
      parseOpen311Json('[{"service_code":001,"metadata":false,"values":[{"key":007,"name":"x"}]}]'),
    ).toEqual([{ service_code: '001', metadata: false, values: [{ key: '007', name: 'x' }] }]);
    expect(readOpen311('services', '[{"service_code":001,"metadata":"true"}]', 'json')[0]).toMatchObject({
      service_code: '001',
      metadata: true,
    });
  });

  it('reads FixMyStreet servicerequestupdates (repeated media_url, leading-zero codes, mixed case, empty date)', () => {
    const updates = readOpen311('updates', fixture('fixmystreet-shaped/servicerequestupdates.xml'), 'xml');
    expect(updates[0]).toMatchObject({
      update_id: 'UPD-5207-0001',
      status: 'IN_PROGRESS',
      external_status_code: '060',
      customer_reference: 'KSB-88',
      media_url: ['https://care.test/media/1.jpg', 'https://care.test/media/2.jpg'],
    });
    expect(updates[1]).toMatchObject({
      status: 'Fixed',
      description: null,
      updated_datetime: null,
      media_url: [],
    });
    expect(updates.map((u) => fromFmsStatus(u.status))).toEqual(['ditindaklanjuti', 'selesai']);
  });
});

describe('mapping Report ⇄ Open311', () => {
  const FIELDS = [
    'service_request_id',
    'status',
    'status_notes',
    'service_code',
    'requested_datetime',
    'updated_datetime',
    'address',
    'lat',
    'long',
  ] as const;
  const services = [
    {
      serviceCode: '006',
      serviceName: 'Sidewalk and Curb Issues',
      category: 'infrastruktur',
      subcategory: 'jalan',
    },
  ];

  it('round-trips the spec sample requests through Report', () => {
    for (const file of ['node-open311/service-requests.xml', 'ruby-open311/service_requests.xml']) {
      for (const request of readOpen311('requests', fixture(file), 'xml')) {
        const report = open311ToReport(request, { services });
        expect(report).toMatchObject({
          category: 'infrastruktur',
          subcategory: 'jalan',
          externalRefs: { open311RequestId: request.service_request_id },
        });
        const back = reportToOpen311(report, { services });
        for (const f of FIELDS) expect(back?.[f]).toEqual(request[f]);
        expect(back?.service_name).toBe('Sidewalk and Curb Issues');
      }
    }
  });

  it('serializes XML and JSON that read back to the same requests', () => {
    const reports = readOpen311('requests', fixture('node-open311/service-requests.xml'), 'xml').map((r) =>
      open311ToReport(r, { services }),
    );
    const fromXml = readOpen311('requests', serializeOpen311Requests(reports, 'xml', { services }), 'xml');
    const fromJson = readOpen311('requests', serializeOpen311Requests(reports, 'json', { services }), 'json');
    expect(fromXml).toEqual(fromJson);
    expect(fromXml).toHaveLength(2);
  });
});

describe('hostile and random input', () => {
  it('refuses external entities and entity expansion without expanding them', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><service_requests><request><description>&x;</description></request></service_requests>';
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><services><service><service_code>&lol3;</service_code></service></services>';
    for (const body of [xxe, lol, `\n<!doctype x>${xxe}`]) {
      expect(() => parseOpen311Xml(body)).toThrow(Open311ParseError);
      try {
        parseOpen311Xml(body);
      } catch (e) {
        expect((e as Open311ParseError).reason).toBe('entities_refused');
      }
    }
  });

  it('property: random XML and JSON give typed results or OpenGovErrors, never a crash', () => {
    const tag = fc.constantFrom(
      'services',
      'service',
      'service_requests',
      'request',
      'errors',
      'error',
      'code',
      'x',
      'values',
      'value',
    );
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 8 }),
        fc
          .tuple(tag, fc.array(tie('node'), { maxLength: 3 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
        tag.map((t) => `<${t}/>`),
      ),
    })).node;
    const resources = [
      'discovery',
      'services',
      'service_definition',
      'requests',
      'post_result',
      'updates',
    ] as const;
    const body = fc.oneof(
      fc.string(),
      node,
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(
        body,
        fc.constantFrom(...resources),
        fc.constantFrom('xml', 'json') as fc.Arbitrary<'xml' | 'json'>,
        fc.constantFrom(200, 400, 404),
        (text, resource, format, status) => {
          try {
            readOpen311(resource, text, format, status);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
            expect(
              error instanceof Open311ParseError ||
                error instanceof Open311Error ||
                error instanceof ResponseShapeError,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
