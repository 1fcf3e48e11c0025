import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_SCHEMA } from './policy.schema';

/** Every field path the schema declares: `remedyDeadlines.refund`, `followUp.surveyDelay`, … */
function fieldPaths(shape: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    let inner = schema as { def: { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown> } };
    // through defaults, pipes and refinements to the object, if any
    while (inner.def.type === 'default' || inner.def.type === 'pipe') inner = (inner.def.innerType ?? inner.def.in) as typeof inner;
    const nested = inner.def.type === 'object' ? inner.def.shape : undefined;
    return nested ? fieldPaths(nested, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

describe('the policy documentation', () => {
  const docs = ['policy/README.md', 'docs/follow-up.md'].map((f) => readFileSync(join(__dirname, '..', '..', f), 'utf8')).join('\n');

  it('describes every field of the schema', () => {
    const paths = fieldPaths(POLICY_SCHEMA.def.shape as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining(['name', 'remedyDeadlines.repairMax', 'businessCalendar.weekend', 'followUp.reviewPlatforms']));
    // a field is named in full, or by its last part next to its section's other fields
    const undocumented = paths.filter((p) => !docs.includes(`\`${p}\``) && !docs.includes(`\`${p.split('.').pop()}\``));
    expect(undocumented).toEqual([]);
  });
});
