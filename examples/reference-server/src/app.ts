import {
  AuthError,
  NotFoundError,
  OpenGovError,
  RateLimitError,
  redact,
  ValidationError,
} from '@opengov-id/core';
import { createRouteHandlers } from '@opengov-id/core/server';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { resolveToken } from './auth.js';
import { createModuleContext, principalOf, setPrincipal } from './context.js';
import type { Principal, ServerModule } from './module.js';
import { mergedOpenApi } from './openapi.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import type { Store } from './store/types.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The APIs to mount, each at its `basePath`. */
  readonly modules: readonly ServerModule[];
  /** The domain clock (report times, SLA); the rate limiter keeps real time. */
  readonly now?: () => Date;
  /** Origins allowed to call from a browser; none (same origin only) by default. */
  readonly cors?: { readonly origins: readonly string[] };
  /** Requests per minute per token (per client address for public callers). @defaultValue 600 */
  readonly rateLimit?: { readonly requestsPerMinute: number };
  /** The largest request body. @defaultValue 131072 (128 KiB) */
  readonly bodyLimitBytes?: number;
  /** Where errors are logged, already redacted. @defaultValue one JSON line on stderr */
  readonly log?: (entry: Record<string, unknown>) => void;
  /** The caller's address, for public callers' rate limit. @defaultValue the socket's remote address */
  readonly clientAddress?: (c: Context) => string;
}

const DEFAULT_BODY_LIMIT = 128 * 1024;
const DEFAULT_REQUESTS_PER_MINUTE = 600;
const API_VERSION = '0.1.0';

type ErrorJson = Record<string, unknown>;
const json = (status: number, body: ErrorJson, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

// Bodies of the server's own refusals: OpenGovError JSON, bilingual, never with a cause or stack.
const refusals = {
  tokenRequired: () =>
    // Worded so core's redaction (which hides anything after "token ") leaves them readable.
    new AuthError('This route needs a token: send the header Authorization: Bearer <token>.', {
      status: 401,
      code: 'token_required',
      messages: {
        id: 'Rute ini memerlukan token: kirim header Authorization: Bearer <token>.',
        en: 'This route needs a token: send the header Authorization: Bearer <token>.',
      },
    }),
  tokenInvalid: () =>
    new AuthError('Invalid credentials (token).', {
      status: 401,
      code: 'invalid_token',
      messages: { id: 'Kredensial tidak valid (token).', en: 'Invalid credentials (token).' },
    }),
  forbidden: (role: string) =>
    new AuthError(`Role "${role}" may not call this route.`, {
      status: 403,
      code: 'forbidden',
      messages: {
        id: `Peran "${role}" tidak boleh memanggil rute ini.`,
        en: `Role "${role}" may not call this route.`,
      },
    }),
  rateLimited: (seconds: number) =>
    new RateLimitError(`Too many requests; try again in ${seconds} s.`, {
      status: 429,
      retryAfterMs: seconds * 1000,
      messages: {
        id: `Terlalu banyak permintaan; coba lagi dalam ${seconds} detik.`,
        en: `Too many requests; try again in ${seconds} s.`,
      },
    }),
  notFound: () =>
    new NotFoundError('No such route.', {
      status: 404,
      code: 'route_not_found',
      messages: { id: 'Rute tidak ditemukan.', en: 'No such route.' },
    }),
  tooLarge: (limit: number) =>
    ValidationError.single(
      'body',
      {
        id: `Kolom \`body\` terlalu besar: paling banyak ${limit} byte.`,
        en: `Field \`body\` is too large: at most ${limit} bytes.`,
      },
      'body_too_large',
    ),
  internal: () =>
    new OpenGovError('The server failed to answer this request.', {
      code: 'internal_error',
      messages: {
        id: 'Server gagal menjawab permintaan ini.',
        en: 'The server failed to answer this request.',
      },
    }),
};

/** The path of the first string (value or key) holding a NUL character, if any. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      const found = key.includes('\u0000')
        ? `${path}.${key.replaceAll('\u0000', '\\0')}`
        : nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  return undefined;
}

/**
 * NUL characters: no text field has a use for them, and PostgreSQL cannot store them in JSON,
 * so both engines refuse them alike, with a 400 naming the field.
 */
async function refuseNul(request: Request): Promise<Response | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.clone().text());
  } catch {
    return undefined; // The route answers malformed JSON with its own 400.
  }
  const field = nulPath(parsed, 'body');
  if (field === undefined) return undefined;
  const error = ValidationError.single(
    field,
    {
      id: `Kolom \`${field}\` berisi karakter NUL (\\u0000), yang tidak diterima.`,
      en: `Field \`${field}\` contains a NUL character (\\u0000), which is not accepted.`,
    },
    'nul_character',
  );
  return json(400, errorBody(error));
}

