/**
 * A survey answer the claim's workflow refuses although its link looked open a moment
 * before (answered, expired or closed in between) gets the customer's page for a dead
 * link, never a problem document in English.
 */
import { DomainError } from '../common/errors/domain-error';
import { surveyProblemOfRefusal } from './surveys.service';

const expiresAt = Date.parse('2031-03-10T09:00:00Z');

describe('surveyProblemOfRefusal', () => {
  it('maps the workflow refusals to the survey pages', () => {
    expect(surveyProblemOfRefusal(new DomainError('invalid_transition', 'this survey has already been answered, thank you'), expiresAt, expiresAt - 1)).toBe('answered');
    expect(surveyProblemOfRefusal(new DomainError('not_found', 'no such claim'), expiresAt, expiresAt - 1)).toBe('closed');
  });

  it('says expired when the link has run out by the answer, closed when the survey ended otherwise', () => {
    const gone = new DomainError('gone', 'this survey expired on 2031-03-10T09:00:00.000Z');
    expect(surveyProblemOfRefusal(gone, expiresAt, expiresAt)).toBe('expired');
    expect(surveyProblemOfRefusal(gone, expiresAt, expiresAt + 60_000)).toBe('expired');
    expect(surveyProblemOfRefusal(new DomainError('gone', 'this survey is closed'), expiresAt, expiresAt - 60_000)).toBe('closed');
  });

  it('leaves anything else to the error handler (a 503 while Temporal is away stays a 503)', () => {
    expect(surveyProblemOfRefusal(new DomainError('unavailable', 'Temporal is unavailable'), expiresAt, expiresAt - 1)).toBeUndefined();
    expect(surveyProblemOfRefusal(new Error('boom'), expiresAt, expiresAt - 1)).toBeUndefined();
  });
});
