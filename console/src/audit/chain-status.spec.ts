import { chainRows, type BrokenLinkInfo } from './chain-status';

const events = [3, 1, 2, 4].map((seq) => ({ seq, action: `a${seq}` }));
const link = (seq: number, check = 'hash'): BrokenLinkInfo => ({ seq, check, expected: 'x', found: 'y', detail: 'altered' });
const statuses = (rows: { seq: number; status: string; event?: unknown }[]) => rows.map((r) => `${r.seq}:${r.status}${r.event ? '' : '(missing)'}`);

describe('the chain status of each event', () => {
  it('an intact chain: every event verified, in seq order', () => {
    expect(statuses(chainRows(events, { ok: true, firstBroken: null }))).toEqual(['1:verified', '2:verified', '3:verified', '4:verified']);
  });

  it('an altered event: broken at its own row, verified before, not verified after', () => {
    const rows = chainRows(events, { ok: false, firstBroken: link(2) });
    expect(statuses(rows)).toEqual(['1:verified', '2:broken', '3:unverified', '4:unverified']);
    expect(rows[1].broken).toEqual(link(2));
    expect(rows[1].event).toEqual({ seq: 2, action: 'a2' });
  });

  it('a deleted event: a row of its own where it should be', () => {
    const rows = chainRows(events.filter((e) => e.seq !== 3), { ok: false, firstBroken: link(3, 'sequence') });
    expect(statuses(rows)).toEqual(['1:verified', '2:verified', '3:broken(missing)', '4:unverified']);
  });

  it('events missing at the end (the read model is ahead of the log), or the whole history gone', () => {
    expect(statuses(chainRows(events, { ok: false, firstBroken: link(5, 'missing_events') }))).toEqual(['1:verified', '2:verified', '3:verified', '4:verified', '5:broken(missing)']);
    expect(statuses(chainRows([], { ok: false, firstBroken: link(1, 'missing_events') }))).toEqual(['1:broken(missing)']);
  });

  it('a failed verification without a link named: nothing is claimed verified', () => {
    expect(statuses(chainRows(events.slice(0, 2), { ok: false, firstBroken: null }))).toEqual(['1:unverified', '3:unverified']);
  });
});
