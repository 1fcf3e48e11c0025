/**
 * The layers, enforced (`npm run lint:layers`, part of `npm test`):
 *
 *   domain  ←  workflows  ←  src (the API and the worker)  ←  embedded (dev start)
 *      ↖  activities  ←───────┘
 *
 * - domain/: pure rules — no framework, no other layer (zod only to declare the policy file,
 *   kept out of workflow code).
 * - workflows/: domain + the workflow SDK; of activities only their contracts
 *   (`*.contract.ts`, the types proxyActivities needs).
 * - activities/: domain + I/O libraries; never workflow code, never the app.
 * - src/: anything below it, but of workflows only their public surface (messages,
 *   ids, search attributes, commands), and of activities no implementation outside the
 *   worker that registers them; src/common is shared by features and imports none.
 * - embedded/, test/, bench/: tooling; the app never imports them.
 * - No import cycles anywhere.
 * Specs (`*.spec.ts`) are tests: they may reach across layers.
 */
const APP = '^(domain|workflows|activities|src|embedded)/';
const WORKFLOW_SURFACE = '^workflows/(.+[.]messages|.+[.]ids|.+/search-attributes|shared/commands)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle: split the shared part into its own file.',
      severity: 'error',
      from: { path: APP },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds pure rules: it imports only domain/ (and Node built-ins), no framework, no other layer; ' +
        'zod (pure validation, no I/O) only where the policy file is declared.',
      severity: 'error',
      from: { path: '^domain/', pathNot: '[.]spec[.]ts$' },
      to: { pathNot: ['^domain/', '^node_modules/zod/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'zod-only-in-the-policy-schema',
      comment: 'zod in domain/ is for declaring the policy file (policy.schema.ts; policy.types.ts infers its types from it).',
      severity: 'error',
      from: { path: '^domain/', pathNot: ['^domain/policy/policy[.](schema|types)[.]ts$', '[.]spec[.]ts$'] },
      to: { path: '^node_modules/zod/' },
    },
    {
      name: 'workflows-never-load-the-policy-schema',
      comment: 'Workflow code reads policy snapshots through policy.rules.ts; the schema (and zod) stay out of the workflow bundle.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^domain/policy/policy[.]schema[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflows-see-domain-and-contracts',
      comment: 'Workflow code runs in the sandbox: domain/, workflows/, the SDK, and activity contracts only.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: '[.]spec[.]ts$' },
      to: { pathNot: ['^(domain|workflows)/', '^activities/.+[.]contract[.]ts$', '^node_modules/@temporalio/(workflow|common)/'] },
    },
    {
      name: 'activities-below-workflows-and-app',
      comment: 'Activities are called by workflows and registered by the worker; they never import either.',
      severity: 'error',
      from: { path: '^activities/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^(workflows|src|embedded)/' },
    },
    {
      name: 'app-sees-workflow-surface-only',
      comment: 'The app talks to workflows through their messages, ids, search attributes and commands, never their code.',
      severity: 'error',
      from: { path: '^src/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^workflows/', pathNot: WORKFLOW_SURFACE },
    },
    {
      name: 'activity-implementations-only-in-the-worker',
      comment: 'Only the worker registers activities; the rest of the app may use their contracts and shared helpers.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/worker/', '[.]spec[.]ts$'] },
      to: { path: '^activities/.+[.]activities[.]ts$' },
    },
    {
      name: 'common-imports-no-feature',
      comment: 'src/common is shared by the features; it may use config and domain, never a feature.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/(common|config)/' },
    },
    {
      name: 'app-never-imports-tooling',
      comment: 'embedded/, test/ and bench/ are tooling around the app; the app does not depend on them.',
      severity: 'error',
      from: { path: '^(domain|workflows|activities|src)/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^(embedded|test|bench|scripts|console)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|console)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
