import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Actor } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import { surveyForm, surveyLanguage, type SurveyLanguage } from '../../domain/follow-up/survey';
import { answerSurveyUpdate } from '../../workflows/claim/claim.messages';
import { ClaimWorkflowGateway } from '../claims/claim-workflow.gateway';
import { DomainError, type DomainErrorCode, type FieldError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/validation/validation.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SurveyAnswerBodyDto, type SurveyFormDto, type SurveyThanksDto } from './dto/survey.dto';
import { SURVEY_PAGE_TEXTS, surveyProblemDetail, type SurveyProblemKind } from './survey-page.texts';
import { verifySurveyToken, type SurveyTokenPayload } from './survey-token';

const CUSTOMER: Actor = { id: 'customer', name: 'customer (survey link)', role: 'customer' };

const PROBLEM_CODES: Record<SurveyProblemKind, DomainErrorCode> = {
  answered: 'invalid_transition',
  expired: 'gone',
  closed: 'gone',
  not_found: 'not_found',
};

/** A survey link that does not lead to a form: why, and in which language to say so. */
export class SurveyUnavailableError extends DomainError {
  constructor(
    readonly kind: SurveyProblemKind,
    readonly language: SurveyLanguage,
  ) {
    super(PROBLEM_CODES[kind], surveyProblemDetail(language, kind), kind === 'answered' ? { allowedActions: [] } : {});
  }
}

/** An answer refused for its fields, with messages in the customer's language. */
export class SurveyAnswerInvalidError extends DomainError {
  constructor(
    readonly language: SurveyLanguage,
    readonly fieldErrors: FieldError[],
    readonly submitted: Record<string, unknown>,
  ) {
    super('validation_failed', SURVEY_PAGE_TEXTS[language].fixErrors, { errors: fieldErrors });
  }
}

/**
 * What the customer's page says when the claim's workflow refuses an answer whose link
 * looked open a moment before (the survey answered, expired or closed in between):
 * the same pages as a dead link. Undefined: not a refusal of the survey.
 */
export function surveyProblemOfRefusal(err: unknown, linkExpiresAt: number, now: number): SurveyProblemKind | undefined {
  if (!(err instanceof DomainError)) return undefined;
  if (err.code === 'invalid_transition') return 'answered';
  // the workflow is gone (archived) or the survey was replaced
  if (err.code === 'not_found') return 'closed';
  if (err.code === 'gone') return now >= linkExpiresAt ? 'expired' : 'closed';
  return undefined;
}

export interface SurveyFormOutcome {
  form: SurveyFormDto;
  language: SurveyLanguage;
  /** the expiry as the customer reads it, in the policy's time zone */
  expiresOn: string;
}

/** The customer's side of the survey: the link's token is the only credential. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly workflows: ClaimWorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The form of a link that still works; SurveyUnavailableError otherwise. */
  async form(token: string, acceptLanguage?: string): Promise<SurveyFormOutcome> {
    const { claim, payload, language } = await this.open(token, acceptLanguage);
    const expiresAt = new Date(payload.expiresAt).toISOString();
    return {
      form: { ...surveyForm(language), claimNumber: claim.number ?? claim.id, expiresAt },
      language,
      expiresOn: new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: this.config.policy.timeZone }).format(new Date(expiresAt)),
    };
  }

  /** Records the answer (once); SurveyAnswerInvalidError for bad fields, SurveyUnavailableError for a dead link. */
  async answer(token: string, raw: unknown, acceptLanguage?: string): Promise<{ thanks: SurveyThanksDto; language: SurveyLanguage }> {
    const { payload, language } = await this.open(token, acceptLanguage);
    const body = await this.validated(raw, language);
    await this.workflows
      .act(payload.claimId, answerSurveyUpdate, {
        actor: CUSTOMER,
        payload: { surveyId: payload.surveyId, csat: body.csat, nps: body.nps, ces: body.ces, ...(body.comment ? { comment: body.comment } : {}) },
      })
      .catch((err: unknown) => {
        // answered, expired or closed meanwhile, or the claim's workflow is gone (archived): so is its survey
        const kind = surveyProblemOfRefusal(err, payload.expiresAt, Date.now());
        throw kind ? new SurveyUnavailableError(kind, language) : err;
      });
    return { thanks: { message: SURVEY_PAGE_TEXTS[language].thanksTitle }, language };
  }

  /**
   * The claim and survey a token leads to, if the survey can still be answered. A forged
   * token says nothing about any claim (404, in the language the browser asks for).
   */
  private async open(token: string, acceptLanguage?: string): Promise<{ claim: ClaimView; payload: SurveyTokenPayload; language: SurveyLanguage }> {
    const browserLanguage = surveyLanguage(acceptLanguage);
    const result = verifySurveyToken(token, this.config.surveyTokenSecret, Date.now());
    if (!result.valid && result.reason !== 'expired') throw new SurveyUnavailableError('not_found', browserLanguage);
    const payload = result.payload as SurveyTokenPayload;
    const claim = await this.workflows.view(payload.claimId).catch(() => null);
    const survey = claim?.followUp?.survey;
    const language = survey?.language ?? browserLanguage;
    if (!result.valid) throw new SurveyUnavailableError('expired', language);
    if (!claim || !survey || survey.id !== payload.surveyId) throw new SurveyUnavailableError('closed', language);
    if (survey.status === 'answered') throw new SurveyUnavailableError('answered', language);
    if (survey.status === 'expired') throw new SurveyUnavailableError('expired', language);
    return { claim, payload, language };
  }

  /** The answer's fields as the DTO says (a browser form's text included), messages in the customer's language. */
  private async validated(raw: unknown, language: SurveyLanguage): Promise<SurveyAnswerBodyDto> {
    const submitted = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const body = plainToInstance(SurveyAnswerBodyDto, submitted);
    const problems = await validate(body, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false } });
    if (!problems.length) return body;
    const t = SURVEY_PAGE_TEXTS[language];
    // one entry per field already (flattenValidationErrors); the words are the customer's language's
    const errors = flattenValidationErrors(problems).map(({ field }) => ({
      field,
      message: field === 'comment' ? t.commentTooLong : ['csat', 'nps', 'ces'].includes(field) ? t.required : t.unknownField,
    }));
    throw new SurveyAnswerInvalidError(language, errors, submitted);
  }
}
