import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { allowedActions } from '../../../domain/claim/transitions';
import { PROBLEM_TYPE_BASE } from '../../common/errors/problem-types';
import { flattenValidationErrors, validationExceptionFactory } from '../../common/validation/validation.pipe';
import { PROBLEM_EXAMPLES } from './claim-response.dto';
import { CREATE_CLAIM_EXAMPLE, CreateClaimDto } from './create-claim.dto';

describe('PROBLEM_EXAMPLES', () => {
  it('has the 409 of the DESIGN, with the actions a received claim allows', () => {
    expect(PROBLEM_EXAMPLES[409]).toMatchObject({
      type: `${PROBLEM_TYPE_BASE}invalid-transition`,
      title: 'Action not allowed now',
      status: 409,
      detail: 'cannot complete a remedy while the claim is received',
    });
    const received = allowedActions({ status: 'received', waitingOnCustomer: false }, new Date('2026-11-23T00:00:00Z'));
    expect(PROBLEM_EXAMPLES[409].allowedActions).toEqual(received);
  });

  it.each(Object.entries(PROBLEM_EXAMPLES))('keys the %s example by its own status', (status, problem) => {
    expect(problem.status).toBe(Number(status));
    expect(problem.type.startsWith(PROBLEM_TYPE_BASE)).toBe(true);
    expect(problem.instance.startsWith('/claims')).toBe(true);
  });

  it('shows in the 400 the very errors and detail the validation pipe produces for such a body', async () => {
    const body = JSON.parse(JSON.stringify(CREATE_CLAIM_EXAMPLE));
    body.order.price = -1;
    delete body.customer.phone;
    delete body.customer.email;
    const errors = await validate(plainToInstance(CreateClaimDto, body), { whitelist: true, forbidNonWhitelisted: true });
    expect(flattenValidationErrors(errors)).toEqual(PROBLEM_EXAMPLES[400].errors);
    expect(validationExceptionFactory(errors).message).toBe(PROBLEM_EXAMPLES[400].detail);
  });
});
