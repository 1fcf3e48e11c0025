import { exportFileName } from './download';

describe('export file names', () => {
  it('name the claim and the period, with the format as extension', () => {
    expect(exportFileName('csv', {})).toBe('audit-events.csv');
    expect(exportFileName('ndjson', { fromDay: '2026-11-01', toDay: '2026-11-30' })).toBe('audit-events-2026-11-01_2026-11-30.ndjson');
    expect(exportFileName('csv', { claimId: 'CL-2026-000123', fromDay: '2026-11-01' })).toBe('audit-events-CL-2026-000123-2026-11-01_now.csv');
    expect(exportFileName('csv', { claimId: '../x y' })).toBe('audit-events-xy.csv');
  });
});
