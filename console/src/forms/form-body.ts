/**
 * From what a form holds (every input's text or checkbox, by field path) to the request
 * body the API takes, typed by the body's rules: numbers parsed, one link a line for
 * lists, checkboxes as booleans, empty inputs left out (the API then says what is missing).
 */
import type { Rule } from './validate';

export type FormValues = Record<string, string | boolean>;

export interface Leaf {
  path: string;
  rule: Rule;
  required: boolean;
}

/** The inputs of a body: its leaf fields in document order, optionally only `only` (paths). */
export function leavesOf(rule: Rule, only?: readonly string[], parent = '', parentRequired = true): Leaf[] {
  const out: Leaf[] = [];
  for (const [name, sub] of Object.entries(rule.properties ?? {})) {
    const path = parent ? `${parent}.${name}` : name;
    const required = parentRequired && (rule.required ?? []).includes(name);
    if (sub.properties) {
      if (only && !only.some((p) => p.startsWith(`${path}.`))) continue;
      out.push(...leavesOf(sub, only, path, required));
    } else if (!only || only.includes(path)) {
      out.push({ path, rule: sub, required });
    }
  }
  if (only) out.sort((a, b) => only.indexOf(a.path) - only.indexOf(b.path));
  return out;
}

function parse(rule: Rule, raw: string | boolean): unknown {
  if (rule.type === 'boolean') return raw === true ? true : undefined;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return undefined;
  if (rule.type === 'number' || rule.type === 'integer') return Number(text.replace(',', '.'));
  if (rule.type === 'array') return text.split('\n').map((l) => l.trim()).filter(Boolean);
  return text;
}

export function bodyOf(rule: Rule, values: FormValues, only?: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const leaf of leavesOf(rule, only)) {
    const value = parse(leaf.rule, values[leaf.path] ?? '');
    if (value === undefined) continue;
    const parts = leaf.path.split('.');
    let target = body;
    for (const p of parts.slice(0, -1)) target = (target[p] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1]] = value;
  }
  return body;
}
