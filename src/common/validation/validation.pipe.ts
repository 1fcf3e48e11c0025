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

/**
 * The rules that say most about a bad field, first: that it should not be there, then
 * what kind of value it needs; then any other. A field gets the message of the first of
 * its broken rules in this order — one message, not three for one missing field.
 */
const RULE_ORDER = ['whitelistValidation', 'isDefined', 'isString', 'isNumber', 'isInt', 'isBoolean', 'isArray', 'isObject', 'isEnum', 'isIn'];
const rank = (rule: string) => (RULE_ORDER.includes(rule) ? RULE_ORDER.indexOf(rule) : RULE_ORDER.length);

/** Flattens class-validator's error tree into one entry per invalid field (its most telling rule). */
export function flattenValidationErrors(errors: ValidationError[], parentPath = '', parentValue?: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = childPath(parentPath, parentValue, error.property);
    const rules = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    if (rules.length) out.push({ field, message: rules[0][1] });
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
    // a field's message names the field by its path already; no target object in errors
    validationError: { target: false, value: true },
    exceptionFactory: validationExceptionFactory,
  });
}
