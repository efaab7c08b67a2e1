import { defineContract, type OpenApiDocument, type OpenApiServer, toOpenApi } from '@opengov-id/core';
import * as z from 'zod';
import { DataJsonCatalogEnvelope } from '../dkan/schemas.js';
import { DcatUsDataset } from '../mapping/dcat-us.js';

/**
 * A Project Open Data (DCAT-US 1.1) catalogue as a portal publishes it at `/data.json`: the
 * catalogue keys and every dataset in {@link DcatUsDataset}'s shape.
 *
 * @example
 * ```ts
 * const catalogue = DataJsonCatalogSchema.parse(await (await fetch('https://data.ntbprov.go.id/data.json')).json());
 * console.log(catalogue.dataset.length);
 * ```
 */
export const DataJsonCatalogSchema = DataJsonCatalogEnvelope.extend({
  '@context': z.string(),
  '@type': z.literal('dcat:Catalog'),
  conformsTo: z.literal('https://project-open-data.cio.gov/v1.1/schema'),
  describedBy: z.string().optional(),
  dataset: z.array(DcatUsDataset),
});

const dataJsonRoutes = {
  dataJson: {
    method: 'GET',
    path: '/data.json',
    summary: 'The catalogue as DCAT-US 1.1 (Project Open Data data.json)',
    tags: ['data.json'],
    responses: { 200: DataJsonCatalogSchema },
  },
} as const;

/**
 * The `data.json` endpoint of a DKAN portal or of a CKAN portal with ckanext-datajson, as a
 * contract: `GET /data.json` relative to the portal root, answering a DCAT-US 1.1 catalogue
 * ({@link DataJsonCatalogSchema}) that {@link createDkanClient}, {@link readDataJson} and
 * {@link harvest} read.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMswHandlers } from '@opengov-id/core/testing';
 * import { createDkanClient, dataJsonContract, toDataJson, type Dataset } from '@opengov-id/satudata';
 *
 * declare const datasets: Dataset[]; // the datasets to publish
 *
 * const server = setupServer(...createMswHandlers(dataJsonContract, { dataJson: () => toDataJson({ datasets }).value }, { baseUrl: 'https://data.ntb.test' }));
 * server.listen();
 * const catalogue = await createDkanClient({ baseUrl: 'https://data.ntb.test' }).dataJson();
 * ```
 */
export const dataJsonContract = defineContract(dataJsonRoutes);

/**
 * The type of {@link dataJsonContract}.
 *
 * @example
 * ```ts
 * declare const datasets: Dataset[]; // the datasets to publish
 * const implementation: ContractImplementation<DataJsonContract> = { dataJson: () => toDataJson({ datasets }).value };
 * ```
 */
export type DataJsonContract = typeof dataJsonContract;

/**
 * The OpenAPI 3.1 document of {@link dataJsonContract}.
 *
 * @example
 * ```ts
 * const doc = dataJsonOpenApi({ servers: ['https://data.ntbprov.go.id'] });
 * doc.paths['/data.json']?.get?.operationId; // => 'dataJson'
 * ```
 */
export function dataJsonOpenApi(
  info: { version?: string; servers?: ReadonlyArray<string | OpenApiServer> } = {},
): OpenApiDocument {
  return toOpenApi(dataJsonContract, {
    title: 'Project Open Data catalogue (data.json, DCAT-US 1.1)',
    version: info.version ?? '1.1',
    description: 'The whole catalogue as one DCAT-US 1.1 document. Paths are relative to the portal root.',
    ...(info.servers ? { servers: info.servers } : {}),
  });
}
