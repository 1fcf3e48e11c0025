/** Countdowns to a due time and day boundaries in the policy's zone, as the console shows and sends them. */
import { countdown, dayBoundary } from './time';

const NOW = Date.parse('2026-12-01T09:00:00Z');

describe('countdown', () => {
  it('says how long is left, in the two largest units, or how long it is overdue', () => {
    expect(countdown('2026-12-03T12:30:00Z', NOW, 'en')).toEqual({ text: 'in 2 d 3 h', overdue: false, left: (2 * 24 + 3.5) * 3_600_000 });
    expect(countdown('2026-12-01T09:45:00Z', NOW, 'ru').text).toBe('через 45 мин');
    expect(countdown('2026-12-01T06:59:00Z', NOW, 'en')).toMatchObject({ text: '2 h 1 min overdue', overdue: true });
    expect(countdown('2026-11-29T09:00:00Z', NOW, 'ru').text).toBe('просрочено на 2 д');
  });
});

describe('dayBoundary', () => {
  it('is the policy zone\'s day, with that zone\'s offset on that day', () => {
    expect(dayBoundary('2026-11-01', 'Europe/Moscow', false)).toBe('2026-11-01T00:00:00.000+03:00');
    expect(dayBoundary('2026-11-01', 'Europe/Moscow', true)).toBe('2026-11-01T23:59:59.999+03:00');
    // daylight saving: Berlin is +01:00 in winter, +02:00 in summer
    expect(dayBoundary('2026-01-15', 'Europe/Berlin', false)).toBe('2026-01-15T00:00:00.000+01:00');
    expect(dayBoundary('2026-07-15', 'Europe/Berlin', true)).toBe('2026-07-15T23:59:59.999+02:00');
    expect(dayBoundary('2026-07-15', 'UTC', false)).toBe('2026-07-15T00:00:00.000+00:00');
  });
});
