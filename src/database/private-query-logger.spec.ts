import { configureLogging } from '../common/logging/app-log';
import { PrivateQueryLogger, statementHead } from './private-query-logger';

describe('PrivateQueryLogger', () => {
  it('logs a failed statement by its SQLSTATE and first words, never its parameters or the message', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((line: unknown) => (lines.push(JSON.parse(String(line)).msg), true));
    try {
      const error = Object.assign(new Error('invalid input syntax for type integer: "Анна Петрова"'), { code: '22P02' });
      new PrivateQueryLogger().logQueryError(error, 'INSERT INTO claims (id, customer_name, customer_phone)\n VALUES ($1, $2, $3)', ['x', 'Анна Петрова', '+79161234567']);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual(['query failed (SQLSTATE 22P02): INSERT INTO claims (id, customer_name, customer_phone) VALUES ($1, $2, $3)']);
  });

  it('logs statements only when verbose', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    configureLogging({ format: 'json', level: 'debug' });
    try {
      new PrivateQueryLogger().logQuery('SELECT 1', []);
      expect(spy).not.toHaveBeenCalled();
      new PrivateQueryLogger(true).logQuery('SELECT 1', ['secret']);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(spy.mock.calls[0][0]))).toMatchObject({ level: 'debug', context: 'Database', msg: 'query: SELECT 1' });
    } finally {
      spy.mockRestore();
      configureLogging({ format: 'json', level: 'log' });
    }
  });

  it('shortens long statements', () => {
    expect(statementHead(`SELECT ${'a, '.repeat(100)}b`)).toHaveLength(81);
  });
});
