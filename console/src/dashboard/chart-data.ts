/**
 * The dashboard's charts as data: each breakdown of GET /analytics/summary (`{ key, count }`,
 * largest first) as bars with their share of the period's claims, the longest lists cut
 * to their largest groups plus one "other" bar, and for channels the reference company's
 * shares beside them (DESIGN.md §2, "share of claims at the reference company").
 */
export interface KeyCount {
  key: string;
  count: number;
}

export interface Bar {
  key: string;
  count: number;
  /** share of the period's claims, 0–100, one decimal (null when there are none) */
  percent: number | null;
  /** the reference share, when there is one */
  reference?: number;
  /** how many groups an "other" bar stands for */
  groups?: number;
}

/** Hotline 27%, survey 18%, … of claims at the reference company (DESIGN.md §2). */
export const REFERENCE_CHANNEL_SHARES: Readonly<Record<string, number>> = {
  hotline: 27,
  survey: 18,
  online_review: 13,
  email: 12,
  web_form: 10,
  social_dm: 10,
  messenger: 7,
  retail_store: 2.5,
  post: 0.5,
};

export const OTHER = '__other__';

/** part × 100 ÷ whole, one decimal, rounded half away from zero (as the API rounds: docs/analytics.md). */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const tenths = (Math.abs(part) * 1000) / whole;
  return (Math.sign(part) * Math.round(tenths)) / 10;
}

export function bars(items: readonly KeyCount[], total: number, options: { max?: number; reference?: Readonly<Record<string, number>> } = {}): Bar[] {
  const { max = Infinity, reference } = options;
  const shown = items.length > max ? items.slice(0, max - 1) : items;
  const rest = items.slice(shown.length);
  const out: Bar[] = shown.map((i) => ({ key: i.key, count: i.count, percent: percentOf(i.count, total), ...(reference ? { reference: reference[i.key] ?? 0 } : {}) }));
  if (reference) {
    // channels of the reference deck with no claims in the period: a bar of 0 beside their share
    for (const key of Object.keys(reference)) {
      if (!items.some((i) => i.key === key)) out.push({ key, count: 0, percent: total > 0 ? 0 : null, reference: reference[key] });
    }
  }
  if (rest.length > 0) {
    const count = rest.reduce((sum, i) => sum + i.count, 0);
    out.push({ key: OTHER, count, percent: percentOf(count, total), groups: rest.length });
  }
  return out;
}

/** The length of each bar, 0–1, against the longest quantity drawn (bars and reference marks share one scale). */
export function scaleOf(list: readonly Bar[]): number {
  return Math.max(1e-9, ...list.map((b) => Math.max(b.percent ?? 0, b.reference ?? 0)));
}
