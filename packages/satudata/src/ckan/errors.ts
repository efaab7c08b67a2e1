import {
  AuthError,
  HttpError,
  type HttpErrorInit,
  type LocalizedMessage,
  NotFoundError,
  type ValidationIssue,
} from '@opengov-id/core';

/**
 * Fields every CKAN action error carries besides the HTTP ones.
 *
 * @example
 * ```ts
 * new CkanActionError('failed', { action: 'package_show', ckanType: 'Integrity Error', status: 400 });
 * ```
 */
export interface CkanErrorInit extends HttpErrorInit {
  /** The action that failed (`package_show`). */
  action: string;
  /** CKAN's `__type` (`Not Found Error`, `Validation Error`, ...), when it sent one. */
  ckanType?: string | undefined;
  /** CKAN's own message, redacted, when it sent one. */
  ckanMessage?: string | undefined;
}

function ckanDetails(error: {
  action: string;
  ckanType: string | undefined;
  ckanMessage: string | undefined;
}) {
  return { action: error.action, ckanType: error.ckanType, ckanMessage: error.ckanMessage };
}

/**
 * A CKAN action failed with an error envelope that has no more specific class here
 * (`Integrity Error`, `Search Index Error`, `Internal Server Error`, an unknown `__type`).
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * try {
 *   await ckan.packageShow('x');
 * } catch (error) {
 *   if (error instanceof CkanActionError) console.log(error.action, error.ckanType, error.status);
 * }
 * ```
 */
export class CkanActionError extends HttpError {
  override readonly name: string = 'CkanActionError';
  /** The action that failed. */
  readonly action: string;
  /** CKAN's `__type`, when sent. */
  readonly ckanType: string | undefined;
  /** CKAN's message, redacted, when sent. */
  readonly ckanMessage: string | undefined;
  constructor(message: string, init: CkanErrorInit) {
    super(message, { code: 'ckan_error', ...init });
    this.action = init.action;
    this.ckanType = init.ckanType;
    this.ckanMessage = init.ckanMessage;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), ...ckanDetails(this) };
  }
}

/**
 * CKAN answered `Not Found Error` (HTTP 404): no dataset, resource or organization with that
 * id or name, or one the caller may not see. A {@link @opengov-id/core!index.NotFoundError}.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * const pkg = await ckan.packageShow('tidak-ada').catch((e: unknown) => (e instanceof CkanNotFoundError ? null : Promise.reject(e)));
 * ```
 */
export class CkanNotFoundError extends NotFoundError {
  override readonly name: string = 'CkanNotFoundError';
  /** The action that failed. */
  readonly action: string;
  /** CKAN's `__type`. */
  readonly ckanType: string | undefined;
  /** CKAN's message (localised by the site: `Not found`, `Não encontrado`). */
  readonly ckanMessage: string | undefined;
  constructor(message: string, init: CkanErrorInit) {
    super(message, { code: 'ckan_not_found', ...init });
    this.action = init.action;
    this.ckanType = init.ckanType;
    this.ckanMessage = init.ckanMessage;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), ...ckanDetails(this) };
  }
}

/**
 * CKAN answered `Authorization Error` (HTTP 403): no token, a wrong one, or a user without
 * the right on this object. A {@link @opengov-id/core!index.AuthError}.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from a CKAN call
 * if (error instanceof CkanAuthorizationError) console.warn('the CKAN token is missing, wrong or expired');
 * ```
 */
export class CkanAuthorizationError extends AuthError {
  override readonly name: string = 'CkanAuthorizationError';
  /** The action that failed. */
  readonly action: string;
  /** CKAN's `__type`. */
  readonly ckanType: string | undefined;
  /** CKAN's message (`Access denied: User  not authorized to edit package ...`). */
  readonly ckanMessage: string | undefined;
  constructor(message: string, init: CkanErrorInit) {
    super(message, { code: 'ckan_authorization', ...init });
    this.action = init.action;
    this.ckanType = init.ckanType;
    this.ckanMessage = init.ckanMessage;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), ...ckanDetails(this) };
  }
}

