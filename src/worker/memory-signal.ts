/**
 * Diagnostics: SIGUSR2 logs the process's memory in use, after collecting the main
 * thread's garbage when node runs with --expose-gc (the bench reads the worker's RSS right
 * after). Installed before anything else loads, so that an early signal is not fatal
 * (SIGUSR2's default action ends the process).
 */
let write: (line: string) => void = (line) => process.stderr.write(`${line}\n`);
let more: (() => string) | undefined;

process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const extra = more?.();
  write(`memory: rss ${(m.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(m.heapUsed / 2 ** 20).toFixed(1)} MiB${'gc' in globalThis ? ' (after a forced GC)' : ''}${extra ? `; ${extra}` : ''}`);
});

/** Where the memory lines go once the app's logger is set up. */
export function logMemoryOnSignal(to: (line: string) => void): void {
  write = to;
}

/** What else the line says once the worker runs (its workflow cache). */
export function addToMemoryLine(describe: () => string): void {
  more = describe;
}
