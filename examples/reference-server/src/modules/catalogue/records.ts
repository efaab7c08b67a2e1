import type { CkanDatastoreField, CkanPackage } from '@opengov-id/satudata';
import type { Principal } from '../../module.js';
import type { StoreTx } from '../../store/types.js';

/** The store collections of the catalogue (CKAN dicts as CKAN's own API answers them). */
export const COLLECTIONS = {
  organizations: 'catalogue_organizations',
  groups: 'catalogue_groups',
  packages: 'catalogue_packages',
  datastoreTables: 'catalogue_datastore_tables',
  datastoreRows: 'catalogue_datastore_rows',
} as const;

/** A CKAN organization or group dict. */
export interface StoredGroup {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  image_url: string;
  image_display_url: string;
  type: 'organization' | 'group';
  is_organization: boolean;
  state: 'active';
  approval_status: 'approved';
  created: string;
  [key: string]: unknown;
}

/** A CKAN resource dict. */
export interface StoredResource {
  id: string;
  package_id: string;
  url: string;
  name: string;
  description: string;
  format: string;
  mimetype: string | null;
  size: number | null;
  position: number;
  state: 'active';
  created: string;
  last_modified: string | null;
  datastore_active: boolean;
  [key: string]: unknown;
}

/** A CKAN package dict, as `package_show` answers it (organization and resources inside). */
export interface StoredPackage extends CkanPackage {
  id: string;
  name: string;
  state: 'active' | 'draft' | 'deleted';
  private: boolean;
  owner_org: string;
  organization: StoredGroup;
  resources: StoredResource[];
  [key: string]: unknown;
}

/** The definition of a DataStore table (its rows are separate records). */
export interface StoredDatastoreTable {
  resource_id: string;
  package_id: string;
  fields: CkanDatastoreField[];
}

/** One DataStore row, with CKAN's `_id`. */
export interface StoredDatastoreRow {
  resource_id: string;
  record: Record<string, unknown> & { _id: number };
}

/** Walidata and admins curate the catalogue: they may see private (unreleased) datasets. */
export const isCurator = (principal: Principal) =>
  principal.role === 'walidata' || principal.role === 'admin';

/** Whether a caller may read a package: active, and public or the caller a curator. */
export const canRead = (pkg: StoredPackage, principal: Principal) =>
  pkg.state === 'active' && (!pkg.private || isCurator(principal));

/** The active packages, with private ones only when asked for and allowed. */
export async function activePackages(tx: StoreTx, includePrivate: boolean): Promise<StoredPackage[]> {
  const where = includePrivate ? { state: 'active' } : { state: 'active', private: false };
  return (await tx.list<StoredPackage>(COLLECTIONS.packages, { where })).items;
}

/** A package by id or, as CKAN also accepts, by name. */
export async function findPackage(tx: StoreTx, idOrName: string): Promise<StoredPackage | undefined> {
  const byId = await tx.get<StoredPackage>(COLLECTIONS.packages, idOrName);
  if (byId) return byId;
  return (await tx.list<StoredPackage>(COLLECTIONS.packages, { where: { name: idOrName }, limit: 1 }))
    .items[0];
}
