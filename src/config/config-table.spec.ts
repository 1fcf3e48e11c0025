import { readFileSync } from 'node:fs';
import { configTable, readmePath, readmeWithTable } from './config-table';
import { variableDefault } from './config.schema';

describe('the configuration table', () => {
  it("is the README's copy (run `npm run docs:config` after changing config.schema.ts)", () => {
    const readme = readFileSync(readmePath(), 'utf8');
    expect(readmeWithTable(readme)).toBe(readme);
  });

  it('shows the defaults the code applies', () => {
    expect(variableDefault('PORT')).toBe('3000');
    expect(variableDefault('RATE_LIMIT_PER_MINUTE')).toBe('600');
    expect(variableDefault('DATABASE_URL')).toBeUndefined();
    const table = configTable();
    expect(table).toContain('| `PORT` | `3000` |');
    expect(table).toContain('| `LOG_LEVEL` | `log` |');
    expect(table).toContain('| `ACTION_WAIT_TIMEOUT` | `15s` |');
  });
});
