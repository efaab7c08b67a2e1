import {
  type DataJsonContract,
  type Dataset,
  dataJsonContract,
  fromCkanPackage,
  toDataJson,
} from '@opengov-id/satudata';
import { ANYONE, type ServerModule } from '../../module.js';
import { activePackages } from './records.js';

/** Where `data.json` is served: `<server>/catalog/data.json`, so clients are given `<server>/catalog`. */
export const DATA_JSON_BASE_PATH = '/catalog';

/**
 * The catalogue as Project Open Data `data.json` (DCAT-US 1.1), mounted at `/catalog`: give
 * satudata's DKAN/data.json client the portal root `<server>/catalog`
 * (`createDkanClient({ baseUrl }).dataJson()`, `probePortal`, `harvest` with `kind: 'datajson'`).
 * Every public dataset of the CKAN module's records is mapped with satudata's own mappings
 * (`fromCkanPackage`, then `toDataJson`), so the same dataset has the same `identifier` in both
 * APIs and a federation de-duplicates them. Private datasets never appear. Read-only, open to
 * anyone; it has no seed of its own (the CKAN module seeds the records).
 */
export const dataJsonModule: ServerModule<DataJsonContract> = {
  name: 'datajson',
  basePath: DATA_JSON_BASE_PATH,
  contract: dataJsonContract,
  access: { dataJson: ANYONE },
  implement(context) {
    return {
      async dataJson({ request }) {
        const packages = await context.store.transaction((tx) => activePackages(tx, false));
        const datasets: Dataset[] = packages.map((pkg) => fromCkanPackage(pkg).value);
        const url = new URL(request.url);
        const homepage = `${url.origin}${url.pathname.replace(/\/data\.json$/, '')}`;
        return toDataJson({ datasets, homepage }).value;
      },
    };
  },
};
