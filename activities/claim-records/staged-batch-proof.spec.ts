import { nextLookMs, stagedTagOf } from './staged-batch-proof';

describe('stagedTagOf: the tag a staging local activity recorded in the history', () => {
  it('reads stagedAs from a staging result', () => {
    expect(stagedTagOf({ notificationIds: [], recorded: [{ seq: 2, action: 'sla.breached' }], stagedAs: 'd7acf4d4-1e13-401f-88c3-31fc3d6cd90a' })).toBe('d7acf4d4-1e13-401f-88c3-31fc3d6cd90a');
  });

  it('names nothing for other local activities\' results', () => {
    expect(stagedTagOf({ notificationIds: ['c:1'], recorded: [{ seq: 1, action: 'claim.received' }] })).toBeUndefined();
    expect(stagedTagOf({ number: 'CL-2026-000001', possibleDuplicateOf: [] })).toBeUndefined();
    expect(stagedTagOf(undefined)).toBeUndefined();
    expect(stagedTagOf(42)).toBeUndefined();
    expect(stagedTagOf({ stagedAs: 7 })).toBeUndefined();
  });
});

describe('nextLookMs: when the relay looks again at a batch its history does not name', () => {
  it('looks again at the poll interval while the batch is young', () => {
    expect(nextLookMs(0, 200)).toBe(200);
    expect(nextLookMs(300, 200)).toBe(200);
  });

  it('backs off to half the batch\'s age, at most a minute', () => {
    expect(nextLookMs(10_000, 200)).toBe(5_000);
    expect(nextLookMs(119_000, 200)).toBe(59_500);
    expect(nextLookMs(3_600_000, 200)).toBe(60_000);
  });
});