/** The JSON of an error without the `status`/`url`/`body` bookkeeping of HttpError. */
function errorBody(error: OpenGovError): ErrorJson {
  const { name, code, message, messages, issues, retryAfterMs } = error.toJSON() as ErrorJson;
  return { name, code, message, messages, issues, retryAfterMs };
}

/** Hono's path syntax for a contract path under a base: `/care/v1` + `/reports/:id`. */
export function mountPath(basePath: string, path: string): string {
  const base = basePath.replace(/\/+$/, '');
  return path === '/' ? base || '/' : `${base}${path}`;
}

function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

const defaultLog = (entry: Record<string, unknown>) => {
  console.error(JSON.stringify(entry));
};

/**
 * The reference server as a Hono app: every module's contract routes at its base path, behind
 * CORS, security headers, a body size limit, token authentication, a rate limit and the
 * route's role check; `/openapi.json` for all mounted contracts and `/health`.
 */
export function createApp(options: AppOptions): Hono {
  const { store, modules } = options;
  const log = options.log ?? defaultLog;
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const limiter: RateLimiter = createRateLimiter(
    options.rateLimit?.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
  );
  const clientAddress = options.clientAddress ?? socketAddress;
  const app = new Hono();

  // 1. CORS: only the configured origins; preflights answered here.
  if (options.cors)
    app.use(
      '*',
      cors({
        origin: [...options.cors.origins],
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    );

  // 2. Security headers on every answer; authenticated answers are never cached.
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    if (c.req.header('authorization') !== undefined) c.header('Cache-Control', 'no-store');
  });

  // 3. Body size limit, before anything reads the body.
  app.use('*', bodyLimit({ maxSize: limit, onError: () => json(413, errorBody(refusals.tooLarge(limit))) }));

  // 4. Token authentication, then 5. the rate limit for whoever the caller turned out to be.
  app.use('*', async (c, next) => {
    const header = c.req.header('authorization');
    let principal: Principal = { role: 'public' };
    if (header !== undefined) {
      const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
      const resolved = match?.[1] === undefined ? undefined : await resolveToken(store, match[1]);
      if (!resolved) {
        // Guessing tokens costs the guesser's address its budget.
        const decision = limiter.take(`ip:${clientAddress(c)}`);
        if (!decision.allowed)
          return json(429, errorBody(refusals.rateLimited(decision.retryAfterSeconds)), {
            'Retry-After': String(decision.retryAfterSeconds),
          });
        return json(401, errorBody(refusals.tokenInvalid()), { 'WWW-Authenticate': 'Bearer' });
      }
      principal = resolved;
    }
    setPrincipal(c.req.raw, principal);
    const decision = limiter.take(
      principal.tokenId ? `token:${principal.tokenId}` : `ip:${clientAddress(c)}`,
    );
    if (!decision.allowed)
      return json(429, errorBody(refusals.rateLimited(decision.retryAfterSeconds)), {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    await next();
  });

  app.get('/health', (c) => c.json({ status: 'ok', engine: store.engine }));

  const openApi = JSON.stringify(
    mergedOpenApi(modules, {
      title: 'OGP Local SDK reference server',
      version: API_VERSION,
      description: modules.map((m) => `${m.name}: ${m.basePath}`).join('; '),
    }),
  );
  app.get('/openapi.json', () => new Response(openApi, { headers: { 'content-type': 'application/json' } }));

  // 6. Each module's routes, each behind its role check.
  for (const module of modules) {
    const context = createModuleContext({ store, ...(options.now ? { now: options.now } : {}) });
    const routes = createRouteHandlers(module.contract, module.implement(context), {
      onViolation: (error) =>
        log(redact({ event: 'contract_violation', module: module.name, error: error.toJSON() })),
    });
    const access = module.access as Readonly<Record<string, readonly string[]>>;
    for (const route of routes) {
      const allowed = access[route.operationId] ?? [];
      app.on(route.method, mountPath(module.basePath, route.path), async (c) => {
        const { role } = principalOf(c.req.raw);
        if (!allowed.includes(role)) {
          const refusal = role === 'public' ? refusals.tokenRequired() : refusals.forbidden(role);
          return json(
            refusal.status,
            errorBody(refusal),
            role === 'public' ? { 'WWW-Authenticate': 'Bearer' } : {},
          );
        }
        return (await refuseNul(c.req.raw)) ?? route.handle(c.req.raw, c.req.param());
      });
    }
  }

  app.notFound(() => json(404, errorBody(refusals.notFound())));
  app.onError((error, c) => {
    // Logged redacted (NIK, phone, e-mail, tokens scrubbed); the caller learns nothing of it.
    log(
      redact({
        event: 'error',
        method: c.req.method,
        path: c.req.path,
        name: error instanceof Error ? error.name : typeof error,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
    return json(500, errorBody(refusals.internal()));
  });
  return app;
}