/**
 * CKAN rejected the data sent (`Validation Error`, HTTP 409). Its error has no `message`:
 * it maps each field to its messages, e.g. `{ name: ['That URL is already in use.'] }`.
 * `fieldErrors` keeps that map (redacted), and `issues` gives one bilingual issue per field.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * try {
 *   await ckan.packageCreate({ name: 'data-penduduk', owner_org: 'bappeda' });
 * } catch (error) {
 *   if (error instanceof CkanValidationError) console.log(error.fieldErrors['name']); // ['That URL is already in use.']
 * }
 * ```
 */
export class CkanValidationError extends CkanActionError {
  override readonly name: string = 'CkanValidationError';
  /** Field → CKAN's messages for it, redacted. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** One issue per field, with a message in both languages that names the field. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, init: CkanErrorInit & { fieldErrors: Record<string, readonly string[]> }) {
    super(message, { ...init, code: 'ckan_validation' });
    this.fieldErrors = init.fieldErrors;
    this.issues = Object.entries(init.fieldErrors).map(([field, messages]) => ({
      field,
      path: [field],
      code: 'ckan_validation',
      message: {
        id: `Kolom \`${field}\` ditolak CKAN: ${messages.join(' ')}`,
        en: `Field \`${field}\` rejected by CKAN: ${messages.join(' ')}`,
      },
    }));
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), fieldErrors: this.fieldErrors };
  }
}

/**
 * CKAN could not run the search (`Search Query Error`, HTTP 400, for a bad Solr `q` or `fq`;
 * `Search Error`, HTTP 409).
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * await ckan.packageSearch({ fq: 'organization:(' }).catch((e: unknown) => {
 *   if (e instanceof CkanSearchError) console.warn('Periksa sintaks filter.');
 * });
 * ```
 */
export class CkanSearchError extends CkanActionError {
  override readonly name: string = 'CkanSearchError';
  constructor(message: string, init: CkanErrorInit) {
    super(message, { ...init, code: 'ckan_search' });
  }
}

/**
 * CKAN answered HTTP 400 with a bare JSON string instead of an envelope
 * (`"Bad request: Action name not known: datastore_search"`): an unknown action (a site
 * without the DataStore plugin answers `datastore_*` this way) or a malformed request.
 * `actionUnknown` tells the first case.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * await ckan.datastoreSearch({ resourceId: 'b0c1d2e3-penduduk-2024' }).catch((e: unknown) => {
 *   if (e instanceof CkanBadRequestError && e.actionUnknown) return null; // no DataStore here
 *   throw e;
 * });
 * ```
 */
export class CkanBadRequestError extends CkanActionError {
  override readonly name: string = 'CkanBadRequestError';
  /** True when CKAN said the action is not known on this site. */
  readonly actionUnknown: boolean;
  constructor(message: string, init: CkanErrorInit & { actionUnknown: boolean }) {
    super(message, { ...init, code: init.actionUnknown ? 'ckan_action_unknown' : 'ckan_bad_request' });
    this.actionUnknown = init.actionUnknown;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), actionUnknown: this.actionUnknown };
  }
}

/** Builds the bilingual message of a CKAN action error. */
export function ckanErrorMessages(
  kind: string,
  action: string,
  status: number,
  extra = '',
): LocalizedMessage {
  const where = `CKAN ${action} (HTTP ${status})`;
  switch (kind) {
    case 'not_found':
      return { id: `Tidak ditemukan: ${where}${extra}`, en: `Not found: ${where}${extra}` };
    case 'authorization':
      return { id: `Akses ditolak: ${where}${extra}`, en: `Access denied: ${where}${extra}` };
    case 'validation':
      return { id: `Data ditolak CKAN: ${where}${extra}`, en: `CKAN rejected the data: ${where}${extra}` };
    case 'search':
      return { id: `Pencarian gagal: ${where}${extra}`, en: `The search failed: ${where}${extra}` };
    case 'action_unknown':
      return {
        id: `Aksi tidak dikenal di situs ini: ${where}${extra}`,
        en: `The action is not known on this site: ${where}${extra}`,
      };
    case 'bad_request':
      return { id: `Permintaan ditolak: ${where}${extra}`, en: `Bad request: ${where}${extra}` };
    default:
      return { id: `Aksi CKAN gagal: ${where}${extra}`, en: `The CKAN action failed: ${where}${extra}` };
  }
}
