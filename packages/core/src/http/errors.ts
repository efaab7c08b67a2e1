import { OpenGovError, type OpenGovErrorOptions } from '../errors/errors.js';

/**
 * The caller aborted the request through its `signal`. It is never retried. Its `name` is
 * `'AbortError'`, like the DOMException fetch throws, so existing `error.name === 'AbortError'`
 * checks (React Query, SWR, hand-written ones) keep working; its `code` is `'aborted'`.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/3/action/' });
 * const controller = new AbortController();
 * const pending = http.request({ path: 'package_list', signal: controller.signal });
 * controller.abort();
 * await pending.catch((error) => {
 *   if (error instanceof RequestAbortedError) return; // the user navigated away
 *   throw error;
 * });
 * ```
 */
export class RequestAbortedError extends OpenGovError {
  override readonly name: string = 'AbortError';
  constructor(message: string, options: OpenGovErrorOptions = {}) {
    super(message, { code: 'aborted', ...options });
  }
}
