/**
 * A horizontal bar chart drawn with a few SVG rectangles, inside a table that carries the
 * figures (label, count, share, reference share): readable by a screen reader and by a
 * test, no chart library, nothing inline for the CSP to refuse.
 */
import { useI18n } from '../i18n/i18n';
import { OTHER, scaleOf, type Bar } from './chart-data';

export function BarChart({ id, title, data, label }: { id: string; title: string; data: Bar[]; label?: (key: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const scale = scaleOf(data);
  const withReference = data.some((b) => b.reference !== undefined);
  const name = (b: Bar) => (b.key === OTHER ? t.dashboard.other(b.groups ?? 0) : label ? label(b.key) : i18n.value(b.key));
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n.toLocaleString(i18n.language === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 })}%`);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {data.length === 0 ? (
        <p className="muted">{t.dashboard.noClaims}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.dashboard.group}</th>
              <th scope="col" className="num">{t.dashboard.count}</th>
              <th scope="col" className="num">{t.dashboard.share}</th>
              {withReference && <th scope="col" className="num">{t.dashboard.reference}</th>}
              <th scope="col" className="bar-cell"><span className="visually-hidden">{t.dashboard.chart}</span></th>
            </tr>
          </thead>
          <tbody>
            {data.map((b) => (
              <tr key={b.key} data-key={b.key}>
                <th scope="row">{name(b)}</th>
                <td className="num" data-col="count">{b.count}</td>
                <td className="num" data-col="share">{pct(b.percent)}</td>
                {withReference && <td className="num" data-col="reference">{pct(b.reference)}</td>}
                <td className="bar-cell">
                  <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect className="bar" x="0" y="1" height="10" width={((b.percent ?? 0) / scale) * 100} />
                    {b.reference !== undefined && <rect className="reference" x={Math.min(99.4, (b.reference / scale) * 100)} y="0" width="0.6" height="12" />}
                  </svg>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
