/** Dates in the policy's time zone, and countdowns to a due time, in the user's language. */
const locales = { ru: 'ru-RU', en: 'en-GB' } as const;
type Lang = keyof typeof locales;

export function formatDateTime(iso: string | undefined, language: Lang, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locales[language], { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | undefined, language: Lang, timeZone: string): string {
  if (!iso) return '—';
  // a plain date (2026-05-10) is a calendar day, not an instant: no zone shift
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${iso}T00:00:00Z`));
  return new Intl.DateTimeFormat(locales[language], { timeZone, dateStyle: 'medium' }).format(new Date(iso));
}

export function formatMoney(amount: number, currency: string, language: Lang): string {
  try {
    return new Intl.NumberFormat(locales[language], { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export interface Countdown {
  text: string;
  overdue: boolean;
  /** milliseconds left (negative: past) */
  left: number;
}

/** "in 2 d 3 h" / "3 h overdue": days, hours and minutes, the two largest units. */
export function countdown(dueIso: string, now: number, language: Lang): Countdown {
  const left = new Date(dueIso).getTime() - now;
  const abs = Math.abs(left);
  const units: [number, Record<Lang, string>][] = [
    [86_400_000, { en: 'd', ru: 'д' }],
    [3_600_000, { en: 'h', ru: 'ч' }],
    [60_000, { en: 'min', ru: 'мин' }],
  ];
  const parts: string[] = [];
  let rest = abs;
  for (const [size, label] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length === 0 && size === 60_000)) parts.push(`${n} ${label[language]}`);
    if (parts.length === 2) break;
  }
  const span = parts.join(' ');
  const text = left < 0 ? (language === 'ru' ? `просрочено на ${span}` : `${span} overdue`) : language === 'ru' ? `через ${span}` : `in ${span}`;
  return { text, overdue: left < 0, left };
}

/**
 * The first (or last) instant of a calendar day in `timeZone`, with that zone's offset on
 * that day: `2026-11-01` in Moscow -> `2026-11-01T00:00:00.000+03:00`. A queue filtered
 * "received on 1 November" means the policy's 1 November, not UTC's.
 */
export function dayBoundary(day: string, timeZone: string, end: boolean): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = zone === 'GMT' ? '+00:00' : zone.slice(3);
  return `${day}T${end ? '23:59:59.999' : '00:00:00.000'}${offset}`;
}
