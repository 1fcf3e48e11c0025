/**
 * For specs: the OpenAPI document of a module, built the way the app builds it, without
 * a database or Temporal (controllers only, services stubbed by the caller).
 */
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Schema = Record<string, any>;

export async function openApiDocumentOf(module: Type): Promise<{ doc: OpenAPIObject; schemas: Record<string, Schema> }> {
  const app = await NestFactory.create(module, { logger: false });
  const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  await app.close();
  return { doc, schemas: doc.components!.schemas as Record<string, Schema> };
}
