/** The bench results as the Markdown tables docs/benchmarks.md carries. */
import type { BenchResults } from '../bench.main';
import type { LoadResult } from './load.runner';
import type { WriterCost } from '../phases/writer.phase';
import type { LifecycleRun } from '../phases/lifecycle.phase';

const n = (x: number | undefined, digits = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const lines: string[] = [
    `### ${m.date.slice(0, 10)} — ${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpuModel}, Node ${m.node}` +
      ` (load average ${m.loadAverageAtStart} at start${r.config.quick ? '; quick run' : ''})`,
  ];
  if (r.baseline || r.minimal || r.intake || r.actions) {
    lines.push('', '| measure | concurrency | per second | p50 ms | p95 ms | p99 ms | ratio to baseline | failed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  }
  // ratios against the minimal program when it ran, else against raw starts
  const baseAt = (c: number) => (r.minimal?.closedLoop ?? r.baseline)?.find((b) => b.concurrency === c)?.perSecond;
  const updateBaseAt = (c: number) => r.minimal?.actions.closedLoop.find((b) => b.concurrency === c)?.perSecond;
  const row = (what: string, x: LoadResult, ratio?: number) =>
    lines.push(`| ${what} | ${x.concurrency} | ${n(x.perSecond)} | ${n(x.p50)} | ${n(x.p95)} | ${n(x.p99)} | ${ratio === undefined ? '–' : n(ratio, 2)} | ${x.failed} |`);
  for (const b of r.baseline ?? []) row('reference: raw workflow starts (no workflow task)', b, r.minimal ? undefined : 1);
  for (const b of r.minimal?.closedLoop ?? []) row('baseline: minimal program (update-with-start + local-activity row)', b, 1);
  for (const x of r.intake?.runs ?? []) row('intake: `POST /claims`', x, baseAt(x.concurrency) ? x.perSecond / baseAt(x.concurrency)! : undefined);
  for (const b of r.minimal?.actions.closedLoop ?? []) row('baseline: minimal Update (on a running workflow, local-activity row)', b, 1);
  for (const x of r.actions?.runs ?? []) row('action Update: `POST /claims/:id/notes` (ratio to the minimal Update)', x, updateBaseAt(x.concurrency) ? x.perSecond / updateBaseAt(x.concurrency)! : undefined);
  const open = [
    ...(r.minimal?.openLoop ?? []).map((x) => ['minimal program', x] as const),
    ...(r.intake?.openLoop ?? []).map((x) => ['intake `POST /claims`', x] as const),
    ...(r.minimal?.actions.openLoop ?? []).map((x) => ['minimal Update', x] as const),
    ...(r.actions?.openLoop ?? []).map((x) => ['action Update `POST /claims/:id/notes`', x] as const),
  ];
  if (open.length) {
    lines.push('', '| open loop (fixed arrivals) | rate /s | done /s | p50 ms | p95 ms | p99 ms | failed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [what, x] of open) lines.push(`| ${what} | ${x.ratePerSecond} | ${n(x.perSecond)} | ${n(x.p50)} | ${n(x.p95)} | ${n(x.p99)} | ${x.failed} |`);
  }
  if (r.workers) {
    const w = r.workers;
    lines.push('', `| several workers on one task queue (intake, concurrency ${w.concurrency}) | per second | p50 ms | p99 ms | failed |`, '| --- | ---: | ---: | ---: | ---: |');
    for (const [what, x] of [['one worker', w.oneWorker], ['two workers', w.twoWorkers]] as const) lines.push(`| ${what} | ${n(x.perSecond)} | ${n(x.p50)} | ${n(x.p99)} | ${x.failed} |`);
    lines.push('', `Two workers vs one: ${n(w.twoWorkers.perSecond / w.oneWorker.perSecond, 2)}×. Judged ${w.claimsJudged} claims of both runs: ${w.problems.length === 0 ? 'nothing lost or doubled (one claim each, every event once and in order, chain intact, intake notification once and sent)' : `${w.problems.length} problems, e.g. ${w.problems.slice(0, 3).join('; ')}`}.`);
  }
  if (r.soak) {
    const k = r.soak;
    lines.push('', `Soak, ${n(k.seconds / 60)} min at 10 intakes/s + 5 note Updates/s (${k.openClaimsAtEnd} open claims at the end): intake p50/p99 ${n(k.intakes.p50)}/${n(k.intakes.p99)} ms (${k.intakes.failed} failed), notes p50/p99 ${n(k.actions.p50)}/${n(k.actions.p99)} ms (${k.actions.failed} failed); worker RSS after forced GC ${n(k.samples[0][1])} → ${n(k.samples[k.samples.length - 1][1])} MiB, slope ${n(k.slopeMiBPerMinute, 2)} MiB/min overall, ${n(k.secondHalfSlopeMiBPerMinute, 2)} MiB/min over the second half.`);
    if (k.cache) {
      const c = k.cache;
      lines.push(
        c.cacheFullAfterSeconds === null
          ? `Workflow cache (cap ${k.cacheCap}) still filling at the end: ${n(c.mibPer1000Cached)} MiB per 1,000 cached workflows.`
          : `Workflow cache (cap ${k.cacheCap}) full after ${n(c.cacheFullAfterSeconds)} s, ${n(c.mibPer1000Cached)} MiB per 1,000 cached workflows while it filled; slope once full ${n(c.fullCacheSlopeMiBPerMinute, 2)} MiB/min.`,
      );
    }
    if (k.windows?.length) {
      const share = (w: (typeof k.windows)[number], p: string) => (w.coreShare[p] === undefined ? '–' : n(w.coreShare[p], 2));
      lines.push('', `| soak, window of ${k.windowSeconds} s | intakes p50 · p99 ms | notes p50 · p99 ms | cores busy: worker · API · server |`, '| --- | ---: | ---: | ---: |');
      for (const w of k.windows) {
        const c = (kind: string) => (w.calls[kind] ? `${n(w.calls[kind].p50)} · ${n(w.calls[kind].p99)}` : '–');
        lines.push(`| ${n(w.fromS)}–${n(w.toS)} s | ${c('intakes')} | ${c('notes')} | ${share(w, 'worker')} · ${share(w, 'api')} · ${share(w, 'server')} |`);
      }
    }
  }
  if (r.timerBatches) {
    const t = r.timerBatches;
    const list = (xs: number[]) => xs.map((x) => n(x, 2)).join(' / ');
    lines.push('', `| timer batch, ${t.workflows} workflows × ${t.timersEach} timers (rounds alternating) | server CPU ms per batch | history events per workflow |`, '| --- | ---: | ---: |');
    for (const v of t.variants) lines.push(`| ${v.workflow === 'benchTimersWithActivity' ? 'written by an activity (a claim today)' : 'written by a local activity in the timer\'s task (staged)'} | ${list(v.serverMsPerBatch)} | ${v.historyEvents} |`);
    lines.push(`| a relay's proof: one read of a history's last 8 events | ${list(t.serverMsPerTailRead)} | – |`);
  }
  if (r.levers?.length) {
    const first = r.levers[0];
    lines.push('', '| worker lever (in-process claims workers, alternating rounds, concurrency 8) | intakes /s | CPU ms per intake (worker + client) | CPU vs first | history events per intake |', '| --- | ---: | ---: | ---: | ---: |');
    for (const v of r.levers) lines.push(`| ${v.name} | ${n(v.perSecond)} | ${n(v.cpuMsPerIntake)} | ${n(v.cpuMsPerIntake / first.cpuMsPerIntake, 2)} | ${v.historyEvents} |`);
  }
  if (r.intake) {
    lines.push('', '| worker (child process, from /proc) | value |', '| --- | ---: |');
    const w = r.intake.worker;
    lines.push(`| RSS growth per 1,000 open claims (${w.openClaims} opened; after forced GC) | ${n(w.rssMiBPer1000Open)} MiB |`);
    lines.push(`| CPU per 1,000 intakes | ${n(w.cpuSecondsPer1000Intakes, 2)} s |`);
    lines.push(`| RSS after intake | ${n(w.rssMiBAfter)} MiB |`);
    const o = r.intake.cpuSecondsPer1000IntakesOf;
    lines.push(`| for comparison, CPU per 1,000 intakes of the API | ${n(o.api, 2)} s |`);
    if (o.temporalServer !== undefined) lines.push(`| … and of the Temporal dev server | ${n(o.temporalServer, 2)} s |`);
    const m = r.minimal?.cpuMsPerIntake;
    if (m) lines.push(`| minimal program, for comparison: its worker + client CPU per 1,000 intakes | ${n(m.program, 2)} s |`);
    if (m?.temporalServer !== undefined && o.temporalServer !== undefined) {
      lines.push(`| … the Temporal dev server's per 1,000 of its intakes | ${n(m.temporalServer, 2)} s (intake: ${n(o.temporalServer / m.temporalServer, 2)}×) |`);
    }
  }
  if (r.actions?.cpuMsPerAction) {
    const a = r.actions.cpuMsPerAction;
    const m = r.minimal?.cpuMsPerAction;
    lines.push('', '| CPU per note Update (every action run) | ms |', '| --- | ---: |');
    lines.push(`| worker | ${n(a.worker, 2)} |`, `| API | ${n(a.api, 2)} |`);
    if (a.temporalServer !== undefined) lines.push(`| Temporal dev server | ${n(a.temporalServer, 2)} |`);
    if (a.loadGenerator !== undefined) lines.push(`| the load generator's HTTP client (this process) | ${n(a.loadGenerator, 2)} |`);
    const floor = r.actions.apiFloor;
    if (floor) {
      lines.push(
        `| the API's floor: \`GET /auth/me\` (HTTP, Nest, the key's lookup) at concurrency 8, ${n(floor.run.perSecond)}/s: the API's CPU per request | ${n(floor.apiCpuMsPerRequest, 2)} |`,
        `| … and the load generator's per request | ${n(floor.loadGeneratorCpuMsPerRequest, 2)} |`,
      );
    }
    if (m) lines.push(`| minimal Update, for comparison: its worker + client | ${n(m.program, 2)} |`);
    if (m?.temporalServer !== undefined && a.temporalServer !== undefined) {
      lines.push(`| … the Temporal dev server's per minimal Update | ${n(m.temporalServer, 2)} (note Update: ${n(a.temporalServer / m.temporalServer, 2)}×) |`);
    }
  }
  if (r.writer) {
    const w = r.writer;
    lines.push('', `| the audit writer alone, one batch at a time (${w.batches} each) | round trips | CPU ms (this process) | PostgreSQL CPU ms | ms |`, '| --- | ---: | ---: | ---: | ---: |');
    const row = (name: string, c: WriterCost) => `| ${name} | ${n(c.roundTrips, 1)} | ${n(c.cpuMs, 2)} | ${n(c.postgresCpuMs, 2)} | ${n(c.ms, 2)} |`;
    lines.push(row('intake batch (worker)', w.intake), row('note staged (worker, in the Update\'s task)', w.noteStage), row('note promoted (API)', w.notePromotion));
  }
  if (r.lifecycle) {
    const l = r.lifecycle;
    lines.push(
      '',
      `| full lifecycles, intake → workflow completed (short policy; alone: ${n(l.aloneMs / 1000)} s, ${l.historyEvents} history events) | started /s | completed | completed /s | p50 s | p99 s | CPU ms per lifecycle: worker · API · server | failed |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    const row = (what: string, x: LifecycleRun) => {
      const cpu = x.cpuMsPerLifecycle;
      return `| ${what} | ${x.ratePerSecond} | ${x.completed} | ${n(x.completedPerSecond)} | ${n(x.p50 / 1000)} | ${n(x.p99 / 1000)} | ${n(cpu.worker, 0)} · ${n(cpu.api, 0)} · ${n(cpu.temporalServer, 0)} | ${x.failed} |`;
    };
    const m = l.minimal;
    for (const x of l.runs) {
      lines.push(row('open loop', x));
      const base = m?.runs.find((b) => b.ratePerSecond === x.ratePerSecond);
      if (base) {
        const ratio = (a: number, b: number) => n(a / b, 2);
        lines.push(
          row(
            `… minimal program's lifecycle (completed/s ${ratio(x.completedPerSecond, base.completedPerSecond)}×, server CPU ${ratio(x.cpuMsPerLifecycle.temporalServer ?? Number.NaN, base.cpuMsPerLifecycle.temporalServer ?? Number.NaN)}×)`,
            base,
          ),
        );
      }
    }
    if (m) lines.push('', `Minimal program's lifecycle alone: ${n(m.aloneMs / 1000)} s, ${m.historyEvents} history events; its worker and client are the bench process (the first CPU column), no API.`);
  }
  if (r.readModel) {
    const sizes = Object.keys(r.readModel);
    lines.push('', `| \`GET /claims\` filter | ${sizes.map((s) => `${Number(s).toLocaleString('en')} p50 ms | p99 ms`).join(' | ')} | rows |`);
    lines.push(`| --- | ${sizes.map(() => '---: | ---:').join(' | ')} | ---: |`);
    const names = Object.keys(r.readModel[sizes[0]].queries);
    for (const name of names) {
      const cells = sizes.map((s) => `${n(r.readModel![s].queries[name].p50)} | ${n(r.readModel![s].queries[name].p99)}`);
      lines.push(`| ${name} | ${cells.join(' | ')} | ${r.readModel[sizes[sizes.length - 1]].queries[name].rows} |`);
    }
    lines.push('', `Seeding: ${sizes.map((s) => `${Number(s).toLocaleString('en')} claims in ${n(r.readModel![s].seedSeconds)} s`).join(', ')}.`);
  }
  if (r.indexComparison) {
    const c = r.indexComparison;
    lines.push('', `Speed-up check at ${c.size.toLocaleString('en')} claims, same data and process: without \`${c.index}\` (dropped), then with it (re-created in ${n(c.createSeconds)} s).`, '');
    lines.push('| `GET /claims` filter | without p50 ms | p99 ms | with p50 ms | p99 ms | p50 speed-up |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of Object.keys(c.with)) {
      const a = c.without[name];
      const b = c.with[name];
      lines.push(`| ${name} | ${n(a.p50)} | ${n(a.p99)} | ${n(b.p50)} | ${n(b.p99)} | ${n(a.p50 / b.p50)}× |`);
    }
  }
  if (r.analyticsSummary) {
    const a = r.analyticsSummary;
    const size = r.readModel ? Number(Object.keys(r.readModel).at(-1)).toLocaleString('en') : '';
    const lastMonth = a.available && a.lastMonth ? `; last 30 days (\`from\`/\`to\`): p50 ${n(a.lastMonth.p50)} ms, p99 ${n(a.lastMonth.p99)} ms` : '';
    lines.push('', `\`GET /analytics/summary\` at ${size} claims: ${a.available ? `every claim: p50 ${n(a.p50)} ms, p99 ${n(a.p99)} ms${lastMonth}` : `not available — ${a.reason}`}.`);
  }
  lines.push('', `Wall time of the run: ${n(r.wallSeconds / 60)} min.`);
  return lines.join('\n');
}
