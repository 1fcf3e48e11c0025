import { stagedBatchVerdict, type HistoryEventBrief } from './staged-batch-proof';

const T = 1_764_000_000_123;
const proof = { taskStartedEventId: 10, taskStartedMs: T };
const history = (events: Record<number, HistoryEventBrief>) => (id: number) => events[id];
const started = (timeMs = T): HistoryEventBrief => ({ kind: 'task_started', timeMs });
const completed: HistoryEventBrief = { kind: 'task_completed', timeMs: T + 5 };
const other: HistoryEventBrief = { kind: 'other', timeMs: T + 5 };

describe('stagedBatchVerdict: did the task that staged a batch complete?', () => {
  it('promotes when the task started at h at the batch time and h+1 completed it', () => {
    expect(stagedBatchVerdict(proof, 12, history({ 10: started(), 11: completed, 12: other }))).toBe('promote');
  });

  it('waits while the history ends at the task or before it', () => {
    expect(stagedBatchVerdict(proof, 9, history({}))).toBe('wait');
    expect(stagedBatchVerdict(proof, 10, history({ 10: started() }))).toBe('wait');
  });

  it('drops the batch of a task that failed or timed out', () => {
    expect(stagedBatchVerdict(proof, 11, history({ 10: started(), 11: other }))).toBe('lost');
  });

  it('drops the batch of an attempt whose event id another attempt took (another time)', () => {
    expect(stagedBatchVerdict(proof, 11, history({ 10: started(T + 1), 11: completed }))).toBe('lost');
  });

  it('drops the batch when event h is no task start at all (a speculative task dropped, the run ended)', () => {
    expect(stagedBatchVerdict(proof, 11, history({ 10: other, 11: completed }))).toBe('lost');
  });

  it('waits when the reader did not reach an event it needs (never guesses)', () => {
    expect(stagedBatchVerdict(proof, 12, history({ 11: completed }))).toBe('wait');
    expect(stagedBatchVerdict(proof, 12, history({ 10: started() }))).toBe('wait');
  });
});
