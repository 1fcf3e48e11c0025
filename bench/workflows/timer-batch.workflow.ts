/**
 * The timer batch's two shapes, for the server's cost of each (bench/phases/timer-batches.phase.ts):
 * `k` timers, after each a write — by a normal activity, as a claim writes a timer's audit
 * batch today (it runs only once the timer's task is durable: 5 more events and a second
 * workflow task), or by a local activity in the timer's own task (one marker), as a staged
 * batch would be, promoted by a relay that reads the history's tail.
 */
import { proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';

interface WriteActivities {
  benchWrite(i: number): Promise<number>;
}

const activities = proxyActivities<WriteActivities>({ startToCloseTimeout: '10s' });
const locals = proxyLocalActivities<WriteActivities>({ startToCloseTimeout: '10s' });

export async function benchTimersWithActivity(k: number): Promise<void> {
  for (let i = 0; i < k; i++) {
    await sleep(10);
    await activities.benchWrite(i);
  }
}

export async function benchTimersWithLocalActivity(k: number): Promise<void> {
  for (let i = 0; i < k; i++) {
    await sleep(10);
    await locals.benchWrite(i);
  }
}
