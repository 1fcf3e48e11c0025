/** A refusal or failure, announced (role="alert") where it happened: the API's title and reason, its field errors. */
import { ProblemError } from '../api/problem';
import { useI18n } from '../i18n/i18n';

/** A refusal or failure, announced: the API's title and reason (403 says the key may not). */
export function ProblemText({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ProblemError) {
    const p = error.problem;
    return (
      <div className="problem" role="alert">
        <strong>{p.status === 403 ? t.common.forbidden : p.status === 404 ? t.common.notFound : p.title}</strong>
        {p.detail && <p>{p.detail}</p>}
        {p.errors.length > 0 && <ul>{p.errors.map((e) => <li key={e.field}>{e.field}: {e.message}</li>)}</ul>}
      </div>
    );
  }
  return <p className="form-error" role="alert">{error instanceof Error ? error.message : String(error)}</p>;
}
