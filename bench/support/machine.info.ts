/** What the numbers were measured on: they mean little without it. */
import * as fs from 'node:fs';
import * as os from 'node:os';

export interface MachineInfo {
  date: string;
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: above ~0.5 others were using the machine */
  loadAverageAtStart: number;
  postgres?: string;
  temporalCli?: string;
}

export function machineInfo(): MachineInfo {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch {
    // not Linux
  }
  return {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpuModel.trim(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
