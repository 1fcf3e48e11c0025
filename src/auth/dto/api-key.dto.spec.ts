import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { createValidationPipe } from '../../common/validation/validation.pipe';
import { CreateApiKeyDto } from './api-key.dto';

const metadata: ArgumentMetadata = { type: 'body', metatype: CreateApiKeyDto };

async function fieldErrors(body: unknown): Promise<Record<string, string>> {
  try {
    await createValidationPipe().transform(body, metadata);
    return {};
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    const errors = (err as DomainError).extras.errors as { field: string; message: string }[];
    return Object.fromEntries(errors.map((e) => [e.field, e.message]));
  }
}

describe('CreateApiKeyDto', () => {
  it('accepts a staff key and a supplier key bound to a supplier', async () => {
    expect(await fieldErrors({ name: 'care desk', role: 'agent' })).toEqual({});
    expect(await fieldErrors({ name: 'portal', role: 'supplier', supplierId: 'fabrika-yug' })).toEqual({});
  });

  it('trims the name', async () => {
    const dto = await createValidationPipe().transform({ name: '  care desk ', role: 'agent' }, metadata);
    expect(dto.name).toBe('care desk');
  });

  it('requires supplierId for a supplier key and refuses it for the others', async () => {
    expect(await fieldErrors({ name: 'portal', role: 'supplier' })).toEqual({
      supplierId: 'supplierId is required for keys with role supplier',
    });
    expect(await fieldErrors({ name: 'desk', role: 'agent', supplierId: 'fabrika-yug' })).toEqual({
      supplierId: 'supplierId is only allowed for keys with role supplier',
    });
    expect(await fieldErrors({ name: 'portal', role: 'supplier', supplierId: '../etc' })).toHaveProperty('supplierId');
  });

  it('refuses an unknown role, an empty name and the reserved name', async () => {
    expect(await fieldErrors({ name: '', role: 'root' })).toEqual({
      name: 'name should not be empty',
      role: 'role must be one of: agent, supervisor, supplier, auditor, integration, admin',
    });
    expect(await fieldErrors({ name: 'bootstrap-admin', role: 'admin' })).toEqual({
      name: 'name "bootstrap-admin" is reserved for the ADMIN_API_KEY key',
    });
  });
});
