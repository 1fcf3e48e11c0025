/**
 * Form validation by the API's own rules: the request-body schemas of the OpenAPI
 * document (api/request-rules.json, generated with the client), so a form refuses what the
 * API would refuse, with the same field paths (`order.price`). Rules that span fields
 * (phone or email, repair days for a repair) are the API's alone: its 400 lists them
 * per field and the form shows them the same way.
 */
import RULES from '../api/request-rules.json';

export interface Rule {
  type?: string;
  required?: string[];
  properties?: Record<string, Rule>;
  items?: Rule;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  multipleOf?: number;
}

export type Operation = keyof typeof RULES;

export const rulesOf = (operation: Operation): Rule => (RULES as Record<string, Rule>)[operation];

export type Violation =
  | { field: string; rule: 'required' | 'pattern' | 'type' | 'enum' | 'multipleOf' }
  | { field: string; rule: 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'maxItems'; limit: number }
  | { field: string; rule: 'format'; format: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkFormat(format: string, s: string): boolean {
  switch (format) {
    case 'email':
      return EMAIL.test(s);
    case 'date':
      return validDate(s);
    case 'date-time':
      return !Number.isNaN(Date.parse(s));
    case 'uri':
      return /^https?:\/\/\S+$/i.test(s);
    default:
      return true;
  }
}

function check(rule: Rule, value: unknown, field: string, out: Violation[]): void {
  if (rule.type === 'object' || rule.properties) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void out.push({ field, rule: 'type' });
    const obj = value as Record<string, unknown>;
    for (const name of rule.required ?? []) {
      if (obj[name] === undefined || obj[name] === null || obj[name] === '') out.push({ field: join(field, name), rule: 'required' });
    }
    for (const [name, sub] of Object.entries(rule.properties ?? {})) {
      const v = obj[name];
      if (v === undefined || v === null || v === '') continue;
      check(sub, v, join(field, name), out);
    }
    return;
  }
  if (rule.type === 'array') {
    if (!Array.isArray(value)) return void out.push({ field, rule: 'type' });
    if (rule.maxItems !== undefined && value.length > rule.maxItems) out.push({ field, rule: 'maxItems', limit: rule.maxItems });
    if (rule.items) value.forEach((v, i) => check(rule.items!, v, `${field}[${i}]`, out));
    return;
  }
  if (rule.enum) {
    if (!rule.enum.includes(value as string)) out.push({ field, rule: 'enum' });
    return;
  }
  if (rule.type === 'number' || rule.type === 'integer') {
    if (typeof value !== 'number' || Number.isNaN(value) || (rule.type === 'integer' && !Number.isInteger(value))) return void out.push({ field, rule: 'type' });
    if (rule.minimum !== undefined && value < rule.minimum) out.push({ field, rule: 'minimum', limit: rule.minimum });
    if (rule.maximum !== undefined && value > rule.maximum) out.push({ field, rule: 'maximum', limit: rule.maximum });
    if (rule.multipleOf !== undefined && Math.abs(Math.round(value / rule.multipleOf) * rule.multipleOf - value) > 1e-9) out.push({ field, rule: 'multipleOf' });
    return;
  }
  if (rule.type === 'boolean') {
    if (typeof value !== 'boolean') out.push({ field, rule: 'type' });
    return;
  }
  if (rule.type === 'string') {
    if (typeof value !== 'string') return void out.push({ field, rule: 'type' });
    if (rule.minLength !== undefined && value.length < rule.minLength) out.push({ field, rule: 'minLength', limit: rule.minLength });
    if (rule.maxLength !== undefined && value.length > rule.maxLength) out.push({ field, rule: 'maxLength', limit: rule.maxLength });
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) out.push({ field, rule: 'pattern' });
    if (rule.format !== undefined && !checkFormat(rule.format, value)) out.push({ field, rule: 'format', format: rule.format });
  }
}

const join = (parent: string, name: string) => (parent ? `${parent}.${name}` : name);

/** Every rule of `operation`'s request body that `body` breaks, one per field (the first). */
export function validateBody(operation: Operation, body: unknown): Violation[] {
  const out: Violation[] = [];
  check(rulesOf(operation), body, '', out);
  const seen = new Set<string>();
  return out.filter((v) => (seen.has(v.field) ? false : (seen.add(v.field), true)));
}
