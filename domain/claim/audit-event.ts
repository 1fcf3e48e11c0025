/** Audit events as the claim and dispute workflows produce them, before they are chained and stored. */
import type { Actor } from '../claim.types';

/** Who acts when the engine itself does something (a timer fired, a follow-up started). */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'claims-engine', role: 'system' };

/** One audit event: `seq` orders a claim's events, consecutive from 1. */
export interface AuditEventDraft {
  seq: number;
  /** ISO time the action was accepted or the timer fired */
  at: string;
  actor: Actor;
  action: string;
  data: Record<string, unknown>;
}
