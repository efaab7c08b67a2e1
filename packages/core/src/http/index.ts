export { createHttpClient, toHttpClient } from './client.js';
export { RequestAbortedError } from './errors.js';
export { HTTP_DEFAULTS } from './options.js';
export type {
  HttpAttemptInfo,
  HttpClient,
  HttpClientOptions,
  HttpHooks,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  QueryValue,
} from './types.js';
