/**
 * GENERATED from the API's OpenAPI document by console/scripts/api-types.mjs: do not edit.
 */

export type paths = {
    "/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Every key, newest first, revoked ones included (with `revokedAt`). Keys and their hashes are never listed; `keyPrefix` tells them apart. Admin only.
         */
        get: operations["AdminApiKeysController_list"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key with one role. A `supplier` key must name the supplier it acts for — one of the registry (`POST /suppliers`), else 400 — and sees only that supplier's tasks. The key is in this response and nowhere else: the server stores only its SHA-256 hash. Admin only.
         */
        post: operations["AdminApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key at once: its next request gets a 401. Revoking a revoked key again is a no-op. The row stays, for the record. Admin only.
         */
        delete: operations["AdminApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Replaces the key's secret, keeping its id, name and role: the new key is in this response and nowhere else, and the old one gets a 401 from its next request (keys are checked against the database on every request, never cached). A revoked key, or the bootstrap admin key (rotate it by changing ADMIN_API_KEY), is a 409. Admin only.
         */
        post: operations["AdminApiKeysController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims analytics over a period
         * @description Computed from the claims read model for claims received within `from`–`to`: counts by channel, type, unit, defect and supplier; first-response SLA and statutory-deadline compliance; penalties per currency; median hours to triage and to resolve; survey response rate, CSAT, NPS and CES; review-correction outcomes. Percentages are 0–100 with one decimal, null when there is nothing to measure. `?format=csv` (or `Accept: text/csv`) answers one `section,key,value` row per figure. Formulas: docs/analytics.md.
         */
        get: operations["AnalyticsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/claims/{id}/compare-workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare a claim's audit log with its Temporal workflow history
         * @description Reads the workflow history from Temporal (decoded with the payload codec) and checks that the audit log holds the events the workflow recorded: same actions, same order. A record batch still in flight is allowed.
         */
        get: operations["AuditVerificationController_compareWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/claims/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a claim's audit chain
         * @description Recomputes the claim's hash chain from its first event: sequence without gaps, each `prevHash` the previous event's `hash`, each `hash` the hash of the event's content, each `globalHash` consistent; and checks that the claim's read model is not ahead of its log (events deleted). Reports the first broken link.
         */
        get: operations["AuditVerificationController_verifyClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query and export the audit log
         * @description Events of every claim in log order, filtered by time range (`from`/`to`, on when the action happened), claim, actor, role, action and supplier. JSON answers one page (`limit`, then `cursor` = `nextCursor`). NDJSON and CSV (`Accept: application/x-ndjson` / `text/csv`, or `?format=`) stream every matching event from `cursor` on, of any size, with flat server memory. Auditors see the customer's personal data masked.
         */
        get: operations["AuditEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the whole audit log, or a time range of it
         * @description Walks the events recorded in [`from`, `to`] (default: the whole log) in insertion order and recomputes the global chain (an event deleted anywhere — even a whole claim's history — breaks it at the next event) and every claim chain; then lists claims whose read model is ahead of their log. Reports the first broken link and up to 100.
         */
        get: operations["AuditVerificationController_verifyLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The API key this request was made with: its id, name and role, and for a `supplier` key the supplier it acts for. Never the key or its hash. Any valid key, of any role, may call it; a client (the care console) uses it to learn the role of a key it was given.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description From the PostgreSQL read model, newest first, with filters and cursor paging: pass `nextCursor` back as `cursor`. The read model follows each workflow within moments of every change.
         */
        get: operations["ClaimsController_list"];
        put?: never;
        /**
         * Take in a claim
         * @description Starts the claim's durable workflow and answers once the intake is recorded. Idempotent: the same `Idempotency-Key` (with the same body), or the same channel + `externalRef`, yields the same claim with 200. The same key with another body is a 422. A claim that looks like an open one of the same customer and order is flagged in `possibleDuplicateOf`, never merged.
         */
        post: operations["ClaimsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim's live state
         * @description Read from the claim's workflow: status, deadlines, SLA, warranty, accrued penalty, notes and the actions allowed now. Auditors see the customer's personal data masked (initials, last two phone digits, e-mail domain).
         */
        get: operations["ClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/customer-responded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer responded
         * @description Resumes the company SLA clock.
         */
        post: operations["ClaimsController_responded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A claim's audit history
         * @description Every accepted action and every fired timer of the claim, exactly once and in order (`seq` 1, 2, 3…), each hash-chained to the previous one: `hash = sha256(prevHash + "\n" + canonical JSON of the event)`, and to the previous event of the whole log (`globalHash`). Auditors see the customer's personal data masked.
         */
        get: operations["AuditController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note
         * @description An internal note, allowed in every status.
         */
        post: operations["ClaimsController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct the order facts
         * @description While the claim is open (received, triaged, remedy in progress): replaces the order facts given — e.g. the real order of a claim opened from a public review, or a mistyped price. The warranty is checked again against the claim's policy as of the day it was received, and the statutory penalty follows the new price and currency (days already accrued are kept). The audit event `order.corrected` keeps every old and new value and the reason. 400 when nothing would change, when the delivery would fall before the purchase, or when the supplier changes while a dispute with it is open.
         */
        patch: operations["ClaimsController_correctOrder"];
        trace?: never;
    };
    "/claims/{id}/remedy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose the remedy
         * @description triaged → remedy_in_progress. Sets the statutory deadline of the remedy (policy; by default art. 20–22 of law 2300-1) counted from the day of the demand, with a warning before it and a daily penalty after it.
         */
        post: operations["ClaimsController_remedy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/remedy/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the remedy
         * @description remedy_in_progress → resolved, then closed as soon as no supplier dispute is open (reopenable for the policy's reopen window). Settles the accrued penalty.
         */
        post: operations["ClaimsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a claim
         * @description resolved / closed → triaged (received if it was never triaged), within the reopen window. A new demand: the statutory clock starts again.
         */
        post: operations["ClaimsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/review/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the public reply to the review
         * @description For a claim linked to a negative public review: the reply the company posted on the platform, stating the resolution. Allowed until the claim closes.
         */
        post: operations["ClaimsController_reviewReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/supplier-disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a supplier dispute
         * @description Claims the cost back from the supplier while the customer's remedy goes on. Starts the dispute's own workflow: the supplier gets a task (webhook `task.created`) with a deadline in business days (the supplier's setting, else the policy's), reminders before it, and escalation to supervisors when it passes. Allowed once the claim is triaged and until it closes; a claim does not close while a dispute is open.
         */
        post: operations["ClaimDisputesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/supplier-disputes/{disputeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dispute
         * @description Live from the dispute's workflow: status, deadline, reminders, escalations, the supplier's answer, the settlement.
         */
        get: operations["ClaimDisputesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/supplier-disputes/{disputeId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate a dispute
         * @description Flags an open dispute for supervisors, with a reason (once; a passed deadline escalates by itself). Webhook `task.escalated`.
         */
        post: operations["ClaimDisputesController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/supplier-disputes/{disputeId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a dispute
         * @description accepted / rejected → settled, with the agreed chargeback (at most the amount claimed) and a reason. Webhook `task.settled`.
         */
        post: operations["ClaimDisputesController_settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/supplier-disputes/{disputeId}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write off a dispute
         * @description Any open status → written_off, with a reason: the company stops claiming. Webhook `task.written_off`.
         */
        post: operations["ClaimDisputesController_writeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/survey/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the customer a new survey link
         * @description While the survey is out and unanswered (follow_up): a new link goes to the customer through the notification channel, the old one stops working (its page says the survey is closed), the expiry stays. Audited as `survey.resent`. The current link is in `followUp.survey.link` of GET /claims/{id} for agents and supervisors.
         */
        post: operations["ClaimsController_resendSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Triage a claim
         * @description Sets type, responsible unit, defect code and severity: received → triaged (re-triage allowed while triaged). Counts as the first response.
         */
        post: operations["ClaimsController_triage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/waiting-on-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait on the customer
         * @description Pauses the company's first-response SLA clock (e.g. while waiting for photos). The statutory deadline never pauses.
         */
        post: operations["ClaimsController_waiting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a claim
         * @description Any open status → closed, with a reason; refused while a supplier dispute is open.
         */
        post: operations["ClaimsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decode payloads (remote codec)
         * @description Decrypts each encrypted payload with the key its metadata names (any configured key, current or older); payloads that are not encrypted come back unchanged. A payload with an unknown key id or altered data is a 400.
         */
        post: operations["CodecController_decode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encode payloads (remote codec)
         * @description Encrypts each payload with the current key (AES-256-GCM). Without PAYLOAD_CODEC_KEYS the payloads come back unchanged.
         */
        post: operations["CodecController_encode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Checks that this API process can reach PostgreSQL and Temporal (each probe times out after 2 s). For load balancers and orchestrators; no API key needed.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A review-monitoring event
         * @description A new review rated 3 or below (the policy's threshold) that no claim answers opens one (channel `online_review`), idempotent by platform + review id. A change of a linked review (rating, removal) goes to its claim, where review correction decides the outcome: `updated` when the rating rose, `removed`, or `unchanged` at the deadline.
         */
        post: operations["ReviewsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Process metrics (CPU, memory, event loop, GC), `http_request_duration_seconds` by method, route and status, `wce_claims_created_total` by channel and `wce_claim_actions_total` by action and outcome, in the Prometheus text format. No API key needed.
         */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your tasks
         * @description Disputes opened against your company, newest first, with cursor paging.
         */
        get: operations["SupplierTasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description The claim facts you need — product, order, defect, evidence — the amount claimed, the deadline, and what you may do now. Never the customer's contact details.
         */
        get: operations["SupplierTasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a task
         * @description Offer a remedy: a replacement part, a full replacement, a repair, or compensation (with an amount), and when.
         */
        post: operations["SupplierTasksController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supplier/tasks/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a task
         * @description Say why the claim is not yours to pay, with evidence.
         */
        post: operations["SupplierTasksController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppliers
         * @description By id, with cursor paging.
         */
        get: operations["SuppliersController_list"];
        put?: never;
        /**
         * Register a supplier
         * @description A supplier disputes can be opened against: its answer deadline and reminders (else the policy's), and a webhook endpoint with the secret that signs deliveries (`X-Signature: sha256=<hex HMAC of the body>`). Then create its API key: POST /admin/api-keys with role `supplier` and this `supplierId`.
         */
        post: operations["SuppliersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a supplier
         * @description Its settings and the terms new disputes get; never the webhook secret.
         */
        get: operations["SuppliersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a supplier
         * @description Only the fields given change; `null` clears a deadline, reminders or the webhook. Open disputes keep the terms they were opened with.
         */
        patch: operations["SuppliersController_update"];
        trace?: never;
    };
    "/suppliers/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier's scorecard
         * @description Open and closed disputes, acceptance rate, median response time in business hours, deadline breaches, amounts claimed and recovered per currency; optionally only disputes opened within `from`–`to`.
         */
        get: operations["SuppliersController_scorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The survey form
         * @description Three questions (CSAT 1–5, NPS 0–10, CES 1–7) and a comment, in the customer's language (Russian or English). A browser gets an HTML page whose form posts back to the same URL and works without JavaScript; `Accept: application/json` gets the questions as JSON. A link that no longer works gets a page (or problem) saying why, in the customer's language.
         */
        get: operations["SurveysController_form"];
        put?: never;
        /**
         * Answer the survey
         * @description Once. JSON, or the page's form (`application/x-www-form-urlencoded`), which then gets a thank-you page (or the form again with what to fix). A detractor (NPS 0–6) or unsatisfied (CSAT 1–3) answer alerts supervisors and shows on the claim.
         */
        post: operations["SurveysController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AcceptDisputeDto: {
            /**
             * @description Amount offered, in the dispute currency; required for `compensation`
             * @example 12500
             */
            amount?: number;
            /**
             * Format: date
             * @description When the supplier expects to deliver the remedy
             * @example 2026-12-10
             */
            expectedDate?: string;
            /**
             * @description A note for the company
             * @example New cushions ship from our warehouse on Monday.
             */
            message?: string;
            /**
             * @description What the supplier offers
             * @example replacement_part
             */
            remedy: components["schemas"]["SupplierRemedy"];
        };
        ActionAtDto: {
            /** @example claim.triaged */
            action: string;
            /** @example 2 */
            seq: number;
        };
        AddNoteDto: {
            /**
             * @description An internal note (never shown to the customer)
             * @example Customer asked to call after 18:00.
             */
            text: string;
        };
        AnalyticsPeriodDto: {
            /**
             * Format: date-time
             * @description Start of the period (UTC, inclusive); null = from the first claim
             * @example 2026-11-01T00:00:00.000Z
             */
            from: string | null;
            /**
             * Format: date-time
             * @description End of the period (UTC, inclusive); null = up to now
             * @example 2026-11-30T23:59:59.999Z
             */
            to: string | null;
        };
        AnalyticsSummaryDto: {
            /** @description Claim counts, in all and per group */
            claims: components["schemas"]["ClaimCountsDto"];
            /** @description First-response SLA compliance */
            firstResponseSla: components["schemas"]["FirstResponseSlaDto"];
            /** @description The period asked for, on when claims were received */
            period: components["schemas"]["AnalyticsPeriodDto"];
            /** @description Review correction of negative public reviews */
            reviewCorrection: components["schemas"]["ReviewCorrectionDto"];
            /** @description Statutory-deadline compliance and penalties */
            statutoryDeadline: components["schemas"]["StatutoryDeadlineDto"];
            /** @description Follow-up survey: response rate, CSAT, NPS, CES */
            survey: components["schemas"]["SurveyDto"];
            /** @description Time from receipt to resolution */
            timeToResolve: components["schemas"]["MedianDurationDto"];
            /** @description Time from receipt to triage */
            timeToTriage: components["schemas"]["MedianDurationDto"];
        };
        ApiKeyDto: {
            /**
             * Format: date-time
             * @example 2026-11-22T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            id: string;
            /**
             * @description The 8 characters after `wce_` in the key, to tell keys apart (`bootstrap` for a free-form ADMIN_API_KEY)
             * @example 9f86d081
             */
            keyPrefix: string;
            /**
             * Format: date-time
             * @description Last successful use, to the minute
             * @example 2026-11-22T10:02:13.000Z
             */
            lastUsedAt: string | null;
            /** @example web-form-gateway */
            name: string;
            /**
             * Format: date-time
             * @example null
             */
            revokedAt: string | null;
            /**
             * @example integration
             * @enum {string}
             */
            role: "agent" | "supervisor" | "supplier" | "auditor" | "integration" | "admin";
            /**
             * @description Set for supplier keys only
             * @example null
             */
            supplierId: string | null;
        };
        AuditActorDto: {
            /**
             * @description API key id, or `system` for timers
             * @example 5b0e…
             */
            id: string;
            /** @example Maria (care desk) */
            name: string;
            /** @example agent */
            role: string;
        };
        AuditEventDto: {
            /** @example claim.triaged */
            action: string;
            actor: components["schemas"]["AuditActorDto"];
            /**
             * @description when the action was accepted or the timer fired
             * @example 2026-11-23T09:15:00.000Z
             */
            at: string;
            /**
             * @description signed checkpoint: HMAC-SHA256 of globalHash under a key the database does not hold; null for events written before checkpoints existed
             * @example 5d41…
             */
            checkpoint: string | null;
            /** Format: uuid */
            claimId: string;
            /**
             * @example {
             *       "type": "product_quality",
             *       "unit": "supplier"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /**
             * @description sha256(globalPrevHash + "\n" + hash)
             * @example e3b9…
             */
            globalHash: string;
            /**
             * @description globalHash of the event written just before this one, in the whole log
             * @example 77c0…
             */
            globalPrevHash: string;
            /** @example 41aa… */
            hash: string;
            /** @example 9f2c… */
            prevHash: string;
            /**
             * @description when the event was written
             * @example 2026-11-23T09:15:00.041Z
             */
            recordedAt: string;
            /**
             * @description position in the claim's history, from 1, without gaps
             * @example 2
             */
            seq: number;
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            /**
             * @description pass back as `cursor` for the next page; null on the last page
             * @example MTIzNDU
             */
            nextCursor: string | null;
        };
        BrokenLinkDto: {
            /**
             * @description which check failed
             * @example hash
             * @enum {string}
             */
            check: "sequence" | "prev_hash" | "hash" | "global_prev_hash" | "global_hash" | "missing_events" | "unexpected_events" | "checkpoint";
            /**
             * Format: uuid
             * @example 7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f
             */
            claimId: string;
            /** @example the event's content does not match its hash (altered) */
            detail: string;
            /**
             * @description what the chain says should be there
             * @example 9f2c…
             */
            expected: string;
            /**
             * @description what is stored
             * @example 41aa…
             */
            found: string;
            /**
             * @description where the chain breaks; for a missing event, the seq that should be there
             * @example 2
             */
            seq: number;
        };
        CesDto: {
            /**
             * @description Survey answers with a CES score (1–7, 7 = very easy)
             * @example 38
             */
            answers: number;
            /**
             * @description Mean CES, 2 decimals; null without answers
             * @example 5.82
             */
            mean: number | null;
        };
        /**
         * @description Intake channel of a claim
         * @enum {string}
         */
        Channel: "hotline" | "survey" | "online_review" | "email" | "web_form" | "social_dm" | "messenger" | "retail_store" | "post";
        ChooseRemedyDto: {
            /**
             * @description repair (required for it): the repair time agreed in writing with the customer, in days; the policy caps it
             * @example 20
             */
            agreedRepairDays?: number;
            /**
             * @description The remedy; it sets the statutory deadline (by default: refund, price_reduction, repair_cost_reimbursement 10 days; replacement 7, 20 with a quality check, 30 when out of stock; repair as agreed, at most 45; rejected 10)
             * @example replacement
             */
            kind: components["schemas"]["RemedyKind"];
            /**
             * @description replacement: the goods are out of stock
             * @example false
             */
            outOfStock?: boolean;
            /**
             * @description replacement: a quality check of the goods is needed
             * @example false
             */
            qualityCheck?: boolean;
            /**
             * @description rejected (required for it): the written reason the claim is unfounded
             * @example The damage was caused by improper use, see the technician's report.
             */
            reason?: string;
        };
        /**
         * @description A care-staff lifecycle action on a claim
         * @enum {string}
         */
        ClaimAction: "triage" | "remedy" | "complete_remedy" | "notes" | "reopen" | "withdraw" | "waiting_on_customer" | "customer_responded" | "open_supplier_dispute" | "review_reply" | "correct_order" | "resend_survey";
        ClaimActorDto: {
            /**
             * @description API key id, or `system` for timers
             * @example 5b0e7c1e-8a43-4f55-9f0e-0d0f5c3a1b2e
             */
            id: string;
            /**
             * @description Name of the key's holder
             * @example Maria (care desk)
             */
            name: string;
            /**
             * @description Role of the key
             * @example agent
             */
            role: string;
        };
        ClaimAlertDto: {
            /**
             * @description failed attempts so far
             * @example 12
             */
            attempts: number;
            /**
             * @description what happened, without the claim's data
             * @example PostgreSQL refused the claim's events (SQLSTATE 22P05)
             */
            detail: string;
            /**
             * @description `recording_blocked`: the worker cannot write the claim's events (a data error); it keeps retrying, a fix repairs it
             * @example recording_blocked
             * @enum {string}
             */
            kind: "recording_blocked";
            /**
             * @description first seen
             * @example 2026-11-30T09:00:00.000Z
             */
            since: string;
        };
        /**
         * @description Why a claim closed
         * @enum {string}
         */
        ClaimClosedReason: "completed" | "withdrawn";
        ClaimCountsDto: {
            /** @description Claims per intake channel, largest first (ties by key) */
            byChannel: components["schemas"]["KeyCountDto"][];
            /** @description Claims per defect / fault code; `unknown` = not triaged yet */
            byDefect: components["schemas"]["KeyCountDto"][];
            /** @description Claims per supplier of the goods; `unknown` = own goods or supplier not given */
            bySupplier: components["schemas"]["KeyCountDto"][];
            /** @description Claims per claim type; `unknown` = not triaged yet */
            byType: components["schemas"]["KeyCountDto"][];
            /** @description Claims per responsible unit; `unknown` = not triaged yet */
            byUnit: components["schemas"]["KeyCountDto"][];
            /**
             * @description Claims received in the period
             * @example 100
             */
            total: number;
        };
        ClaimHistoryDto: {
            /** Format: uuid */
            claimId: string;
            events: components["schemas"]["AuditEventDto"][];
        };
        ClaimListResponseDto: {
            /** @description Claims, newest first */
            items: components["schemas"]["ClaimSummaryDto"][];
            /**
             * @description Pass as `cursor` to get the next page; null on the last page
             * @example WyIyMDI2LTExLTIyVDA5OjE1OjAwLjAwMFoiLCI3ZjFjIl0
             */
            nextCursor: string | null;
        };
        ClaimResponseDto: {
            /** @description Open alerts on the claim for an operator (GET /claims/{id} only); empty when all is well */
            alerts?: components["schemas"]["ClaimAlertDto"][];
            /**
             * @description The lifecycle actions allowed now (none once the claim's workflow has ended)
             * @example [
             *       "triage",
             *       "notes",
             *       "withdraw",
             *       "waiting_on_customer",
             *       "correct_order"
             *     ]
             */
            allowedActions: components["schemas"]["ClaimAction"][];
            /**
             * @description Links to photos, videos, documents
             * @example [
             *       "https://files.example.com/claims/abc.jpg"
             *     ]
             */
            attachments: string[];
            /**
             * @description Intake channel
             * @example hotline
             */
            channel: components["schemas"]["Channel"];
            /** @description Set by triage */
            classification?: components["schemas"]["ClassificationDto"];
            /**
             * Format: date-time
             * @description When the claim closed
             * @example 2026-12-22T15:30:00.000Z
             */
            closedAt?: string;
            /**
             * @description Why the claim closed
             * @example completed
             */
            closedReason?: components["schemas"]["ClaimClosedReason"];
            /** @description The customer, as taken in (email lower-cased) */
            customer: components["schemas"]["CustomerDto"];
            /**
             * @description The remedy the customer asked for
             * @example repair
             */
            demandedRemedy?: components["schemas"]["RemedyKind"];
            /**
             * @description The complaint
             * @example Seat cushions sagged after 5 months
             */
            description: string;
            /** @description Supplier disputes about the claim, oldest first; the claim cannot close while one is open */
            disputes: components["schemas"]["DisputeSummaryDto"][];
            /**
             * @description The channel's own id of the claim
             * @example call-2026-11-22-0042
             */
            externalRef?: string;
            /** @description After resolution: the survey and, for a negative review, review correction */
            followUp?: components["schemas"]["FollowUpViewDto"];
            /**
             * Format: uuid
             * @description Claim id
             * @example 3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * @description The linked public review is negative (rated 3 or below by default): review correction applies
             * @example true
             */
            negativeReview: boolean;
            /** @description Internal notes, oldest first */
            notes: components["schemas"]["NoteViewDto"][];
            /**
             * @description Readable claim number, allocated at intake
             * @example CL-2026-000123
             */
            number?: string;
            /** @description The order and the goods */
            order: components["schemas"]["OrderDto"];
            /**
             * @description Name of the policy in force at intake
             * @example ru-2300-1
             */
            policyName: string;
            /**
             * @description Ids of open claims of the same customer and order received within the duplicate window (linked, never merged)
             * @example []
             */
            possibleDuplicateOf: string[];
            /**
             * Format: date-time
             * @description When the claim was taken in
             * @example 2026-11-22T09:12:00.000Z
             */
            receivedAt: string;
            /** @description The chosen remedy and its completion */
            remedy?: components["schemas"]["RemedyViewDto"];
            /**
             * @description How many times the claim was reopened
             * @example 0
             */
            reopenCount: number;
            /**
             * Format: date-time
             * @description A closed claim may be reopened until then
             * @example 2027-01-21T15:30:00.000Z
             */
            reopenUntil?: string;
            /**
             * Format: date-time
             * @description When the remedy was completed
             * @example 2026-12-08T15:30:00.000Z
             */
            resolvedAt?: string;
            /** @description The public review the claim answers */
            review?: components["schemas"]["LinkedReviewDto"];
            /** @description The linked review as the monitoring feed last reported it */
            reviewNow?: components["schemas"]["LinkedReviewStateDto"];
            /** @description The company's public reply to the linked review */
            reviewReply?: components["schemas"]["ReviewReplyViewDto"];
            /** @description The company's first-response SLA */
            sla: components["schemas"]["SlaViewDto"];
            /**
             * @description Lifecycle status
             * @example received
             */
            status: components["schemas"]["ClaimStatus"];
            /** @description The statutory deadline of the remedy and the penalty accrued past it */
            statutory: components["schemas"]["StatutoryViewDto"];
            /**
             * Format: date-time
             * @description When it was (last) triaged
             * @example 2026-11-22T11:40:00.000Z
             */
            triagedAt?: string;
            /**
             * @description Sequence number of the last audit event; grows with every accepted action or fired timer
             * @example 1
             */
            version: number;
            /**
             * @description Staff are waiting on the customer (the company SLA clock is paused)
             * @example false
             */
            waitingOnCustomer: boolean;
            /** @description Warranty check against the terms in force at the sale (snapshotted at intake) */
            warranty: components["schemas"]["WarrantyCheckDto"];
            /**
             * @description The reason given when the claim was withdrawn
             * @example The customer withdrew the claim by phone.
             */
            withdrawReason?: string;
        };
        /**
         * @description Lifecycle status of a claim
         * @enum {string}
         */
        ClaimStatus: "received" | "triaged" | "remedy_in_progress" | "resolved" | "follow_up" | "closed";
        ClaimSummaryDto: {
            /**
             * @description Intake channel
             * @example hotline
             */
            channel: components["schemas"]["Channel"];
            /**
             * @description Currency of the price and penalty
             * @example RUB
             */
            currency: string;
            /**
             * @description Customer name
             * @example Анна Петрова
             */
            customerName: string;
            /**
             * Format: date-time
             * @description Statutory deadline, once a remedy is chosen
             * @example 2026-12-12T20:59:59.999Z
             */
            deadlineAt?: string;
            /**
             * @description The statutory deadline has passed
             * @example false
             */
            deadlineBreached: boolean;
            /**
             * @description Defect code, once triaged
             * @example upholstered.filler_shrinkage
             */
            defectCode?: string;
            /**
             * Format: date-time
             * @description What is due next while the claim is open: the earlier of the first-response SLA and the statutory deadline (absent when nothing is due); `sort=due` orders by it
             * @example 2026-11-23T09:12:00.000Z
             */
            dueAt?: string;
            /**
             * Format: uuid
             * @description Claim id
             * @example 3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * @description Readable claim number
             * @example CL-2026-000123
             */
            number: string;
            /**
             * @description Supplier disputes not yet settled or written off
             * @example 0
             */
            openDisputes: number;
            /**
             * @description Order number
             * @example ORD-100234
             */
            orderId: string;
            /**
             * @description Penalty accrued so far
             * @example 0
             */
            penaltyAmount: number;
            /**
             * @description Product name
             * @example Sofa Oslo 3-seat
             */
            productName: string;
            /**
             * Format: date-time
             * @description When the claim was taken in
             * @example 2026-11-22T09:12:00.000Z
             */
            receivedAt: string;
            /**
             * @description The first-response SLA was breached
             * @example false
             */
            slaBreached: boolean;
            /**
             * Format: date-time
             * @description When the first response is due, until someone has responded
             * @example 2026-11-23T09:12:00.000Z
             */
            slaDueAt?: string;
            /**
             * @description Lifecycle status
             * @example triaged
             */
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description Supplier of the goods
             * @example fabrika-yug
             */
            supplierId?: string;
            /**
             * @description The customer's survey answer alerted supervisors (a detractor, NPS 0–6, or unsatisfied, CSAT 1–3)
             * @example false
             */
            surveyAlert: boolean;
            /**
             * @description Claim type, once triaged
             * @example product_quality
             */
            type?: components["schemas"]["ClaimType"];
            /**
             * @description Responsible unit, once triaged
             * @example supplier
             */
            unit?: components["schemas"]["ResponsibleUnit"];
            /**
             * Format: date-time
             * @description Last change of the claim in the read model
             * @example 2026-11-22T11:40:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description What a claim is about
         * @enum {string}
         */
        ClaimType: "product_quality" | "service_quality" | "settlement" | "information";
        ClaimVerificationDto: {
            /** Format: uuid */
            claimId: string;
            /** @example 7 */
            eventsChecked: number;
            /** @description the first broken link, or null */
            firstBroken: components["schemas"]["BrokenLinkDto"] | null;
            /**
             * @description both chains hold for every event of the claim, and no event is missing
             * @example true
             */
            ok: boolean;
            /** @example 2026-11-23T10:00:00.000Z */
            verifiedAt: string;
        };
        ClassificationDto: {
            /**
             * @description Defect / fault code from the policy
             * @example upholstered.filler_shrinkage
             */
            defectCode: string;
            /**
             * @description How bad it is
             * @example medium
             */
            severity: components["schemas"]["Severity"];
            /**
             * @description What the claim is about
             * @example product_quality
             */
            type: components["schemas"]["ClaimType"];
            /**
             * @description Who is responsible
             * @example supplier
             */
            unit: components["schemas"]["ResponsibleUnit"];
        };
        ComparisonMismatchDto: {
            /** @description the audit log's event there (null: none) */
            audit: components["schemas"]["ActionAtDto"] | null;
            /**
             * @description 0-based position in the claim's history
             * @example 1
             */
            index: number;
            /** @description the workflow's event there (null: none) */
            workflow: components["schemas"]["ActionAtDto"] | null;
        };
        CompleteRemedyDto: {
            /**
             * @description What was done
             * @example new cushions fitted
             */
            notes?: string;
        };
        CorrectOrderDto: {
            /**
             * @description Product category, a lowercase code; picks the warranty period from the policy
             * @example upholstered
             */
            category?: string;
            /**
             * @description ISO 4217 currency code of the price
             * @example RUB
             */
            currency?: string;
            /**
             * Format: date
             * @description Day of delivery (YYYY-MM-DD), not before the purchase; leave out when the goods were not delivered. The warranty runs from delivery, else from purchase.
             * @example 2026-05-14
             */
            deliveredAt?: string;
            /**
             * @description The order number in the shop system
             * @example ORD-100234
             */
            orderId?: string;
            /**
             * @description Price paid for the goods (more than 0, at most 2 decimals); the statutory penalty is 1% of it per day
             * @example 84990
             */
            price?: number;
            /**
             * @description Product name as sold
             * @example Sofa Oslo 3-seat
             */
            productName?: string;
            /**
             * Format: date
             * @description Day of purchase (YYYY-MM-DD), not after today
             * @example 2026-05-10
             */
            purchasedAt?: string;
            /**
             * @description Why the facts change; kept in the audit log with the old and new values
             * @example Order found in the shop system by the customer's phone number
             */
            reason: string;
            /**
             * @description Stock keeping unit
             * @example SOFA-OSLO-3
             */
            sku?: string;
            /**
             * @description Supplier (factory) of the goods, as in the supplier registry; leave out for own production
             * @example fabrika-yug
             */
            supplierId?: string;
        };
        CreateApiKeyDto: {
            /**
             * @description A label for the key: who or what uses it. Not unique; `bootstrap-admin` is reserved.
             * @example web-form-gateway
             */
            name: string;
            /**
             * @description What the key may do
             * @example integration
             * @enum {string}
             */
            role: "agent" | "supervisor" | "supplier" | "auditor" | "integration" | "admin";
            /**
             * @description The supplier a `supplier` key acts for, an id of the registry (`GET /suppliers`): required for that role, not allowed (absent or null) for the others
             * @example fabrika-yug
             */
            supplierId?: string | null;
        };
        CreateClaimDto: {
            /**
             * @description Links to photos, videos or documents (http or https), at most 20
             * @example [
             *       "https://files.example.com/claims/abc.jpg"
             *     ]
             */
            attachments?: string[];
            /**
             * @description The channel the claim came in by
             * @example hotline
             */
            channel: components["schemas"]["Channel"];
            /** @description Who complains; at least one of phone and email */
            customer: components["schemas"]["CustomerDto"];
            /**
             * @description The remedy the customer asks for, if they said; staff choose the remedy at /remedy
             * @example repair
             */
            demandedRemedy?: components["schemas"]["RemedyKind"];
            /**
             * @description The complaint in the customer's words
             * @example Seat cushions sagged after 5 months
             */
            description: string;
            /**
             * @description The channel's own id of this claim (call id, message id, …). The same channel + externalRef always yields the same claim, so a channel gateway can resend safely.
             * @example call-2026-11-22-0042
             */
            externalRef?: string;
            /** @description The order and the goods complained about */
            order: components["schemas"]["OrderDto"];
            /** @description The public review this claim answers, when there is one; a negative one (rating ≤ 3) starts review correction after the remedy */
            review?: components["schemas"]["LinkedReviewDto"];
        };
        CreatedApiKeyDto: {
            /**
             * Format: date-time
             * @example 2026-11-22T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            id: string;
            /**
             * @description The API key. Shown only in this response: store it now; the server keeps only its hash.
             * @example wce_9f86d081_884a1b7c0e3f2d5a6b9c8d7e6f5a4b3c2d1e0f9a
             */
            key: string;
            /** @example web-form-gateway */
            name: string;
            /**
             * @example integration
             * @enum {string}
             */
            role: "agent" | "supervisor" | "supplier" | "auditor" | "integration" | "admin";
            /** @example null */
            supplierId: string | null;
        };
        CreateSupplierDto: {
            /**
             * @description An inactive supplier gets no new disputes and no webhooks
             * @example true
             */
            active?: boolean;
            /** @description Who handles claims at the supplier */
            contact?: components["schemas"]["SupplierContactDto"];
            /**
             * @description Id used everywhere else (claims' order.supplierId, supplier API keys); letters, digits, dots, dashes, underscores
             * @example fabrika-yug
             */
            id: string;
            /**
             * @description Company name
             * @example Fabrika Yug LLC
             */
            name: string;
            /**
             * @description Reminders this many business days before the deadline; null = the policy default
             * @example [
             *       3,
             *       1
             *     ]
             */
            reminderBusinessDaysBefore?: number[] | null;
            /**
             * @description Business days the supplier has to answer a dispute; null = the policy default
             * @example 10
             */
            responseBusinessDays?: number | null;
            /**
             * @description Shared secret for the X-Signature HMAC (16–256 characters); required with a webhookUrl; never shown again
             * @example whsec_9f2c4e7a1b3d5f60
             */
            webhookSecret?: string;
            /**
             * Format: uri
             * @description Where task events are POSTed (an http or https URL; each delivery signed with the webhookSecret, which it needs unless one is set already); null = tasks through the API only
             * @example https://api.fabrika-yug.example/claims-webhook
             */
            webhookUrl?: string | null;
        };
        CsatDto: {
            /**
             * @description Survey answers with a CSAT score (1–5)
             * @example 40
             */
            answers: number;
            /**
             * @description CSAT: satisfied ÷ answers, in %; null without answers
             * @example 85
             */
            percent: number | null;
            /**
             * @description Of those, satisfied (4 or 5)
             * @example 34
             */
            satisfied: number;
        };
        CustomerDto: {
            /**
             * Format: email
             * @description Email address; stored lower-cased. A customer needs a phone, an email or both.
             * @example anna@example.com
             */
            email?: string;
            /**
             * @description Preferred language for messages to the customer, a short BCP 47 tag
             * @example ru
             */
            language?: string;
            /**
             * @description Full name as the customer gives it
             * @example Анна Петрова
             */
            name: string;
            /**
             * @description Phone in E.164 form (plus, country code, digits). A customer needs a phone, an email or both.
             * @example +79161234567
             */
            phone?: string;
        };
        CustomerRespondedDto: {
            /**
             * @description What the customer answered
             * @example Photos received by email.
             */
            notes?: string;
        };
        DependencyCheckDto: {
            /**
             * @description How long the probe took, in milliseconds
             * @example 3
             */
            latencyMs: number;
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /**
         * @description accept and reject are the supplier's; settle, escalate and write_off are staff's
         * @enum {string}
         */
        DisputeAction: "accept" | "reject" | "settle" | "escalate" | "write_off";
        /**
         * @description What the supplier is held responsible for
         * @enum {string}
         */
        DisputeKind: "late_delivery" | "incomplete_delivery" | "mechanical_damage" | "manufacturing_defect" | "other";
        DisputeReasonDto: {
            /**
             * @description Why
             * @example The supplier disputes the photos; a supervisor should call them.
             */
            reason: string;
        };
        /**
         * @description awaiting_supplier → accepted | rejected → settled; written_off from any open status
         * @enum {string}
         */
        DisputeStatus: "awaiting_supplier" | "accepted" | "rejected" | "settled" | "written_off";
        DisputeSummaryDto: {
            /**
             * @description The dispute actions allowed now
             * @example [
             *       "accept",
             *       "reject",
             *       "escalate",
             *       "write_off"
             *     ]
             */
            allowedActions: components["schemas"]["DisputeAction"][];
            /**
             * @description The cost claimed back
             * @example 12500
             */
            amountClaimed: number;
            /**
             * @description ISO 4217 currency of the amounts
             * @example RUB
             */
            currency: string;
            /**
             * Format: date-time
             * @description The supplier must answer before this instant (business days)
             * @example 2026-12-04T15:00:00.000Z
             */
            deadlineAt: string;
            /**
             * @description Escalated to supervisors (by staff, or when the deadline passed)
             * @example false
             */
            escalated: boolean;
            /**
             * Format: uuid
             * @description Dispute id (also the supplier's task id)
             * @example 7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @description What the supplier is held responsible for
             * @example manufacturing_defect
             */
            kind: components["schemas"]["DisputeKind"];
            /**
             * @description The deadline passed without an answer
             * @example false
             */
            overdue: boolean;
            /**
             * @description The agreed chargeback, once settled
             * @example 10000
             */
            settledAmount?: number;
            /**
             * @description Where the dispute stands
             * @example awaiting_supplier
             */
            status: components["schemas"]["DisputeStatus"];
            /**
             * @description The supplier disputed
             * @example fabrika-yug
             */
            supplierId: string;
        };
        DisputeViewDto: {
            /**
             * @description Actions allowed now
             * @example [
             *       "escalate",
             *       "write_off"
             *     ]
             */
            allowedActions: components["schemas"]["DisputeAction"][];
            /**
             * @description Amount claimed from the supplier
             * @example 12500
             */
            amountClaimed: number;
            /**
             * Format: uuid
             * @description The claim's id
             */
            claimId: string;
            /**
             * @description The claim's readable number
             * @example CL-2026-000123
             */
            claimNumber: string;
            /**
             * Format: date-time
             * @description When it was settled or written off
             */
            closedAt?: string;
            /**
             * @description ISO 4217 currency
             * @example RUB
             */
            currency: string;
            /**
             * Format: date-time
             * @description End of the working day of the last business day
             * @example 2026-12-04T15:00:00.000Z
             */
            deadlineAt: string;
            /**
             * @description Escalated to supervisors
             * @example false
             */
            escalated: boolean;
            /** @description Escalations, oldest first */
            escalations: components["schemas"]["EscalationDto"][];
            /** @description Links to evidence */
            evidenceUrls: string[];
            /** @description What the supplier sees of the claim */
            facts: components["schemas"]["SupplierFactsDto"];
            /**
             * Format: uuid
             * @description Id
             * @example 7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @description Dispute kind
             * @example manufacturing_defect
             */
            kind: components["schemas"]["DisputeKind"];
            /**
             * @description The company's message to the supplier
             * @example Filler of the seat cushions shrank within 5 months.
             */
            message: string;
            /**
             * Format: date-time
             * @description When the dispute was opened
             * @example 2026-11-20T07:00:00.000Z
             */
            openedAt: string;
            /** @description Who opened it */
            openedBy: components["schemas"]["ClaimActorDto"];
            /**
             * @description The deadline passed without an answer
             * @example false
             */
            overdue: boolean;
            /** @description When reminders go to the supplier */
            remindersAt: string[];
            /**
             * @description Reminders sent so far
             * @example 0
             */
            remindersSent: number;
            /** @description The supplier's answer */
            response?: components["schemas"]["StaffSupplierResponseDto"];
            /**
             * @description Business days the supplier was given
             * @example 10
             */
            responseBusinessDays: number;
            /** @description The agreed chargeback */
            settlement?: components["schemas"]["SettlementDto"];
            /**
             * @description Status
             * @example awaiting_supplier
             */
            status: components["schemas"]["DisputeStatus"];
            /**
             * @description Supplier id
             * @example fabrika-yug
             */
            supplierId: string;
            /**
             * @description Supplier name (when the dispute was opened)
             * @example Fabrika Yug
             */
            supplierName: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
            /** @description Why it was written off */
            writeOff?: components["schemas"]["WriteOffDto"];
        };
        EscalationDto: {
            /** @description Who */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /**
             * @description true when the deadline passed; false when staff escalated
             * @example true
             */
            automatic: boolean;
            /**
             * @description Why
             * @example the supplier did not answer by the deadline
             */
            reason: string;
        };
        FieldErrorDto: {
            /**
             * @description Path of the invalid field in the request body; arrays are indexed
             * @example order.price
             */
            field: string;
            /**
             * @description What is wrong with it
             * @example price must be a positive number
             */
            message: string;
        };
        FirstResponseSlaDto: {
            /**
             * @description Of those, SLA breached
             * @example 8
             */
            breached: number;
            /**
             * @description met ÷ measured, in %; null when nothing was measured
             * @example 90
             */
            compliancePercent: number | null;
            /**
             * @description Claims that got a first response or breached the first-response SLA
             * @example 80
             */
            measured: number;
            /**
             * @description Of those, answered within the SLA
             * @example 72
             */
            met: number;
        };
        FollowUpViewDto: {
            /** @description Review correction, for a claim linked to a negative public review */
            review?: components["schemas"]["ReviewCorrectionViewDto"];
            /**
             * Format: date-time
             * @description When the claim entered follow-up (its resolution)
             * @example 2026-11-25T09:00:00.000Z
             */
            startedAt: string;
            /** @description The satisfaction survey */
            survey: components["schemas"]["SurveyViewDto"];
        };
        HealthChecksDto: {
            /** @description PostgreSQL: `SELECT 1` */
            database: components["schemas"]["DependencyCheckDto"];
            /** @description Temporal: the frontend's GetSystemInfo */
            temporal: components["schemas"]["DependencyCheckDto"];
        };
        HealthReportDto: {
            checks: components["schemas"]["HealthChecksDto"];
            /**
             * @description `ok` only when every check is ok
             * @example ok
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        KeyCountDto: {
            /**
             * @description Claims in the group
             * @example 27
             */
            count: number;
            /**
             * @description The group: a code, or `unknown` for claims without a value yet (not triaged, no supplier)
             * @example hotline
             */
            key: string;
        };
        LinkedReviewDto: {
            /**
             * @description Review platform, a lowercase code; its rules (policy file) decide what the company may ask
             * @example yandex_maps
             */
            platform: string;
            /**
             * @description Star rating of the review, 1 to 5; 3 or less is negative
             * @example 2
             */
            rating: number;
            /**
             * @description The review's id on the platform
             * @example r-981
             */
            reviewId: string;
            /**
             * Format: uri
             * @description Public link to the review (http or https)
             * @example https://yandex.ru/maps/org/1234567890/reviews?reviewId=r-981
             */
            url?: string;
        };
        LinkedReviewStateDto: {
            /**
             * Format: date-time
             * @description When the platform reported it
             * @example 2026-11-25T09:00:00.000Z
             */
            changedAt: string;
            /**
             * @description Rating now
             * @example 4
             */
            rating: number;
            /**
             * @description The review was removed
             * @example false
             */
            removed: boolean;
        };
        LogVerificationDto: {
            /** @description every broken link found, in log order, then claims missing events (at most 100) */
            breaks: components["schemas"]["BrokenLinkDto"][];
            /**
             * @description distinct claims among the events checked
             * @example 1912
             */
            claimsChecked: number;
            /** @example 12840 */
            eventsChecked: number;
            /** @description the first broken link in log order, or null */
            firstBroken: components["schemas"]["BrokenLinkDto"] | null;
            /**
             * @description start of the range (events recorded at or after), or null for the start of the log
             * @example 2026-11-01T00:00:00.000Z
             */
            from: string | null;
            /** @example true */
            ok: boolean;
            /**
             * @description end of the range, or null for now
             * @example 2026-11-30T23:59:59.999Z
             */
            to: string | null;
            /**
             * @description true when there were more broken links than listed
             * @example false
             */
            truncated: boolean;
            /** @example 2026-11-23T10:00:00.000Z */
            verifiedAt: string;
        };
        MedianDurationDto: {
            /**
             * @description Claims measured (that reached the step)
             * @example 90
             */
            measured: number;
            /**
             * @description Median hours from receipt to the step (percentile_cont 0.5), 2 decimals; null when none reached it
             * @example 5.25
             */
            medianHours: number | null;
        };
        NoteViewDto: {
            /** @description Who added it */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * Format: date-time
             * @description When the note was added
             * @example 2026-11-22T11:40:00.000Z
             */
            at: string;
            /**
             * @description The note
             * @example photos confirm
             */
            text: string;
        };
        NpsDto: {
            /**
             * @description Survey answers with an NPS score (0–10)
             * @example 40
             */
            answers: number;
            /**
             * @description Detractors (0–6)
             * @example 6
             */
            detractors: number;
            /**
             * @description Passives (7–8)
             * @example 12
             */
            passives: number;
            /**
             * @description Promoters (9–10)
             * @example 22
             */
            promoters: number;
            /**
             * @description NPS: % promoters − % detractors (−100 to 100, 1 decimal, rounded once from the counts); null without answers
             * @example 40
             */
            score: number | null;
        };
        OpenDisputeDto: {
            /**
             * @description The cost claimed back from the supplier (more than 0, at most 2 decimals)
             * @example 12500
             */
            amountClaimed: number;
            /**
             * @description ISO 4217 currency of the amount
             * @example RUB
             */
            currency: string;
            /**
             * @description Links to evidence for the supplier (http or https), at most 20; the claim's attachments are added
             * @example [
             *       "https://files.example.com/claims/abc-closeup.jpg"
             *     ]
             */
            evidenceUrls?: string[];
            /**
             * @description What the supplier is held responsible for
             * @example manufacturing_defect
             */
            kind: components["schemas"]["DisputeKind"];
            /**
             * @description The message the supplier reads with its task
             * @example Filler of the seat cushions shrank within 5 months; photos attached.
             */
            message: string;
            /**
             * @description The supplier disputed; defaults to the supplier of the claim's order
             * @example fabrika-yug
             */
            supplierId?: string;
        };
        OrderDto: {
            /**
             * @description Product category, a lowercase code; picks the warranty period from the policy
             * @example upholstered
             */
            category: string;
            /**
             * @description ISO 4217 currency code of the price
             * @example RUB
             */
            currency: string;
            /**
             * Format: date
             * @description Day of delivery (YYYY-MM-DD), not before the purchase; leave out when the goods were not delivered. The warranty runs from delivery, else from purchase.
             * @example 2026-05-14
             */
            deliveredAt?: string;
            /**
             * @description The order number in the shop system
             * @example ORD-100234
             */
            orderId: string;
            /**
             * @description Price paid for the goods (more than 0, at most 2 decimals); the statutory penalty is 1% of it per day
             * @example 84990
             */
            price: number;
            /**
             * @description Product name as sold
             * @example Sofa Oslo 3-seat
             */
            productName: string;
            /**
             * Format: date
             * @description Day of purchase (YYYY-MM-DD), not after today
             * @example 2026-05-10
             */
            purchasedAt: string;
            /**
             * @description Stock keeping unit
             * @example SOFA-OSLO-3
             */
            sku: string;
            /**
             * @description Supplier (factory) of the goods, as in the supplier registry; leave out for own production
             * @example fabrika-yug
             */
            supplierId?: string;
        };
        PenaltyTotalDto: {
            /**
             * @description Penalties accrued (art. 23) over the period's claims, in that currency
             * @example 16998
             */
            amount: number;
            /**
             * @description ISO 4217 currency of the goods
             * @example RUB
             */
            currency: string;
        };
        ProblemDetailsDto: {
            /**
             * @description Explanation of this occurrence, written for the client
             * @example cannot complete a remedy while the claim is received
             */
            detail: string;
            /**
             * @description Server-side log reference (5xx only)
             * @example 0b5e7c1e-8a43-4f55-9f0e-0d0f5c3a1b2e
             */
            errorId?: string;
            /** @description Invalid fields (validation problems only) */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The request path this problem occurred on
             * @example /claims/7f1c/remedy/complete
             */
            instance: string;
            /**
             * @description HTTP status code
             * @example 409
             */
            status: number;
            /**
             * @description Short summary of the problem type
             * @example Action not allowed now
             */
            title: string;
            /**
             * @description URI identifying the problem type
             * @example https://warranty-claims.dev/problems/invalid-transition
             */
            type: string;
        };
        ProblemDto: {
            /**
             * @description Refused actions (409): the actions allowed now — of the claim (a ClaimAction), or of the supplier dispute or task the action was on
             * @example [
             *       "triage",
             *       "notes",
             *       "withdraw",
             *       "waiting_on_customer",
             *       "correct_order"
             *     ]
             */
            allowedActions?: string[];
            /**
             * @description Explanation of this occurrence, written for the client
             * @example cannot complete a remedy while the claim is received
             */
            detail: string;
            /**
             * @description Server-side log reference (5xx only)
             * @example 0b5e7c1e-8a43-4f55-9f0e-0d0f5c3a1b2e
             */
            errorId?: string;
            /** @description Invalid fields (validation problems only) */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The request path this problem occurred on
             * @example /claims/7f1c/remedy/complete
             */
            instance: string;
            /**
             * @description HTTP status code
             * @example 409
             */
            status: number;
            /**
             * @description Short summary of the problem type
             * @example Action not allowed now
             */
            title: string;
            /**
             * @description URI identifying the problem type
             * @example https://warranty-claims.dev/problems/invalid-transition
             */
            type: string;
        };
        RejectDisputeDto: {
            /**
             * @description Links to the supplier's evidence, at most 20
             * @example [
             *       "https://supplier.example.com/delivery-notes/7781.pdf"
             *     ]
             */
            evidenceUrls?: string[];
            /**
             * @description Why the supplier rejects the claim
             * @example The goods left our factory undamaged; see the signed delivery note.
             */
            reason: string;
        };
        /**
         * @description A remedy under the consumer protection law; `rejected` means the claim is unfounded (with a written reason)
         * @enum {string}
         */
        RemedyKind: "refund" | "price_reduction" | "repair_cost_reimbursement" | "replacement" | "repair" | "rejected";
        RemedyViewDto: {
            /**
             * @description repair: days agreed in writing
             * @example 20
             */
            agreedRepairDays?: number;
            /**
             * Format: date-time
             * @description When the remedy was chosen
             * @example 2026-11-23T10:00:00.000Z
             */
            chosenAt: string;
            /** @description Who chose it */
            chosenBy: components["schemas"]["ClaimActorDto"];
            /**
             * Format: date-time
             * @description When the remedy was completed
             * @example 2026-12-08T15:30:00.000Z
             */
            completedAt?: string;
            /**
             * @description Notes given on completion
             * @example new cushions fitted
             */
            completionNotes?: string;
            /**
             * @description The chosen remedy
             * @example repair
             */
            kind: components["schemas"]["RemedyKind"];
            /**
             * @description replacement: the goods are out of stock
             * @example false
             */
            outOfStock?: boolean;
            /**
             * @description replacement: a quality check is needed
             * @example false
             */
            qualityCheck?: boolean;
            /**
             * @description rejected: the written reason
             * @example The damage was caused by improper use.
             */
            reason?: string;
        };
        ReopenClaimDto: {
            /**
             * @description Why the claim is reopened; a reopen is a new demand, so the statutory clock starts again
             * @example The new cushions sagged again within a week.
             */
            reason: string;
        };
        ResendSurveyDto: Record<string, never>;
        /**
         * @description Who is responsible for what went wrong
         * @enum {string}
         */
        ResponsibleUnit: "sales" | "logistics" | "distribution_center" | "supplier" | "other";
        ReviewCorrectionDto: {
            /**
             * @description Claims linked to a negative review (rating ≤ 3) whose correction has an outcome
             * @example 9
             */
            measured: number;
            /** @description Those claims per outcome */
            outcomes: components["schemas"]["ReviewOutcomeCountsDto"];
            /**
             * @description Review-correction rate: updated ÷ measured, in %; null when none has an outcome
             * @example 55.6
             */
            updatedPercent: number | null;
        };
        ReviewCorrectionViewDto: {
            /**
             * Format: date-time
             * @description When the outcome was decided
             * @example 2026-11-25T09:00:00.000Z
             */
            endedAt?: string;
            /**
             * @description The resolution notice said the review can be edited (only where the platform allows it)
             * @example true
             */
            mayMentionEditing: boolean;
            /**
             * Format: date-time
             * @description The review feed is followed until then
             * @example 2026-11-25T09:00:00.000Z
             */
            monitorUntil: string;
            /**
             * Format: date-time
             * @description When the resolution notice went out
             * @example 2026-11-25T09:00:00.000Z
             */
            noticeSentAt: string;
            /**
             * @description Rating when the claim was taken in
             * @example 2
             */
            originalRating: number;
            /**
             * @description updated = the rating rose
             * @example updated
             * @enum {string}
             */
            outcome?: "updated" | "unchanged" | "removed";
            /**
             * @description Review platform
             * @example yandex_maps
             */
            platform: string;
            /**
             * @description The platform's review id
             * @example r-981
             */
            reviewId: string;
        };
        ReviewEventDto: {
            /**
             * @description When the platform published or changed the review: a date-time with offset
             * @example 2026-11-22T10:15:00Z
             */
            at: string;
            /**
             * @description The author's name as the platform shows it
             * @example Anna P.
             */
            author?: string;
            /** @description The order, when the monitoring system matched the review to one */
            order?: components["schemas"]["OrderDto"];
            /**
             * @description Review platform, a lowercase code
             * @example yandex_maps
             */
            platform: string;
            /**
             * @description Star rating now
             * @example 2
             */
            rating: number;
            /**
             * @description The review was removed from the platform
             * @example false
             */
            removed?: boolean;
            /**
             * @description The review's id on the platform; with the platform, identifies the review
             * @example r-981
             */
            reviewId: string;
            /**
             * @description The review's text now
             * @example The sofa cushions sagged after five months.
             */
            text?: string;
            /**
             * @description Link to the review
             * @example https://yandex.ru/maps/org/1234567890/reviews?reviewId=r-981
             */
            url?: string;
        };
        ReviewEventResultDto: {
            /**
             * Format: uuid
             * @description The claim
             * @example 3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f
             */
            claimId?: string;
            /**
             * @description Its readable number
             * @example CL-2026-000123
             */
            number?: string;
            /**
             * @description claim_opened: a new negative review opened a claim; claim_exists: that claim was already opened; forwarded: the linked claim was told of the change; ignored: not negative and linked to no claim
             * @example claim_opened
             * @enum {string}
             */
            outcome: "claim_opened" | "claim_exists" | "forwarded" | "ignored";
        };
        ReviewOutcomeCountsDto: {
            /**
             * @description The review was removed
             * @example 1
             */
            removed: number;
            /**
             * @description The rating stayed as it was until the watch deadline
             * @example 3
             */
            unchanged: number;
            /**
             * @description The rating rose after the correction
             * @example 5
             */
            updated: number;
        };
        ReviewReplyDto: {
            /**
             * @description When it was posted (default: now), a date-time with offset
             * @example 2026-11-24T12:00:00Z
             */
            postedAt?: string;
            /**
             * @description The public reply as posted on the platform; it states the resolution
             * @example We replaced the cushions under warranty. Thank you for telling us.
             */
            text: string;
        };
        ReviewReplyViewDto: {
            /** @description Who recorded it */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * Format: date-time
             * @description When it was posted on the platform
             * @example 2026-11-25T09:00:00.000Z
             */
            postedAt: string;
            /**
             * @description The public reply as posted
             * @example We replaced the cushions under warranty; thank you for telling us.
             */
            text: string;
        };
        ScorecardAmountDto: {
            /**
             * @description Claimed from the supplier over all disputes
             * @example 150000
             */
            claimed: number;
            /**
             * @description ISO 4217 currency
             * @example RUB
             */
            currency: string;
            /**
             * @description Agreed chargebacks of settled disputes
             * @example 95000
             */
            recovered: number;
        };
        ScorecardCountsDto: {
            /**
             * @description Settled or written off
             * @example 9
             */
            closed: number;
            /**
             * @description Not yet settled or written off
             * @example 3
             */
            open: number;
            /**
             * @description Settled
             * @example 7
             */
            settled: number;
            /**
             * @description All disputes
             * @example 12
             */
            total: number;
            /**
             * @description Written off
             * @example 2
             */
            writtenOff: number;
        };
        ScorecardDto: {
            /**
             * @description accepted ÷ answered (0–1); null before the first answer
             * @example 0.8
             */
            acceptanceRate: number | null;
            /** @description Amounts per currency */
            amounts: components["schemas"]["ScorecardAmountDto"][];
            /**
             * @description Disputes whose deadline passed without an answer in time
             * @example 1
             */
            deadlineBreaches: number;
            /** @description Disputes by state */
            disputes: components["schemas"]["ScorecardCountsDto"];
            /**
             * @description Median time to answer, in business hours of the policy calendar
             * @example 6.5
             */
            medianResponseBusinessHours: number | null;
            /** @description The supplier's answers */
            responses: components["schemas"]["ScorecardResponsesDto"];
            /**
             * @description Supplier id
             * @example fabrika-yug
             */
            supplierId: string;
        };
        ScorecardResponsesDto: {
            /**
             * @description Accepted by the supplier
             * @example 8
             */
            accepted: number;
            /**
             * @description Rejected by the supplier
             * @example 2
             */
            rejected: number;
            /**
             * @description Not answered (yet)
             * @example 2
             */
            unanswered: number;
        };
        SettleDisputeDto: {
            /**
             * @description The agreed chargeback, in the dispute currency; at most the amount claimed
             * @example 10000
             */
            amount: number;
            /**
             * @description What was agreed, and why
             * @example Supplier credits 10 000 RUB against the next invoice.
             */
            reason: string;
        };
        SettlementDto: {
            /** @description Who */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * @description Amount
             * @example 10000
             */
            amount: number;
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /**
             * @description Why
             * @example Supplier credits 10 000 RUB against the next invoice.
             */
            reason: string;
        };
        /**
         * @description How bad the problem is
         * @enum {string}
         */
        Severity: "low" | "medium" | "high" | "critical";
        SlaViewDto: {
            /**
             * @description The first response came late, or has not come and is due
             * @example false
             */
            breached: boolean;
            /**
             * Format: date-time
             * @description First-response SLA due time (the company's clock)
             * @example 2026-11-23T09:12:00.000Z
             */
            firstResponseDueAt: string;
            /**
             * @description The SLA clock is paused while the claim waits on the customer
             * @example false
             */
            paused: boolean;
            /**
             * @description Milliseconds the SLA clock has been paused in all
             * @example 0
             */
            pausedMs: number;
            /**
             * Format: date-time
             * @description When the first staff action came
             * @example 2026-11-22T11:40:00.000Z
             */
            respondedAt?: string;
        };
        StaffSupplierResponseDto: {
            /** @description The supplier key that answered */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * @description Amount
             * @example 12500
             */
            amount?: number;
            /**
             * Format: date-time
             * @description When
             * @example 2026-11-24T10:00:00.000Z
             */
            at: string;
            /** @description Links to evidence */
            evidenceUrls?: string[];
            /**
             * Format: date
             * @description When the supplier expects to deliver
             * @example 2026-12-10
             */
            expectedDate?: string;
            /**
             * @description It came after the deadline
             * @example false
             */
            late: boolean;
            /**
             * @description The company's message to the supplier
             * @example New cushions ship on Monday.
             */
            message?: string;
            /**
             * @description accepted or rejected
             * @example accepted
             * @enum {string}
             */
            outcome: "accepted" | "rejected";
            /**
             * @description Why
             * @example The goods left our factory undamaged.
             */
            reason?: string;
            /**
             * @description What the supplier offered
             * @example replacement_part
             */
            remedy?: components["schemas"]["SupplierRemedy"];
        };
        StatutoryDeadlineDto: {
            /**
             * @description Of those, past their deadline
             * @example 2
             */
            breached: number;
            /**
             * @description met ÷ measured, in %; null when no deadline was set
             * @example 96
             */
            compliancePercent: number | null;
            /**
             * @description Claims with a statutory deadline set (a remedy was chosen)
             * @example 50
             */
            measured: number;
            /**
             * @description Of those, not past their deadline
             * @example 48
             */
            met: number;
            /** @description Penalties accrued, summed per currency (currencies with none are left out) */
            penalties: components["schemas"]["PenaltyTotalDto"][];
        };
        StatutoryViewDto: {
            /**
             * @description The legal basis of the deadline
             * @example art. 20: repair, 20 days as agreed
             */
            basis?: string;
            /**
             * @description The deadline has passed without the remedy done
             * @example false
             */
            breached: boolean;
            /**
             * @description Currency of the penalty (the price's)
             * @example RUB
             */
            currency: string;
            /**
             * Format: date-time
             * @description Statutory deadline of the chosen remedy
             * @example 2026-12-12T20:59:59.999Z
             */
            deadlineAt?: string;
            /**
             * Format: date-time
             * @description When the customer's demand was made (intake, or the last reopen); the statutory clock counts from it
             * @example 2026-11-22T09:12:00.000Z
             */
            demandedAt: string;
            /**
             * @description Penalty accrued (shown, never paid by the engine): price × rate × days
             * @example 0
             */
            penaltyAmount: number;
            /**
             * @description Days of penalty accrued past the deadline
             * @example 0
             */
            penaltyDays: number;
            /**
             * @description Penalty per day as a fraction of the price
             * @example 0.01
             */
            penaltyRatePerDay: number;
            /**
             * @description The warning before the deadline went out
             * @example false
             */
            warned: boolean;
            /**
             * Format: date-time
             * @description When a warning goes out before the deadline
             * @example 2026-12-10T09:12:00.000Z
             */
            warningAt?: string;
        };
        SupplierContactDto: {
            /**
             * @description Contact e-mail for claims
             * @example claims@fabrika-yug.example
             */
            email?: string;
            /**
             * @description Contact person
             * @example Ivan Sidorov
             */
            person?: string;
            /**
             * @description Contact phone, E.164
             * @example +78612000000
             */
            phone?: string;
        };
        SupplierDefectDto: {
            /**
             * @description Defect code set by triage
             * @example upholstered.filler_shrinkage
             */
            code?: string;
            /**
             * @description The complaint
             * @example Seat cushions sagged after 5 months
             */
            description: string;
        };
        SupplierDto: {
            /**
             * @description Active suppliers get disputes and webhooks
             * @example true
             */
            active: boolean;
            /** @description Who handles claims */
            contact: components["schemas"]["SupplierContactDto"];
            /**
             * Format: date-time
             * @description Registered at
             */
            createdAt: string;
            /**
             * @description The reminders new disputes get
             * @example [
             *       3,
             *       1
             *     ]
             */
            effectiveReminderBusinessDaysBefore: number[];
            /**
             * @description The deadline new disputes get
             * @example 10
             */
            effectiveResponseBusinessDays: number;
            /**
             * @description Supplier id
             * @example fabrika-yug
             */
            id: string;
            /**
             * @description Company name
             * @example Fabrika Yug LLC
             */
            name: string;
            /**
             * @description Own reminder offsets; null = policy default
             * @example [
             *       3,
             *       1
             *     ]
             */
            reminderBusinessDaysBefore: number[] | null;
            /**
             * @description Own answer deadline in business days; null = policy default
             * @example 10
             */
            responseBusinessDays: number | null;
            /**
             * Format: date-time
             * @description Last changed at
             */
            updatedAt: string;
            /**
             * @description Whether a webhook secret is set (the secret itself is never shown)
             * @example true
             */
            webhookSecretSet: boolean;
            /**
             * @description Webhook endpoint, if any
             * @example https://api.fabrika-yug.example/claims-webhook
             */
            webhookUrl: string | null;
        };
        SupplierFactsDto: {
            /**
             * @description The claim's readable number
             * @example CL-2026-000123
             */
            claimNumber: string;
            /** @description The defect */
            defect: components["schemas"]["SupplierDefectDto"];
            /**
             * @description Links to evidence
             * @example [
             *       "https://files.example.com/claims/abc.jpg"
             *     ]
             */
            evidenceUrls: string[];
            /** @description The order */
            order: components["schemas"]["SupplierOrderDto"];
            /** @description The goods */
            product: components["schemas"]["SupplierProductDto"];
        };
        SupplierListDto: {
            /** @description This page, by id */
            items: components["schemas"]["SupplierDto"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        SupplierOrderDto: {
            /**
             * @description ISO 4217 currency
             * @example RUB
             */
            currency: string;
            /**
             * Format: date
             * @description Delivery date
             * @example 2026-05-14
             */
            deliveredAt?: string;
            /**
             * @description Order id
             * @example ORD-100234
             */
            orderId: string;
            /**
             * @description Price paid by the customer
             * @example 84990
             */
            price: number;
            /**
             * Format: date
             * @description Purchase date
             * @example 2026-05-10
             */
            purchasedAt: string;
        };
        SupplierProductDto: {
            /**
             * @description Product category
             * @example upholstered
             */
            category: string;
            /**
             * @description Product name
             * @example Sofa Oslo 3-seat
             */
            productName: string;
            /**
             * @description Product SKU
             * @example SOFA-OSLO-3
             */
            sku: string;
        };
        /**
         * @description What a supplier offers when it accepts a dispute
         * @enum {string}
         */
        SupplierRemedy: "replacement_part" | "full_replacement" | "repair" | "compensation";
        SupplierResponseDto: {
            /**
             * @description Amount
             * @example 12500
             */
            amount?: number;
            /**
             * Format: date-time
             * @description When
             * @example 2026-11-24T10:00:00.000Z
             */
            at: string;
            /** @description Links to evidence */
            evidenceUrls?: string[];
            /**
             * Format: date
             * @description When the supplier expects to deliver
             * @example 2026-12-10
             */
            expectedDate?: string;
            /**
             * @description It came after the deadline
             * @example false
             */
            late: boolean;
            /**
             * @description The company's message to the supplier
             * @example New cushions ship on Monday.
             */
            message?: string;
            /**
             * @description accepted or rejected
             * @example accepted
             * @enum {string}
             */
            outcome: "accepted" | "rejected";
            /**
             * @description Why
             * @example The goods left our factory undamaged.
             */
            reason?: string;
            /**
             * @description What the supplier offered
             * @example replacement_part
             */
            remedy?: components["schemas"]["SupplierRemedy"];
        };
        SupplierSettlementDto: {
            /**
             * @description Amount
             * @example 10000
             */
            amount: number;
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /**
             * @description Why
             * @example Credit against the next invoice.
             */
            reason: string;
        };
        SupplierTaskDto: {
            /**
             * @description accept and reject, while the task awaits you
             * @example [
             *       "accept",
             *       "reject"
             *     ]
             */
            allowedActions: components["schemas"]["DisputeAction"][];
            /**
             * @description Amount claimed from the supplier
             * @example 12500
             */
            amountClaimed: number;
            /**
             * @description The claim's readable number
             * @example CL-2026-000123
             */
            claimNumber: string;
            /**
             * Format: date-time
             * @description When it was settled or written off
             */
            closedAt?: string;
            /**
             * @description ISO 4217 currency
             * @example RUB
             */
            currency: string;
            /**
             * Format: date-time
             * @description Answer before this instant
             * @example 2026-12-04T15:00:00.000Z
             */
            deadlineAt: string;
            /**
             * @description Escalated to supervisors
             * @example false
             */
            escalated: boolean;
            /** @description The claim facts the supplier may see */
            facts: components["schemas"]["SupplierFactsDto"];
            /**
             * Format: uuid
             * @description Id
             * @example 7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @description Dispute kind
             * @example manufacturing_defect
             */
            kind: components["schemas"]["DisputeKind"];
            /**
             * @description The company's message to the supplier
             * @example Filler of the seat cushions shrank within 5 months.
             */
            message: string;
            /**
             * Format: date-time
             * @description When the dispute was opened
             */
            openedAt: string;
            /**
             * @description The deadline passed without an answer
             * @example false
             */
            overdue: boolean;
            /** @description remindersAt */
            remindersAt: string[];
            /** @description The supplier's answer */
            response?: components["schemas"]["SupplierResponseDto"];
            /** @description The agreed chargeback */
            settlement?: components["schemas"]["SupplierSettlementDto"];
            /**
             * @description Status
             * @example awaiting_supplier
             */
            status: components["schemas"]["DisputeStatus"];
            /**
             * Format: date-time
             * @description When it was written off
             */
            writtenOffAt?: string;
        };
        SupplierTaskListDto: {
            /** @description This page */
            items: components["schemas"]["SupplierTaskDto"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        SurveyAnswerBodyDto: {
            /**
             * @description How easy it was: 1 very difficult … 7 very easy
             * @example 6
             */
            ces: number;
            /**
             * @description Anything else
             * @example Quick and polite, thank you.
             */
            comment?: string;
            /**
             * @description How satisfied with the resolution: 1 very dissatisfied … 5 very satisfied
             * @example 4
             */
            csat: number;
            /**
             * @description How likely to recommend us: 0 not at all … 10 extremely
             * @example 9
             */
            nps: number;
        };
        SurveyAnswerDto: {
            /**
             * @description CES: how easy it was (7 = very easy)
             * @example 6
             */
            ces: number;
            /**
             * @description Free comment
             * @example Quick and polite, thank you.
             */
            comment?: string;
            /**
             * @description CSAT: satisfaction with the resolution (4–5 = satisfied)
             * @example 4
             */
            csat: number;
            /**
             * @description NPS: likelihood to recommend (9–10 promoter, 0–6 detractor)
             * @example 9
             */
            nps: number;
        };
        SurveyDto: {
            /**
             * @description Of those, answered
             * @example 40
             */
            answered: number;
            /** @description Customer effort score */
            ces: components["schemas"]["CesDto"];
            /** @description Customer satisfaction */
            csat: components["schemas"]["CsatDto"];
            /** @description Net Promoter Score */
            nps: components["schemas"]["NpsDto"];
            /**
             * @description Response rate: answered ÷ sent, in %; null when none was sent
             * @example 66.7
             */
            responseRatePercent: number | null;
            /**
             * @description Surveys sent
             * @example 60
             */
            sent: number;
        };
        SurveyFormDto: {
            /**
             * @description The claim the survey is about
             * @example CL-2026-000123
             */
            claimNumber: string;
            /**
             * @description Prompt for the optional comment
             * @example Anything else you would like to tell us? (optional)
             */
            commentPrompt: string;
            /**
             * Format: date-time
             * @description The link works until then
             * @example 2026-12-07T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description Language of the questions
             * @example en
             * @enum {string}
             */
            language: "ru" | "en";
            /** @description CSAT, NPS and CES, in this order */
            questions: components["schemas"]["SurveyQuestionDto"][];
            /**
             * @description Title of the form
             * @example How did we handle your claim?
             */
            title: string;
        };
        SurveyQuestionDto: {
            /**
             * @description The answer field this question fills
             * @example csat
             * @enum {string}
             */
            id: "csat" | "nps" | "ces";
            /**
             * @description Highest answer
             * @example 5
             */
            max: number;
            /**
             * @description What the highest answer means
             * @example very satisfied
             */
            maxLabel: string;
            /**
             * @description Lowest answer
             * @example 1
             */
            min: number;
            /**
             * @description What the lowest answer means
             * @example very dissatisfied
             */
            minLabel: string;
            /**
             * @description The question, in the customer's language
             * @example How satisfied are you with how your claim was resolved?
             */
            text: string;
        };
        SurveyThanksDto: {
            /**
             * @description Acknowledgement in the customer's language
             * @example Thank you for your answer.
             */
            message: string;
        };
        SurveyViewDto: {
            /**
             * @description Why the answer alerted supervisors (NPS 0–6, CSAT 1–3)
             * @example []
             */
            alerts: ("detractor" | "unsatisfied")[];
            /** @description The answer */
            answer?: components["schemas"]["SurveyAnswerDto"];
            /**
             * Format: date-time
             * @description When the customer answered
             * @example 2026-11-25T09:00:00.000Z
             */
            answeredAt?: string;
            /**
             * Format: date-time
             * @description When the link stops working
             * @example 2026-11-25T09:00:00.000Z
             */
            expiresAt?: string;
            /**
             * @description Survey id (a reopened claim gets a new survey)
             * @example 3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f:0
             */
            id: string;
            /**
             * @description Language of the questions (the customer's)
             * @example ru
             * @enum {string}
             */
            language: "ru" | "en";
            /**
             * @description The customer's current survey link, while it is out and unanswered: in GET /claims/{id} for agents and supervisors only
             * @example https://claims.example.com/surveys/eyJjIjoi…IiwiZSI6MTc2NTA5NzIwMDAwMH0.3q2-7w
             */
            link?: string;
            /**
             * Format: date-time
             * @description When the one reminder goes out if unanswered
             * @example 2026-11-25T09:00:00.000Z
             */
            remindAt?: string;
            /**
             * @description The reminder went out
             * @example false
             */
            reminded: boolean;
            /**
             * @description How many times staff sent a new link (POST /claims/{id}/survey/resend)
             * @example 1
             */
            resends?: number;
            /**
             * Format: date-time
             * @description When the link goes out (the policy's delay after resolution)
             * @example 2026-11-25T09:00:00.000Z
             */
            sendAt: string;
            /**
             * Format: date-time
             * @description When the link went out
             * @example 2026-11-25T09:00:00.000Z
             */
            sentAt?: string;
            /**
             * @description Where the survey stands
             * @example sent
             * @enum {string}
             */
            status: "scheduled" | "sent" | "answered" | "expired";
        };
        TriageClaimDto: {
            /**
             * @description Defect / fault code, `group.code` or `code`; it must be one of the policy's defect codes (by default e.g. upholstered.filler_shrinkage, delivery.late, manufacturing_defect, other), else the claim refuses it
             * @example upholstered.filler_shrinkage
             */
            defectCode: string;
            /**
             * @description An internal note kept with the claim
             * @example photos confirm
             */
            notes?: string;
            /**
             * @description How bad it is
             * @example medium
             */
            severity: components["schemas"]["Severity"];
            /**
             * @description What the claim is about
             * @example product_quality
             */
            type: components["schemas"]["ClaimType"];
            /**
             * @description Who is responsible; `supplier` can open a supplier dispute
             * @example supplier
             */
            unit: components["schemas"]["ResponsibleUnit"];
        };
        UpdateSupplierDto: {
            /**
             * @description An inactive supplier gets no new disputes and no webhooks
             * @example true
             */
            active?: boolean;
            /** @description Who handles claims at the supplier */
            contact?: components["schemas"]["SupplierContactDto"];
            /**
             * @description Company name
             * @example Fabrika Yug LLC
             */
            name?: string;
            /**
             * @description Reminders this many business days before the deadline; null = the policy default
             * @example [
             *       3,
             *       1
             *     ]
             */
            reminderBusinessDaysBefore?: number[] | null;
            /**
             * @description Business days the supplier has to answer a dispute; null = the policy default
             * @example 10
             */
            responseBusinessDays?: number | null;
            /**
             * @description Shared secret for the X-Signature HMAC (16–256 characters); required with a webhookUrl; never shown again
             * @example whsec_9f2c4e7a1b3d5f60
             */
            webhookSecret?: string;
            /**
             * Format: uri
             * @description Where task events are POSTed (an http or https URL; each delivery signed with the webhookSecret, which it needs unless one is set already); null = tasks through the API only
             * @example https://api.fabrika-yug.example/claims-webhook
             */
            webhookUrl?: string | null;
        };
        WaitingOnCustomerDto: {
            /**
             * @description What the customer is asked for; the company SLA clock pauses (the statutory one never does)
             * @example Asked for photos of the seat cushions.
             */
            reason: string;
        };
        /**
         * @description The warranty runs from delivery, or from purchase when there was none
         * @enum {string}
         */
        WarrantyBasis: "delivery" | "purchase";
        WarrantyCheckDto: {
            /**
             * @description The warranty runs from delivery, or from purchase when there was none
             * @example delivery
             */
            basis: components["schemas"]["WarrantyBasis"];
            /**
             * @description Product category the period was taken for
             * @example upholstered
             */
            category: string;
            /**
             * Format: date
             * @description Last day of the warranty
             * @example 2027-11-13
             */
            endsOn: string;
            /**
             * @description The claim was made within the warranty (out-of-warranty claims are taken in and flagged)
             * @example true
             */
            inWarranty: boolean;
            /**
             * @description Warranty period in months (policy, per category)
             * @example 18
             */
            months: number;
            /**
             * Format: date
             * @description First day of the warranty
             * @example 2026-05-14
             */
            startsOn: string;
        };
        WhoAmIDto: {
            /**
             * Format: uuid
             * @description The key's id (as in `GET /admin/api-keys` and in audit events' actor)
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            id: string;
            /**
             * @description The key's label, given when it was created
             * @example anna
             */
            name: string;
            /**
             * @description What the key may do
             * @example agent
             * @enum {string}
             */
            role: "agent" | "supervisor" | "supplier" | "auditor" | "integration" | "admin";
            /**
             * @description The supplier a `supplier` key acts for; absent for every other role
             * @example fabrika-yug
             */
            supplierId?: string;
        };
        WithdrawClaimDto: {
            /**
             * @description Why the claim is withdrawn
             * @example The customer withdrew the claim by phone.
             */
            reason: string;
        };
        WorkflowComparisonDto: {
            /** @example 7 */
            auditEvents: number;
            /** Format: uuid */
            claimId: string;
            firstMismatch: components["schemas"]["ComparisonMismatchDto"] | null;
            /**
             * @description events handed to the record activity that has not completed yet
             * @example 0
             */
            inFlight: number;
            /**
             * @description the audit log holds the workflow's events: same actions, same order
             * @example true
             */
            matches: boolean;
            /** @example 7 */
            workflowEvents: number;
            /** @example claim-7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f */
            workflowId: string;
        };
        WriteOffDto: {
            /** @description Who */
            actor: components["schemas"]["ClaimActorDto"];
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /**
             * @description Why
             * @example Amount too small to pursue.
             */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    AdminApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3b241101-e2bb-4255-8caf-4136c566a962",
                     *         "name": "web-form-gateway",
                     *         "role": "integration",
                     *         "supplierId": null,
                     *         "keyPrefix": "9f86d081",
                     *         "createdAt": "2026-11-22T09:30:00.000Z",
                     *         "revokedAt": null,
                     *         "lastUsedAt": "2026-11-22T10:02:13.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/admin/api-keys",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AdminApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The key was created; `key` is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "name": "web-form-gateway",
                     *       "role": "integration",
                     *       "supplierId": null,
                     *       "key": "wce_9f86d081_884a1b7c0e3f2d5a6b9c8d7e6f5a4b3c2d1e0f9a",
                     *       "createdAt": "2026-11-22T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: supplierId.",
                     *       "instance": "/admin/api-keys",
                     *       "errors": [
                     *         {
                     *           "field": "supplierId",
                     *           "message": "supplierId is required for keys with role supplier"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/admin/api-keys",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AdminApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: id.",
                     *       "instance": "/admin/api-keys/not-a-uuid",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "message": "id must be a UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No key has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No API key with id 3b241101-e2bb-4255-8caf-4136c566a962.",
                     *       "instance": "/admin/api-keys/3b241101-e2bb-4255-8caf-4136c566a962"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/admin/api-keys",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AdminApiKeysController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was rotated; `key` is shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "name": "web-form-gateway",
                     *       "role": "integration",
                     *       "supplierId": null,
                     *       "key": "wce_1c0ffee2_5d7e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
                     *       "createdAt": "2026-11-22T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: id.",
                     *       "instance": "/admin/api-keys/not-a-uuid/rotate",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "message": "id must be a UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/admin/api-keys"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No key has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "No API key with id 3b241101-e2bb-4255-8caf-4136c566a962.",
                     *       "instance": "/admin/api-keys/3b241101-e2bb-4255-8caf-4136c566a962/rotate"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The key is revoked, or is the bootstrap admin key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/invalid-transition",
                     *       "title": "Action not allowed now",
                     *       "status": 409,
                     *       "detail": "API key 3b241101-e2bb-4255-8caf-4136c566a962 is revoked; create a new key instead.",
                     *       "instance": "/admin/api-keys/3b241101-e2bb-4255-8caf-4136c566a962/rotate"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/admin/api-keys",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnalyticsController_summary: {
        parameters: {
            query?: {
                /** @description Answer format; overrides the Accept header. `csv`: one `section,key,value` row per figure */
                format?: "json" | "csv";
                /** @description Only claims received at or after: a date (from the start of that UTC day) or a date-time with an offset */
                from?: string;
                /** @description Only claims received at or before: a date (to the end of that UTC day) or a date-time with an offset; not before `from` */
                to?: string;
            };
            header?: {
                /** @description application/json (default) or text/csv */
                Accept?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary (JSON), or the same figures as CSV rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "period": {
                     *         "from": "2026-11-01T00:00:00.000Z",
                     *         "to": "2026-11-30T23:59:59.999Z"
                     *       },
                     *       "claims": {
                     *         "total": 4,
                     *         "byChannel": [
                     *           {
                     *             "key": "hotline",
                     *             "count": 3
                     *           },
                     *           {
                     *             "key": "email",
                     *             "count": 1
                     *           }
                     *         ],
                     *         "byType": [
                     *           {
                     *             "key": "product_quality",
                     *             "count": 3
                     *           },
                     *           {
                     *             "key": "unknown",
                     *             "count": 1
                     *           }
                     *         ],
                     *         "byUnit": [
                     *           {
                     *             "key": "supplier",
                     *             "count": 2
                     *           },
                     *           {
                     *             "key": "logistics",
                     *             "count": 1
                     *           },
                     *           {
                     *             "key": "unknown",
                     *             "count": 1
                     *           }
                     *         ],
                     *         "byDefect": [
                     *           {
                     *             "key": "upholstered.filler_shrinkage",
                     *             "count": 2
                     *           },
                     *           {
                     *             "key": "delivery.late",
                     *             "count": 1
                     *           },
                     *           {
                     *             "key": "unknown",
                     *             "count": 1
                     *           }
                     *         ],
                     *         "bySupplier": [
                     *           {
                     *             "key": "fabrika-yug",
                     *             "count": 2
                     *           },
                     *           {
                     *             "key": "unknown",
                     *             "count": 2
                     *           }
                     *         ]
                     *       },
                     *       "firstResponseSla": {
                     *         "measured": 4,
                     *         "met": 3,
                     *         "breached": 1,
                     *         "compliancePercent": 75
                     *       },
                     *       "statutoryDeadline": {
                     *         "measured": 3,
                     *         "met": 2,
                     *         "breached": 1,
                     *         "compliancePercent": 66.7,
                     *         "penalties": [
                     *           {
                     *             "currency": "RUB",
                     *             "amount": 2549.7
                     *           }
                     *         ]
                     *       },
                     *       "timeToTriage": {
                     *         "measured": 3,
                     *         "medianHours": 5.25
                     *       },
                     *       "timeToResolve": {
                     *         "measured": 2,
                     *         "medianHours": 170.5
                     *       },
                     *       "survey": {
                     *         "sent": 2,
                     *         "answered": 1,
                     *         "responseRatePercent": 50,
                     *         "csat": {
                     *           "answers": 1,
                     *           "satisfied": 1,
                     *           "percent": 100
                     *         },
                     *         "nps": {
                     *           "answers": 1,
                     *           "promoters": 1,
                     *           "passives": 0,
                     *           "detractors": 0,
                     *           "score": 100
                     *         },
                     *         "ces": {
                     *           "answers": 1,
                     *           "mean": 6
                     *         }
                     *       },
                     *       "reviewCorrection": {
                     *         "measured": 1,
                     *         "outcomes": {
                     *           "updated": 1,
                     *           "unchanged": 0,
                     *           "removed": 0
                     *         },
                     *         "updatedPercent": 100
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsSummaryDto"];
                    /**
                     * @example section,key,value
                     *     period,from,2026-11-01T00:00:00.000Z
                     *     claims,total,4
                     *     claims.byChannel,hotline,3
                     *     …
                     */
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: to.",
                     *       "instance": "/analytics/summary?from=2026-11-30&to=2026-11-01",
                     *       "errors": [
                     *         {
                     *           "field": "to",
                     *           "message": "to must not be before from"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/analytics/summary"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/analytics/summary"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/analytics/summary",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditVerificationController_compareWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description claim id or number */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *       "workflowId": "claim-7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *       "matches": false,
                     *       "auditEvents": 6,
                     *       "workflowEvents": 7,
                     *       "inFlight": 0,
                     *       "firstMismatch": {
                     *         "index": 1,
                     *         "audit": {
                     *           "seq": 3,
                     *           "action": "claim.noted"
                     *         },
                     *         "workflow": {
                     *           "seq": 2,
                     *           "action": "claim.triaged"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowComparisonDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such claim, or its workflow history is gone (retention) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "no claim CL-2026-000999",
                     *       "instance": "/audit/claims/CL-2026-000999/compare-workflow"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/audit/verify",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditVerificationController_verifyClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description claim id or number */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict (200 whether or not the chain holds) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *       "ok": false,
                     *       "eventsChecked": 7,
                     *       "firstBroken": {
                     *         "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "seq": 2,
                     *         "check": "hash",
                     *         "expected": "c0ffee…",
                     *         "found": "41aa…",
                     *         "detail": "the event's content does not match its hash (altered)"
                     *       },
                     *       "verifiedAt": "2026-11-23T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ClaimVerificationDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "no claim CL-2026-000999",
                     *       "instance": "/audit/claims/CL-2026-000999/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/audit/verify",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditEventsController_list: {
        parameters: {
            query?: {
                /** @description Only this action */
                action?: string;
                /** @description Only events of this actor (API key id, or `system`) */
                actor?: string;
                /** @description Only this claim (id or number) */
                claimId?: string;
                /** @description Opaque paging cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Answer format; overrides Accept. `ndjson` and `csv` stream every matching event (from `cursor` on), ignoring `limit` */
                format?: "json" | "ndjson" | "csv";
                /** @description At or after: a date (from the start of that UTC day) or a date-time with an offset */
                from?: string;
                /** @description Page size (JSON only) */
                limit?: number;
                /** @description Only events by actors of this role */
                role?: "agent" | "supervisor" | "supplier" | "auditor" | "integration" | "admin" | "system";
                /** @description Only events of claims about goods of this supplier */
                supplierId?: string;
                /** @description At or before: a date (to the end of that UTC day) or a date-time with an offset; not before `from` */
                to?: string;
            };
            header?: {
                /** @description application/json (default), application/x-ndjson or text/csv */
                Accept?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (JSON), or the whole export (NDJSON: one event per line; CSV: a header line, then one event per line) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *           "seq": 2,
                     *           "at": "2026-11-23T09:15:00.000Z",
                     *           "recordedAt": "2026-11-23T09:15:00.041Z",
                     *           "actor": {
                     *             "id": "3b241101-e2bb-4255-8caf-4136c566a962",
                     *             "name": "Maria (care desk)",
                     *             "role": "agent"
                     *           },
                     *           "action": "claim.triaged",
                     *           "data": {
                     *             "type": "product_quality",
                     *             "unit": "supplier"
                     *           },
                     *           "prevHash": "9f2c…",
                     *           "hash": "41aa…",
                     *           "globalPrevHash": "77c0…",
                     *           "globalHash": "e3b9…"
                     *         }
                     *       ],
                     *       "nextCursor": "MTIzNDU"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventPageDto"];
                    /** @example {"claimId":"7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f","seq":2,"at":"2026-11-23T09:15:00.000Z","recordedAt":"2026-11-23T09:15:00.041Z","actor":{"id":"3b241101-e2bb-4255-8caf-4136c566a962","name":"Maria (care desk)","role":"agent"},"action":"claim.triaged","data":{"type":"product_quality","unit":"supplier"},"prevHash":"9f2c…","hash":"41aa…","globalPrevHash":"77c0…","globalHash":"e3b9…"} */
                    "application/x-ndjson": string;
                    /**
                     * @example claim_id,seq,occurred_at,recorded_at,actor_id,actor_name,actor_role,action,data,prev_hash,hash,global_prev_hash,global_hash,checkpoint
                     *     7f1c…,2,2026-11-23T09:15:00.000Z,…
                     */
                    "text/csv": string;
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: role.",
                     *       "instance": "/audit/events?role=boss",
                     *       "errors": [
                     *         {
                     *           "field": "role",
                     *           "message": "role must be one of the following values: agent, supervisor, supplier, auditor, integration, admin, system"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/audit/events"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/audit/events"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description claimId names no claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "no claim CL-2026-000999",
                     *       "instance": "/audit/events?claimId=CL-2026-000999"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/audit/events",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditVerificationController_verifyLog: {
        parameters: {
            query?: {
                /** @description At or after: a date (from the start of that UTC day) or a date-time with an offset */
                from?: string;
                /** @description At or before: a date (to the end of that UTC day) or a date-time with an offset; not before `from` */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-11-01T00:00:00.000Z",
                     *       "to": null,
                     *       "ok": false,
                     *       "eventsChecked": 12840,
                     *       "claimsChecked": 1912,
                     *       "firstBroken": {
                     *         "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *         "seq": 2,
                     *         "check": "hash",
                     *         "expected": "c0ffee…",
                     *         "found": "41aa…",
                     *         "detail": "the event's content does not match its hash (altered)"
                     *       },
                     *       "breaks": [
                     *         {
                     *           "claimId": "7f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *           "seq": 2,
                     *           "check": "hash",
                     *           "expected": "c0ffee…",
                     *           "found": "41aa…",
                     *           "detail": "the event's content does not match its hash (altered)"
                     *         }
                     *       ],
                     *       "truncated": false,
                     *       "verifiedAt": "2026-11-23T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LogVerificationDto"];
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: to.",
                     *       "instance": "/audit/verify?from=2026-11-30&to=2026-11-01",
                     *       "errors": [
                     *         {
                     *           "field": "to",
                     *           "message": "to must not be before from"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/audit/verify"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/audit/verify",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3b241101-e2bb-4255-8caf-4136c566a962",
                     *       "name": "fabrika-yug portal",
                     *       "role": "supplier",
                     *       "supplierId": "fabrika-yug"
                     *     }
                     */
                    "application/json": components["schemas"]["WhoAmIDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/auth/me"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_list: {
        parameters: {
            query?: {
                /** @description Only claims from this channel */
                channel?: components["schemas"]["Channel"];
                /** @description Opaque paging cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only claims past (true) or not past (false) their statutory deadline */
                deadlineBreached?: boolean;
                /** @description Only claims with this defect code */
                defectCode?: string;
                /** @description Only claims with supplier disputes that are open, open and overdue (deadline passed without an answer), or open and escalated */
                disputes?: "open" | "overdue" | "escalated";
                /** @description Page size */
                limit?: number;
                /** @description Case-insensitive text search in the claim number, customer name, phone and email, order id, SKU, product name, description and external reference. Roles that see personal data masked (auditors) search only the number, order id, SKU, product name and external reference. */
                q?: string;
                /** @description Received at or after: a date (from the start of that UTC day) or a date-time with an offset */
                receivedFrom?: string;
                /** @description Received at or before: a date (to the end of that UTC day) or a date-time with an offset; not before receivedFrom */
                receivedTo?: string;
                /** @description Only claims whose first-response SLA was (true) or was not (false) breached */
                slaBreached?: boolean;
                /** @description Order of the list: `received` (default), newest first; `due`, what is due first — open claims by the earlier of their first-response SLA (until someone responded) and their statutory deadline, overdue ones on top, then the claims with nothing due. A cursor pages in the order it was made in. */
                sort?: "received" | "due";
                /** @description Only claims in this status */
                status?: components["schemas"]["ClaimStatus"];
                /** @description Only claims about goods of this supplier */
                supplierId?: string;
                /** @description Only claims of this type (triaged ones) */
                type?: components["schemas"]["ClaimType"];
                /** @description Only claims of this responsible unit */
                unit?: components["schemas"]["ResponsibleUnit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimListResponseDto"];
                };
            };
            /** @description invalid filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; up to 255 visible ASCII characters; remembered for the policy's TTL (24 h by default) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimDto"];
            };
        };
        responses: {
            /** @description replay: the claim this key or external reference already created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description claim created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors); nothing is created */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_responded: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CustomerRespondedDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description claim id or number */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimHistoryDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only auditors and supervisors read histories */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNoteDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_correctOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectOrderDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_remedy: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChooseRemedyDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompleteRemedyDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenClaimDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_reviewReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewReplyDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimDisputesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDisputeDto"];
            };
        };
        responses: {
            /** @description dispute opened; its task is with the supplier */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeViewDto"];
                };
            };
            /** @description invalid body, or an unknown or inactive supplier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the claim's status does not allow a dispute now (e.g. not triaged yet, or closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimDisputesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description dispute id (UUID) */
                disputeId: string;
                /** @description claim id (UUID) or its readable number */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeViewDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim, or no such dispute on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimDisputesController_escalate: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description dispute id (UUID) */
                disputeId: string;
                /** @description claim id (UUID) or its readable number */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeReasonDto"];
            };
        };
        responses: {
            /** @description accepted and durable; the dispute after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeViewDto"];
                };
            };
            /** @description invalid body (field errors), or an amount above the amount claimed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim, or no such dispute on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the dispute's current state; `detail` says why, `allowedActions` what is allowed; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimDisputesController_settle: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description dispute id (UUID) */
                disputeId: string;
                /** @description claim id (UUID) or its readable number */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleDisputeDto"];
            };
        };
        responses: {
            /** @description accepted and durable; the dispute after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeViewDto"];
                };
            };
            /** @description invalid body (field errors), or an amount above the amount claimed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim, or no such dispute on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the dispute's current state; `detail` says why, `allowedActions` what is allowed; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimDisputesController_writeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description dispute id (UUID) */
                disputeId: string;
                /** @description claim id (UUID) or its readable number */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeReasonDto"];
            };
        };
        responses: {
            /** @description accepted and durable; the dispute after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeViewDto"];
                };
            };
            /** @description invalid body (field errors), or an amount above the amount claimed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim, or no such dispute on it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the dispute's current state; `detail` says why, `allowedActions` what is allowed; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_resendSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResendSurveyDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_triage: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageClaimDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_waiting: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaitingOnCustomerDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClaimsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description claim id (UUID) or its readable number, e.g. CL-2026-000123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawClaimDto"];
            };
        };
        responses: {
            /** @description the action was accepted and is durable; the claim after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponseDto"];
                };
            };
            /** @description invalid body (field errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed in the claim's current state; `detail` says why, `allowedActions` what is allowed now; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CodecController_decode: {
        parameters: {
            query?: never;
            header?: {
                /** @description sent by the Temporal UI; every namespace uses the same keys */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    payloads?: ({
                        /** Format: byte */
                        data?: string;
                        metadata?: {
                            [key: string]: string;
                        };
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The decoded payloads, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "payloads": [
                     *         {
                     *           "metadata": {
                     *             "encoding": "anNvbi9wbGFpbg=="
                     *           },
                     *           "data": "eyJjaGFubmVsIjoiaG90bGluZSJ9"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        payloads?: ({
                            /** Format: byte */
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: payloads[0].",
                     *       "instance": "/codec/decode",
                     *       "errors": [
                     *         {
                     *           "field": "payloads[0]",
                     *           "message": "payload encrypted with key id \"k2019\", which is not in PAYLOAD_CODEC_KEYS"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/codec/decode"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/codec/decode"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/codec/decode",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CodecController_encode: {
        parameters: {
            query?: never;
            header?: {
                /** @description sent by the Temporal UI; every namespace uses the same keys */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    payloads?: ({
                        /** Format: byte */
                        data?: string;
                        metadata?: {
                            [key: string]: string;
                        };
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The encoded payloads, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "payloads": [
                     *         {
                     *           "metadata": {
                     *             "encoding": "YmluYXJ5L2VuY3J5cHRlZA==",
                     *             "encryption-key-id": "azIwMjYxMTIz",
                     *             "encryption-cipher": "QUVTMjU2LUdDTQ=="
                     *           },
                     *           "data": "q3m1cGF5bG9hZC1lbmNyeXB0ZWQtd2l0aC1hZXMtMjU2LWdjbQ=="
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        payloads?: ({
                            /** Format: byte */
                            data?: string;
                            metadata?: {
                                [key: string]: string;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each invalid field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 400,
                     *       "detail": "The request has an invalid field: payloads[0].data.",
                     *       "instance": "/codec/encode",
                     *       "errors": [
                     *         {
                     *           "field": "payloads[0].data",
                     *           "message": "data must be a base64 string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No API key, or an unknown or revoked one */
            401: {
                headers: {
                    /** @description Bearer challenge */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "Invalid or revoked API key.",
                     *       "instance": "/codec/decode"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The API key's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This action needs one of the roles: admin; this key has the role agent.",
                     *       "instance": "/codec/decode"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key: the limit is 600 per minute.",
                     *       "instance": "/codec/decode",
                     *       "retryAfterSeconds": 1
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: every dependency answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "database": {
                     *           "status": "ok",
                     *           "latencyMs": 2
                     *         },
                     *         "temporal": {
                     *           "status": "ok",
                     *           "latencyMs": 4
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description Not ready: at least one dependency did not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unavailable",
                     *       "checks": {
                     *         "database": {
                     *           "status": "ok",
                     *           "latencyMs": 2
                     *         },
                     *         "temporal": {
                     *           "status": "unavailable",
                     *           "latencyMs": 2001
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
        };
    };
    ReviewsController_receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewEventDto"];
            };
        };
        responses: {
            /** @description the claim this review opened already exists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEventResultDto"];
                };
            };
            /** @description a claim was opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEventResultDto"];
                };
            };
            /** @description passed on to the linked claim, or ignored (not negative, no claim) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEventResultDto"];
                };
            };
            /** @description invalid event (field errors); nothing happens */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only `integration` keys send review events */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics, Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP wce_claims_created_total Claims taken in, by channel
                     *     # TYPE wce_claims_created_total counter
                     *     wce_claims_created_total{channel="hotline"} 42
                     */
                    "text/plain": string;
                };
            };
        };
    };
    SupplierTasksController_list: {
        parameters: {
            query?: {
                /** @description Opaque paging cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                /** @description Only tasks in this status */
                status?: components["schemas"]["DisputeStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierTaskListDto"];
                };
            };
            /** @description invalid filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not a supplier key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SupplierTasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description task id (UUID); another supplier's task is a 404 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierTaskDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not a supplier key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such task of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SupplierTasksController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description task id (UUID); another supplier's task is a 404 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDisputeDto"];
            };
        };
        responses: {
            /** @description your answer is recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierTaskDto"];
                };
            };
            /** @description invalid body (e.g. compensation without an amount) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not a supplier key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such task of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already answered, or closed; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SupplierTasksController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description task id (UUID); another supplier's task is a 404 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDisputeDto"];
            };
        };
        responses: {
            /** @description your answer is recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierTaskDto"];
                };
            };
            /** @description invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not a supplier key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such task of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already answered, or closed; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SuppliersController_list: {
        parameters: {
            query?: {
                /** @description Opaque paging cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierListDto"];
                };
            };
            /** @description invalid paging */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only supervisors and admins manage suppliers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SuppliersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description invalid body (field errors); nothing is created */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only supervisors and admins manage suppliers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a supplier with this id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SuppliersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description supplier id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only supervisors and admins manage suppliers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such supplier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SuppliersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description supplier id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description invalid body; nothing changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only supervisors and admins manage suppliers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such supplier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SuppliersController_scorecard: {
        parameters: {
            query?: {
                /** @description Only disputes opened at or after: a date or a date-time with offset */
                from?: string;
                /** @description Only disputes opened at or before (a date covers its whole UTC day) */
                to?: string;
            };
            header?: never;
            path: {
                /** @description supplier id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDto"];
                };
            };
            /** @description invalid dates */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description only supervisors and admins manage suppliers */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such supplier */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this key or address; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests with this API key; retry after the Retry-After delay.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SurveysController_form: {
        parameters: {
            query?: never;
            header?: {
                /** @description for a link that leads nowhere, the language of the answer (ru or en); otherwise the customer's own is used */
                "Accept-Language"?: string;
            };
            path: {
                /** @description the signed, expiring token of the customer's survey link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the form (JSON), or the page (text/html) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyFormDto"];
                    "text/html": components["schemas"]["SurveyFormDto"];
                };
            };
            /** @description no such survey (a forged or mangled link) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the link expired, or the survey closed (e.g. the claim was reopened) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address (SURVEY_RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SurveysController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description for a link that leads nowhere, the language of the answer (ru or en); otherwise the customer's own is used */
                "Accept-Language"?: string;
            };
            path: {
                /** @description the signed, expiring token of the customer's survey link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyAnswerBodyDto"];
                "application/x-www-form-urlencoded": components["schemas"]["SurveyAnswerBodyDto"];
            };
        };
        responses: {
            /** @description recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyThanksDto"];
                    "text/html": components["schemas"]["SurveyThanksDto"];
                };
            };
            /** @description a score out of range or missing (field errors, in the customer's language); nothing recorded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such survey (a forged or mangled link) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already answered; the first answer stands */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the link expired, or the survey closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                    "text/html": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the 256kb limit.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The body is not JSON (or a form, where one is taken) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type text/plain is not supported; send application/json.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description too many requests from this address (SURVEY_RATE_LIMIT_PER_MINUTE); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description PostgreSQL or Temporal did not answer; nothing was changed unless it says so; retry after `Retry-After` seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://warranty-claims.dev/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A backing service is not answering; try again shortly.",
                     *       "instance": "/claims"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
