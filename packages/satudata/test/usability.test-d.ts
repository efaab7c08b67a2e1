// Compile-time tests: checked by `tsc -p tsconfig.test.json`, never executed. Each one is a flow
// the TSDoc examples document; it must compile without spreads, casts or non-null assertions.
import type { HttpClientOptions } from '@opengov-id/core';
import { expectTypeOf } from 'vitest';
import {
  type BpsClientOptions,
  type CkanClient,
  type CkanClientOptions,
  type CkanDatastoreField,
  type CkanPackageDict,
  type CkanPackageInput,
  type DatastoreCreateInput,
  type DatastoreField,
  type Dataset,
  type HarvestPortal,
  fromDatastoreFields,
  type TableSchema,
  toCkanPackage,
  toDatastoreFields,
} from '../src/index.js';

declare const ckan: CkanClient;
declare const dataset: Dataset;
declare const schema: TableSchema;
declare const env: Record<string, string | undefined>;

// 1. The mapper's package goes to package_create as is.
expectTypeOf<CkanPackageDict>().toExtend<CkanPackageInput>();
expectTypeOf(ckan.packageCreate).toBeCallableWith(toCkanPackage(dataset).value);

// 2. The fields of a search are the fields the mapping reads and writes: one type.
expectTypeOf<DatastoreField>().toEqualTypeOf<CkanDatastoreField>();
export async function searchToSchema(): Promise<TableSchema> {
  const { fields } = await ckan.datastoreSearch({ resourceId: 'r', limit: 0 });
  return fromDatastoreFields(fields).value;
}

// 3. What toDatastoreFields returns is what datastore_create takes.
expectTypeOf({ resourceId: 'r', ...toDatastoreFields(schema).value }).toExtend<DatastoreCreateInput>();
expectTypeOf(ckan.datastoreCreate).toBeCallableWith({ resourceId: 'r', ...toDatastoreFields(schema).value });
// @ts-expect-error: a resource with a url is a DataPusher job, not a table.
ckan.datastoreCreate({ resource: { package_id: 'p', url: 'https://x.test/a.csv' } });
// @ts-expect-error: upsert methods are CKAN's three.
ckan.datastoreUpsert({ resourceId: 'r', records: [], method: 'replace' });

// 4. An unset environment variable is a valid token (no Authorization) in every client.
expectTypeOf({ baseUrl: 'https://x.test', token: env['TOKEN'] }).toExtend<HttpClientOptions>();
expectTypeOf({ baseUrl: 'https://x.test', token: env['TOKEN'] }).toExtend<CkanClientOptions>();
expectTypeOf({ id: 'ksb', url: 'https://x.test', token: env['TOKEN'] }).toExtend<HarvestPortal>();
expectTypeOf({ key: env['BPS_KEY'] }).toExtend<BpsClientOptions>();
