/**
 * Text that PostgreSQL (and every JSON consumer after it) can store: no NUL character
 * and no unpaired UTF-16 surrogate. `text`/`jsonb` refuse both ("unsupported Unicode
 * escape sequence"), so one such character in a note would fail every write of the
 * claim's events for good. The API refuses them at the edge (`unsafeTextFields`); the
 * activities that write records make any that got through (a claim accepted before the
 * edge check, a direct Temporal client) storable with `storableText`, so such a claim
 * never jams and one already jammed moves on at the next retry.
 */

/** NUL, or a surrogate half without its partner. */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Why a string is refused, for the field's message. */
export const UNSAFE_TEXT_MESSAGE = 'must not contain a NUL character (\\u0000) or an unpaired UTF-16 surrogate';

export const hasUnsafeText = (text: string): boolean => UNSAFE.test(text);

/** How deep a value may nest before it is refused (bodies of this API nest 3 levels). */
export const MAX_DEPTH = 32;

export interface UnsafeField {
  /** `order.sku`, `attachments[1]`; `` for the value itself */
  field: string;
  reason: 'unsafe_text' | 'too_deep';
}

const childPath = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * Every string (value or property name) in `value` that cannot be stored, and every place
 * nested deeper than `maxDepth`, by path. Walks at most `maxDepth` levels, so a hostile
 * body cannot make it recurse without end.
 */
export function unsafeTextFields(value: unknown, maxDepth = MAX_DEPTH): UnsafeField[] {
  const found: UnsafeField[] = [];
  const walk = (v: unknown, path: string, depth: number): void => {
    if (typeof v === 'string') {
      if (hasUnsafeText(v)) found.push({ field: path, reason: 'unsafe_text' });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (depth >= maxDepth) {
      found.push({ field: path, reason: 'too_deep' });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, childPath(path, i), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      if (hasUnsafeText(key)) found.push({ field: childPath(path, key.replace(UNSAFE_ALL, REPLACEMENT_CHARACTER)), reason: 'unsafe_text' });
      else walk(item, childPath(path, key), depth + 1);
    }
  };
  walk(value, '', 0);
  return found;
}

/**
 * A copy of `value` with every unsafe character replaced by U+FFFD, and how many were
 * replaced; values without any come back as they are (the same object).
 */
export function storableText<T>(value: T): { value: T; replaced: number } {
  let replaced = 0;
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!hasUnsafeText(v)) return v;
      return v.replace(UNSAFE_ALL, () => {
        replaced += 1;
        return REPLACEMENT_CHARACTER;
      });
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const items = v.map(fix);
      return items.some((item, i) => item !== v[i]) ? items : v;
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const k = fix(key) as string;
      const fixed = fix(item);
      if (k !== key || fixed !== item) changed = true;
      out[k] = fixed;
    }
    return changed ? out : v;
  };
  const fixed = fix(value) as T;
  return { value: fixed, replaced };
}
