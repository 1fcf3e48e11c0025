import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, defaultPolicyFile, describeConfig, loadConfig, maskUrl, packageRoot } from './app-config';

const ADMIN_KEY = 'a'.repeat(24);

describe('loadConfig', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wce-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function problemsOf(env: NodeJS.ProcessEnv): string[] {
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).problems;
    }
    throw new Error('expected a ConfigError');
  }

  it('applies the defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      temporal: { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'claims' },
      adminApiKey: undefined,
      bodyLimit: '256kb',
      logLevel: 'log',
      actionWaitMs: 15_000,
    });
    expect(config.policyFile).toBe(join(packageRoot(), 'policy', 'default-policy.json'));
    expect(config.policy.name).toBe(JSON.parse(readFileSync(defaultPolicyFile(), 'utf8')).name);
  });

  it('finds the package root from the sources and from the build output', () => {
    const root = packageRoot();
    expect(packageRoot(join(root, 'src', 'config'))).toBe(root);
    expect(packageRoot(join(root, 'dist', 'src', 'config'))).toBe(root);
  });

  it('reads every variable', () => {
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, readFileSync(defaultPolicyFile()));
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app:secret@db:5432/claims',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_NAMESPACE: 'claims-prod',
      TEMPORAL_TASK_QUEUE: 'claims-eu',
      ADMIN_API_KEY: ADMIN_KEY,
      CLAIMS_POLICY_FILE: policyFile,
      BODY_LIMIT: '1mb',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app:secret@db:5432/claims',
      temporal: { address: 'temporal.internal:7233', namespace: 'claims-prod', taskQueue: 'claims-eu' },
      adminApiKey: ADMIN_KEY,
      policyFile,
      bodyLimit: '1mb',
      logLevel: 'debug',
    });
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ', ADMIN_API_KEY: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      adminApiKey: undefined,
    });
  });

  it('reports every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://db/claims',
      TEMPORAL_ADDRESS: 'no-port',
      ADMIN_API_KEY: 'short',
      BODY_LIMIT: 'lots',
      LOG_LEVEL: 'verbose',
      CLAIMS_POLICY_FILE: join(dir, 'missing.json'),
    });
    expect(problems).toHaveLength(7);
    for (const name of ['PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'ADMIN_API_KEY', 'BODY_LIMIT', 'LOG_LEVEL', 'CLAIMS_POLICY_FILE']) {
      expect(problems.some((p) => p.startsWith(`${name}:`) || p.startsWith(`${name} (`))).toBe(true);
    }
    expect(problems.find((p) => p.startsWith('CLAIMS_POLICY_FILE'))).toContain('no such file');
  });

  it('puts each problem on its own line of the error message', () => {
    expect(() => loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' })).toThrow(
      /invalid configuration \(2 problems\):\n {2}- PORT: .*\n {2}- LOG_LEVEL: /,
    );
  });

  it('reads ACTION_WAIT_TIMEOUT as a duration and refuses nonsense', () => {
    expect(loadConfig({ ACTION_WAIT_TIMEOUT: '4s' }).actionWaitMs).toBe(4000);
    for (const bad of ['soon', '10', '-5s']) {
      expect(problemsOf({ ACTION_WAIT_TIMEOUT: bad })).toEqual([expect.stringMatching(/^ACTION_WAIT_TIMEOUT: must be a duration/)]);
    }
  });

  it("reads WORKER_CACHED_WORKFLOWS as a whole number, leaving the SDK's default when unset", () => {
    expect(loadConfig({}).workerCachedWorkflows).toBeUndefined();
    expect(loadConfig({ WORKER_CACHED_WORKFLOWS: '500' }).workerCachedWorkflows).toBe(500);
    for (const bad of ['0', 'many', '1.5', '200000']) {
      expect(problemsOf({ WORKER_CACHED_WORKFLOWS: bad })).toEqual([expect.stringMatching(/^WORKER_CACHED_WORKFLOWS: must be a whole number 1-100000/)]);
    }
  });

  it('reads WORKFLOW_STACK_TRACE_LIMIT as a whole number 0-100, 0 when unset', () => {
    expect(loadConfig({}).workflowStackTraceLimit).toBe(0);
    expect(loadConfig({ WORKFLOW_STACK_TRACE_LIMIT: '10' }).workflowStackTraceLimit).toBe(10);
    for (const bad of ['-1', 'all', '2.5', '101']) {
      expect(problemsOf({ WORKFLOW_STACK_TRACE_LIMIT: bad })).toEqual([expect.stringMatching(/^WORKFLOW_STACK_TRACE_LIMIT: must be a whole number 0-100/)]);
    }
  });

  it('rejects an admin key with whitespace', () => {
    expect(problemsOf({ ADMIN_API_KEY: `${ADMIN_KEY} ${ADMIN_KEY}` })).toEqual([
      'ADMIN_API_KEY: must not contain whitespace',
    ]);
  });

  it('reports a policy file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "name": ');
    const [problem] = problemsOf({ CLAIMS_POLICY_FILE: file });
    expect(problem).toMatch(new RegExp(`^CLAIMS_POLICY_FILE \\(${file}\\): is not valid JSON`));
  });

  it("reports the policy validator's problems, prefixed with the file path", () => {
    const file = join(dir, 'invalid.json');
    const policy = JSON.parse(readFileSync(defaultPolicyFile(), 'utf8'));
    delete policy.firstResponseSla;
    policy.penaltyRatePerDay = -1;
    writeFileSync(file, JSON.stringify(policy));
    const problems = problemsOf({ CLAIMS_POLICY_FILE: file, PORT: 'x' });
    const policyProblems = problems.filter((p) => p.startsWith(`CLAIMS_POLICY_FILE (${file}): `));
    expect(policyProblems.length).toBeGreaterThanOrEqual(2);
    expect(policyProblems.join('\n')).toContain('firstResponseSla');
    expect(policyProblems.join('\n')).toContain('penaltyRatePerDay');
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
  });

  it('reads the security settings: codec keys, CORS origins for the codec, rate limit', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      PAYLOAD_CODEC_KEYS: `old:${key},new:${key}`,
      PAYLOAD_CODEC_KEY_ID: 'old',
      CODEC_CORS_ORIGINS: 'https://temporal.example.com, http://localhost:8233',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config.payloadCodec?.currentKeyId).toBe('old');
    expect([...config.payloadCodec!.keys.keys()]).toEqual(['old', 'new']);
    expect(config.codecCorsOrigins).toEqual(['https://temporal.example.com', 'http://localhost:8233']);
    expect(config.rateLimitPerMinute).toBe(0);
    const defaults = loadConfig({});
    expect(defaults.payloadCodec).toBeUndefined();
    expect(defaults.rateLimitPerMinute).toBe(600);
    expect(defaults.codecCorsOrigins).toEqual(['http://localhost:8233', 'http://127.0.0.1:8233']);
  });

  it('reports bad security settings', () => {
    const problems = problemsOf({
      PAYLOAD_CODEC_KEYS: 'k1:tooshort',
      CODEC_CORS_ORIGINS: 'localhost:8233',
      RATE_LIMIT_PER_MINUTE: '-5',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^CODEC_CORS_ORIGINS: "localhost:8233" is not an origin/),
      expect.stringMatching(/^RATE_LIMIT_PER_MINUTE: must be a whole number/),
      expect.stringMatching(/^PAYLOAD_CODEC_KEYS entry 1 \("k1"\): the key must be 32 bytes/),
    ]);
    expect(problemsOf({ PAYLOAD_CODEC_KEY_ID: 'k1' })).toEqual([expect.stringMatching(/PAYLOAD_CODEC_KEYS is not/)]);
  });

  it('resolves a relative policy path against the working directory', () => {
    const config = loadConfig({ CLAIMS_POLICY_FILE: 'policy/default-policy.json' });
    expect(config.policyFile).toBe(join(process.cwd(), 'policy', 'default-policy.json'));
  });
});

