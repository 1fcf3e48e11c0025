import { ROLES } from '../auth/auth.types';
import { PERSONAL_DATA_ACCESS, REDACTED, redactAuditData, redactCustomer, redactCustomerName } from './personal-data.policy';

const customer = { name: 'Анна Петрова', phone: '+7 916 123-45-67', email: 'anna@example.com', language: 'ru' };

describe('personal data policy', () => {
  it('has a rule for every role, and suppliers never see personal data', () => {
    expect(Object.keys(PERSONAL_DATA_ACCESS).sort()).toEqual([...ROLES].sort());
    expect(PERSONAL_DATA_ACCESS.supplier).toBe('none');
    expect(PERSONAL_DATA_ACCESS.auditor).toBe('masked');
    expect(PERSONAL_DATA_ACCESS.agent).toBe('full');
  });

  it('keeps everything for full access', () => {
    expect(redactCustomer(customer, 'full')).toBe(customer);
  });

  it('masks for auditors: initials, last two digits, first letter and domain', () => {
    expect(redactCustomer(customer, 'masked')).toEqual({ name: 'А. П.', phone: '•••••••••67', email: 'a•••@example.com', language: 'ru' });
    expect(redactCustomer({ name: 'X', address: 'Lenina 1' }, 'masked')).toEqual({ name: 'X.', address: REDACTED });
  });

  it('removes contact details and the name for no access, leaving the input alone', () => {
    expect(redactCustomer(customer, 'none')).toEqual({ name: REDACTED, language: 'ru' });
    expect(customer.phone).toBe('+7 916 123-45-67');
    expect(redactCustomerName('Анна Петрова', 'supplier')).toBe(REDACTED);
  });

  it('redacts the intake customer inside audit data, and nothing else', () => {
    const data = { number: 'CL-1', intake: { channel: 'hotline', customer }, customer };
    const out = redactAuditData(data, 'auditor');
    expect(JSON.stringify(out)).not.toMatch(/anna@|123-45|Петрова/);
    expect(out).toMatchObject({ number: 'CL-1', intake: { channel: 'hotline', customer: { name: 'А. П.' } } });
    expect(redactAuditData(data, 'supervisor')).toBe(data);
    expect(redactAuditData({ reason: 'x' }, 'auditor')).toEqual({ reason: 'x' });
  });
});
