import { msToNumber, type Duration } from '@temporalio/common';
import { durationMs } from './duration';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

describe('durationMs', () => {
  it.each([
    ['24h', 24 * HOUR],
    ['10d', 10 * DAY],
    ['45 days', 45 * DAY],
    ['2s', 2 * SECOND],
    ['1.5d', 1.5 * DAY],
    ['90m', 90 * 60 * SECOND],
    ['1w', 7 * DAY],
    ['10', 10],
  ])('reads %j as %d ms', (input, expected) => {
    expect(durationMs(input)).toBe(expected);
  });

  it('passes a number of milliseconds through', () => {
    expect(durationMs(1234)).toBe(1234);
    expect(durationMs(0)).toBe(0);
  });

  it('leaves the sign to the caller', () => {
    expect(durationMs('-1d')).toBe(-DAY);
  });

  it.each(['7 dayz', '', ' 10d', 'ten days', '10 fortnights', '1d2h'])('rejects %j', (input) => {
    expect(() => durationMs(input)).toThrow(TypeError);
    expect(() => durationMs(input)).toThrow(
      `${JSON.stringify(input)} is not a duration the Temporal SDK accepts (e.g. "24h", "10d", "45 days")`,
    );
  });

  it.each([NaN, Infinity, -Infinity])('rejects the number %p', (input) => {
    expect(() => durationMs(input)).toThrow(`${input} is not a duration the Temporal SDK accepts`);
  });

  it.each([null, undefined, true, {}, ['1d']])('rejects a value that is neither string nor number: %p', (input) => {
    expect(() => durationMs(input as unknown as string)).toThrow(TypeError);
  });
});

describe('durationMs reads what the Temporal SDK reads, the same way', () => {
  const samples = ['1ms', '5 msecs', '2 milliseconds', '1s', '3 secs', '1 second', '2m', '5 mins', '1 minute', '1h', '2 hrs', '3 hours', '1d', '2 days', '1w', '2 weeks', '1y', '2 yrs', '1.5h', '.5d', '-2h', '10', '1D', '1H', '2 Days', '10  d', '1.d', '1e3', 'h', '5 x', '1.2.3h', '-.5s'];
  it.each(samples)('%j', (text) => {
    let sdk: number;
    try {
      sdk = msToNumber(text as Duration);
    } catch {
      sdk = NaN;
    }
    if (Number.isFinite(sdk)) expect(durationMs(text)).toBe(sdk);
    else expect(() => durationMs(text)).toThrow(TypeError);
  });
});