describe('describeConfig', () => {
  it('masks the database password and the admin key', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:s3cret-pass@db:5432/claims',
      ADMIN_API_KEY: 'super-secret-admin-key-0123456789',
    });
    const line = describeConfig(config);
    expect(line).not.toContain('s3cret-pass');
    expect(line).not.toContain('super-secret-admin-key');
    expect(line).toContain('postgres://app:***@db:5432/claims');
    expect(line).toContain('ADMIN_API_KEY=<set>');
    expect(line).toContain('TEMPORAL_ADDRESS=127.0.0.1:7233');
    expect(line).toContain('AUDIT_CHECKPOINT_KEY=<unset>');
    expect(line).toContain('payloadCodec=OFF');
  });

  it('never shows payload codec keys', () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    const line = describeConfig(loadConfig({ PAYLOAD_CODEC_KEYS: `k1:${key}` }));
    expect(line).toContain('payloadCodec=on (current key k1, 1 key(s))');
    expect(line).not.toContain(key);
  });
});

describe('packageRoot', () => {
  it('finds the repository from the sources and from the build output, never a package.json copied into dist/', () => {
    const root = mkdtempSync(join(tmpdir(), 'wce-root-'));
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'src', 'embedded'), { recursive: true });
    mkdirSync(join(root, 'dist', 'src', 'embedded'), { recursive: true });
    writeFileSync(join(root, 'dist', 'package.json'), '{}');
    expect(packageRoot(join(root, 'src', 'embedded'))).toBe(root);
    expect(packageRoot(join(root, 'dist', 'src', 'embedded'))).toBe(root);
  });

  it('is this repository by default', () => {
    expect(existsSync(join(packageRoot(), 'workflows', 'claim', 'search-attributes.ts'))).toBe(true);
  });
});

describe('maskUrl', () => {
  it('hides the password', () => {
    expect(maskUrl('postgres://postgres:s3cret@127.0.0.1:54320/claims')).toBe('postgres://postgres:***@127.0.0.1:54320/claims');
    expect(maskUrl('postgres://postgres@127.0.0.1/claims')).toBe('postgres://postgres@127.0.0.1/claims');
    expect(maskUrl('not a url')).toBe('<unparseable URL>');
  });
});
