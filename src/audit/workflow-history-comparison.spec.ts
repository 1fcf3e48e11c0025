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

  it('accepts staged batches at the end that wait for their promotion, and only those', () => {
    const closed = ev(4, 'claim.closed');
    // an action staged in its task (not yet in the log), after a batch written by activity
    const batches = [
      { events: [received], completed: true },
      { events: [triaged], completed: true, staged: true },
      { events: [noted], completed: true, staged: true },
    ];
    expect(compareWithWorkflow([received], batches)).toMatchObject({ matches: true, inFlight: 2 });
    expect(compareWithWorkflow([received, triaged], batches)).toMatchObject({ matches: true, inFlight: 1 });
    expect(compareWithWorkflow([received, triaged, noted], batches)).toMatchObject({ matches: true, inFlight: 0 });
    // a staged batch followed by a completed write must be in the log: that write promoted it
    const promoted = [...batches, { events: [closed], completed: true }];
    expect(compareWithWorkflow([received, closed], promoted).firstMismatch).toEqual({ index: 1, audit: closed, workflow: triaged });
    expect(compareWithWorkflow([received], promoted).firstMismatch).toEqual({ index: 1, audit: null, workflow: triaged });
    // what the log holds must still be the workflow's events, in order
    expect(compareWithWorkflow([received, noted], batches).firstMismatch).toEqual({ index: 1, audit: noted, workflow: triaged });
  });
});
