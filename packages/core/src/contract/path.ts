/** One segment of a route path: a literal, or a named parameter. */
export type PathSegment = { readonly literal: string } | { readonly param: string };

const PARAM = /^:([A-Za-z_][A-Za-z0-9_]*)$/;
const LITERAL = /^[A-Za-z0-9\-._~!$&'()*+,;=@%]*$/;

/**
 * Splits an express-style path into segments, or returns why it is not one we accept.
 * Parameters must fill a whole segment, so the same path works for msw, the client and OpenAPI.
 */
export function parsePath(path: string): readonly PathSegment[] | string {
  if (!path.startsWith('/')) return 'must start with "/"';
  if (path === '/') return [];
  if (path.endsWith('/')) return 'must not end with "/"';
  const segments: PathSegment[] = [];
  for (const raw of path.slice(1).split('/')) {
    if (raw === '') return 'has an empty segment';
    const param = PARAM.exec(raw);
    if (param) segments.push({ param: param[1]! });
    else if (raw.includes(':') || !LITERAL.test(raw))
      return `segment "${raw}" is neither a literal nor a whole ":name" parameter`;
    else segments.push({ literal: raw });
  }
  return segments;
}

/** Writes a path with each parameter value URL-encoded. */
export function buildPath(
  segments: readonly PathSegment[],
  values: Readonly<Record<string, string>>,
): string {
  if (segments.length === 0) return '/';
  return segments
    .map(
      (segment) =>
        `/${'param' in segment ? encodeURIComponent(values[segment.param] ?? '') : segment.literal}`,
    )
    .join('');
}

/** The OpenAPI template of a path: `/complaints/{id}`. */
export function openApiPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '/';
  return segments
    .map((segment) => `/${'param' in segment ? `{${segment.param}}` : segment.literal}`)
    .join('');
}
