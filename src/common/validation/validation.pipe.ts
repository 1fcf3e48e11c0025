/**
 * The global ValidationPipe: strips nothing silently (unknown properties are errors),
 * converts bodies to their DTO classes, and reports every invalid field as
 * `{ field: "order.price", message: "..." }` through a `validation_failed` DomainError.
 */
import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { DomainError, type FieldError } from '../errors/domain-error';

function childPath(parentPath: string, parentValue: unknown, property: string): string {
  if (Array.isArray(parentValue) && /^\d+$/.test(property)) return `${parentPath}[${property}]`;
  return parentPath ? `${parentPath}.${property}` : property;
}

/** Flattens class-validator's error tree into one entry per failed constraint. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = '', parentValue?: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = childPath(parentPath, parentValue, error.property);
    for (const message of Object.values(error.constraints ?? {})) out.push({ field, message });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field, error.value));
  }
  return out;
}

export function validationExceptionFactory(errors: ValidationError[]): DomainError {
  const fieldErrors = flattenValidationErrors(errors);
  const fields = [...new Set(fieldErrors.map((e) => e.field))];
  const detail =
    fields.length === 1 ? `The request has an invalid field: ${fields[0]}.` : `The request has ${fields.length} invalid fields.`;
  return new DomainError('validation_failed', detail, { errors: fieldErrors });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // one message per field: the first rule it breaks (a missing field is "required", not three complaints)
    stopAtFirstError: true,
    // a field's message names the field by its path already; no target object in errors
    validationError: { target: false, value: true },
    exceptionFactory: validationExceptionFactory,
  });
}
