import { eventsQuery } from './events-query';

describe('the audit query string', () => {
  it('sends the policy\'s days with the zone\'s offset and leaves empty fields out', () => {
    expect(eventsQuery({ fromDay: '2026-11-01', toDay: '2026-11-30', claimId: ' CL-2026-000123 ', actor: '', role: 'agent', action: '  ' }, 'Europe/Moscow')).toEqual({
      from: '2026-11-01T00:00:00.000+03:00',
      to: '2026-11-30T23:59:59.999+03:00',
      claimId: 'CL-2026-000123',
      role: 'agent',
    });
    expect(eventsQuery({}, 'UTC')).toEqual({});
  });
});
