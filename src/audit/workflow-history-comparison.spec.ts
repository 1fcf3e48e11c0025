import { compareWithWorkflow, type ActionAt } from './workflow-history-comparison';

const ev = (seq: number, action: string): ActionAt => ({ seq, action });
const received = ev(1, 'claim.received');
const triaged = ev(2, 'claim.triaged');
const noted = ev(3, 'claim.noted');

describe('compareWithWorkflow', () => {
  it('matches the same actions in the same order', () => {
    const result = compareWithWorkflow([received, triaged, noted], [
      { events: [received], completed: true },
      { events: [triaged, noted], completed: true },
    ]);
    expect(result).toEqual({ matches: true, auditEvents: 3, workflowEvents: 3, inFlight: 0, firstMismatch: null });
  });

  it('accepts a batch still in flight, written or not', () => {
    const batches = [{ events: [received], completed: true }, { events: [triaged], completed: false }];
    expect(compareWithWorkflow([received], batches)).toMatchObject({ matches: true, inFlight: 1 });
    expect(compareWithWorkflow([received, triaged], batches)).toMatchObject({ matches: true });
  });

  it('names the first difference: other action, missing or extra event', () => {
    const batches = [{ events: [received, triaged, noted], completed: true }];
    expect(compareWithWorkflow([received, ev(2, 'claim.withdrawn'), noted], batches).firstMismatch).toEqual({
      index: 1,
      audit: ev(2, 'claim.withdrawn'),
      workflow: triaged,
    });
    expect(compareWithWorkflow([received, noted], batches).firstMismatch).toEqual({ index: 1, audit: noted, workflow: triaged });
    expect(compareWithWorkflow([received, triaged], batches).firstMismatch).toEqual({ index: 2, audit: null, workflow: noted });
    expect(compareWithWorkflow([received, triaged, noted, ev(4, 'claim.forged')], batches).firstMismatch).toEqual({
      index: 3,
      audit: ev(4, 'claim.forged'),
      workflow: null,
    });
  });
});
