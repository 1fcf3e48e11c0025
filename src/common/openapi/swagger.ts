import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../config/app-config';
import { PROBLEM_TYPE_BASE } from '../errors/problem-types';
import { normalizeOpenApi } from './openapi-normalize';
import { FieldErrorDto, ProblemDetailsDto } from './problem-responses';

export const DOCS_PATH = 'docs';
export const DOCS_JSON_PATH = 'docs-json';

/** Tag groups of the OpenAPI document, in display order; a feature module adds its own here. */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'claims', description: 'Claim intake, live state, lifecycle actions and lists (care staff, integrations)' },
  { name: 'audit', description: 'The hash-chained audit log: history, export and chain verification (auditors, supervisors)' },
  { name: 'codec', description: 'Remote payload codec for the Temporal web UI and CLI (care staff)' },
  { name: 'admin', description: 'API key management (admins)' },
  { name: 'operations', description: 'Readiness and metrics (no API key needed)' },
];

const DESCRIPTION = `
Durable warranty-claims engine: one Temporal workflow per claim, a PostgreSQL read model and audit log.

**Authentication.** Send \`Authorization: Bearer <api key>\`. Each key has one role: \`agent\`, \`supervisor\`,
\`supplier\` (bound to one supplier), \`auditor\`, \`integration\` or \`admin\`. The first admin key is the
\`ADMIN_API_KEY\` environment variable; admins create the others with \`POST /admin/api-keys\`.

**Errors** are RFC 9457 \`application/problem+json\` documents: \`{ type, title, status, detail, instance }\`
plus extra members such as \`errors\` (invalid fields, with paths like \`order.price\`) or \`allowedActions\`.
Problem types live under \`${PROBLEM_TYPE_BASE}\`.
A 503 carries \`Retry-After\`.
`.trim();

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Warranty claims engine API')
    .setDescription(DESCRIPTION)
    .setVersion(packageVersion())
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key, e.g. `wce_9f86d081_…`' });
  for (const tag of API_TAGS) builder.addTag(tag.name, tag.description);
  return normalizeOpenApi(SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemDetailsDto, FieldErrorDto] }));
}

/** Swagger UI at /docs and the OpenAPI JSON at /docs-json. */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: DOCS_JSON_PATH,
    customSiteTitle: 'Warranty claims engine API',
    swaggerOptions: { persistAuthorization: true },
  });
}
