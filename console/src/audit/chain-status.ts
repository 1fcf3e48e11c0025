/**
 * The hash-chain status of each event of a claim's history, from the claim's verification
 * (GET /audit/claims/{id}/verify), which names the first broken link only: the events
 * before it are verified, the event at it is broken (a missing event gets a row of its
 * own, where it should be), and the events after it are not verified — each of them may
 * hold or not, a chain proves nothing past its first break.
 */
export interface ChainEvent {
  seq: number;
}

export interface BrokenLinkInfo {
  seq: number;
  check: string;
  expected: string;
  found: string;
  detail: string;
}

export type LinkStatus = 'verified' | 'broken' | 'unverified';

export interface ChainRow<E extends ChainEvent> {
  seq: number;
  /** the stored event; absent for an event the chain says is missing */
  event?: E;
  status: LinkStatus;
  broken?: BrokenLinkInfo;
}

export function chainRows<E extends ChainEvent>(events: readonly E[], verification: { ok: boolean; firstBroken: BrokenLinkInfo | null }): ChainRow<E>[] {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const broken = verification.ok ? null : verification.firstBroken;
  if (!broken) {
    return sorted.map((event) => ({ seq: event.seq, event, status: verification.ok ? 'verified' : 'unverified' }));
  }
  const rows: ChainRow<E>[] = [];
  let placed = false;
  for (const event of sorted) {
    if (!placed && event.seq > broken.seq) {
      // the break is at a seq no stored event has: an event missing there
      rows.push({ seq: broken.seq, status: 'broken', broken });
      placed = true;
    }
    if (event.seq === broken.seq && !placed) {
      rows.push({ seq: event.seq, event, status: 'broken', broken });
      placed = true;
    } else {
      rows.push({ seq: event.seq, event, status: event.seq < broken.seq ? 'verified' : 'unverified' });
    }
  }
  if (!placed) rows.push({ seq: broken.seq, status: 'broken', broken });
  return rows;
}
