/**
 * The worker's relays (the notification outbox, staged audit batches) run the same loop:
 * a round at a time; straight into the next round after a full one (more may be waiting),
 * otherwise a pause (longer after a failed round); stopped between rounds.
 */
export interface PollingLoopOptions {
  /** the pause after a round that was not full */
  pollMs: number;
  /** the pause after a round that failed */
  failedPollMs: number;
  /** a round that took this many items was full */
  batchSize: number;
  /** told of a round that failed (the loop goes on) */
  onError?: (err: unknown) => void;
}

export class PollingLoop {
  private running: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;

  /** `round` answers how many items it took. */
  constructor(
    private readonly round: () => Promise<number>,
    private readonly options: PollingLoopOptions,
  ) {}

  start(): void {
    this.stopping = false;
    this.running ??= this.loop();
  }

  /** Finishes the round in progress and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let taken = 0;
      let failed = false;
      try {
        taken = await this.round();
      } catch (err) {
        failed = true;
        this.options.onError?.(err);
      }
      if (taken < this.options.batchSize && !this.stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, failed ? this.options.failedPollMs : this.options.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }
}
