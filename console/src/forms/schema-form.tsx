/**
 * A form for one API operation, drawn from its request-body rules: a labelled input per
 * field (a list for enums, a checkbox for flags, a date picker for dates, a URL input for
 * links, suggested values where the page has them), checked on submit by the same rules
 * (validate.ts) and then by the API, whose field errors (400) land on the same inputs and
 * whose refusal (409: why, and what is allowed now) is shown next to the button that
 * caused it.
 */
import { useId, useState, type FormEvent } from 'react';
import { ProblemError, type Problem } from '../api/problem';
import { useI18n, type I18n } from '../i18n/i18n';
import { bodyOf, leavesOf, type FormValues, type Leaf } from './form-body';
import { rulesOf, validateBody, type Operation, type Violation } from './validate';

export interface SchemaFormProps {
  operation: Operation;
  /** the fields to show, in order (paths such as `customer.name`); default: all */
  fields?: readonly string[];
  initial?: FormValues;
  submitLabel: string;
  /** sends the body; throws ProblemError when the API refuses */
  onSubmit(body: Record<string, unknown>): Promise<void>;
  onCancel?(): void;
  /** a name for the form (its accessible name) */
  title: string;
  /** values to offer in a text field, by path (a list the input suggests; any other value may still be typed) */
  suggestions?: Readonly<Record<string, readonly string[]>>;
}

export function violationText(v: Violation, i18n: I18n): string {
  const m = i18n.t.validation;
  switch (v.rule) {
    case 'required':
      return m.required;
    case 'minLength':
      return m.minLength(v.limit);
    case 'maxLength':
      return m.maxLength(v.limit);
    case 'minimum':
      return m.minimum(v.limit);
    case 'maximum':
      return m.maximum(v.limit);
    case 'maxItems':
      return m.maxItems(v.limit);
    case 'pattern':
      return m.pattern;
    case 'format':
      return m.format[v.format] ?? m.pattern;
    case 'enum':
      return m.enum;
    case 'multipleOf':
      return m.multipleOf;
    case 'type':
      return m.type;
  }
}

const LONG_TEXT = 300;

export function SchemaForm({ operation, fields, initial, submitLabel, onSubmit, onCancel, title, suggestions }: SchemaFormProps) {
  const i18n = useI18n();
  const formId = useId();
  const rule = rulesOf(operation);
  const leaves = leavesOf(rule, fields);
  const [values, setValues] = useState<FormValues>(initial ?? {});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(null);
    const body = bodyOf(rule, values, fields);
    const violations = validateBody(operation, body);
    const errors = Object.fromEntries(violations.map((v) => [v.field, violationText(v, i18n)]));
    setFieldErrors(errors);
    if (violations.length) return;
    setBusy(true);
    try {
      await onSubmit(body);
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err;
      setProblem(err.problem);
      setFieldErrors(Object.fromEntries(err.problem.errors.map((fe) => [fe.field, fe.message])));
    } finally {
      setBusy(false);
    }
  }

  const set = (path: string, v: string | boolean) => setValues((old) => ({ ...old, [path]: v }));
  const known = new Set(leaves.map((l) => l.path));
  // errors of fields without an input of their own (a rule across fields, e.g. `customer`)
  const otherErrors = Object.entries(fieldErrors).filter(([f]) => !known.has(f));
  const hasErrors = Object.keys(fieldErrors).length > 0;

  let lastGroup = '';
  return (
    <form className="schema-form" noValidate onSubmit={submit} aria-label={title} data-operation={operation}>
      {hasErrors && !problem && <p className="form-error" role="alert">{i18n.t.common.fixErrors}</p>}
      {otherErrors.map(([f, msg]) => (
        <p key={f} className="form-error" role="alert">
          {i18n.field(f.split('.').pop() ?? f)}: {msg}
        </p>
      ))}
      <div className="fields">
        {leaves.map((leaf) => {
          const group = leaf.path.includes('.') ? leaf.path.split('.')[0] : '';
          const heading = group && group !== lastGroup ? <h4 className="group">{i18n.field(group)}</h4> : null;
          lastGroup = group;
          return (
            <div key={leaf.path} className="field-wrap">
              {heading}
              <Field leaf={leaf} id={`${formId}-${leaf.path}`} value={values[leaf.path]} error={fieldErrors[leaf.path]} suggestions={suggestions?.[leaf.path]} onChange={(v) => set(leaf.path, v)} />
            </div>
          );
        })}
      </div>
      {problem && (
        <div className="problem" role="alert">
          <strong>
            {i18n.t.claim.refused} ({problem.status}): {problem.title}
          </strong>
          {problem.detail && <p>{problem.detail}</p>}
        </div>
      )}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {i18n.t.common.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

function Field({ leaf, id, value, error, suggestions, onChange }: { leaf: Leaf; id: string; value: string | boolean | undefined; error?: string; suggestions?: readonly string[]; onChange(v: string | boolean): void }) {
  const i18n = useI18n();
  const name = leaf.path.split('.').pop()!;
  const label = `${i18n.field(name)}${leaf.required ? ' *' : ''}`;
  const errorId = `${id}-error`;
  const common = { id, name: leaf.path, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined, 'aria-required': leaf.required || undefined } as const;
  const r = leaf.rule;
  let input;
  if (r.type === 'boolean') {
    return (
      <div className="field checkbox">
        <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
        {error && <p className="field-error" id={errorId}>{error}</p>}
      </div>
    );
  } else if (r.enum) {
    input = (
      <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{i18n.t.common.none}</option>
        {r.enum.map((v) => (
          <option key={v} value={v}>
            {i18n.value(v)}
          </option>
        ))}
      </select>
    );
  } else if (r.type === 'array' || (r.type === 'string' && r.format !== 'uri' && (r.maxLength ?? 0) > LONG_TEXT)) {
    input = <textarea {...common} rows={r.type === 'array' ? 2 : 3} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
  } else {
    const type = r.format === 'date' ? 'date' : r.format === 'uri' ? 'url' : 'text';
    const inputMode = r.type === 'number' || r.type === 'integer' ? 'decimal' : r.format === 'email' ? 'email' : undefined;
    const listId = suggestions?.length ? `${id}-suggestions` : undefined;
    input = (
      <>
        <input type={type} inputMode={inputMode} list={listId} {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
        {listId && (
          <datalist id={listId}>
            {suggestions!.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        )}
      </>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
