// The OpenAPI document of the posyandu contract, as committed in docs/openapi.json.
import { type OpenApiDocument, toOpenApi } from '@opengov-id/core';
import { posyanduContract } from '../src/contract/index.js';

export function posyanduOpenApi(): OpenApiDocument {
  return toOpenApi(posyanduContract, {
    title: 'Sistem Informasi Posyandu API',
    version: '0.1.0',
    description:
      'Posyandu, households, people, visits with measurements and monthly SKDN reports (@opengov-id/posyandu/contract).',
  });
}
