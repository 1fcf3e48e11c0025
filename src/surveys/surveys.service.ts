import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../domain/claim.types';
import { surveyForm } from '../../domain/follow-up/survey';
import { answerSurveyUpdate } from '../../workflows/claim/claim.messages';
import { ClaimWorkflowGateway } from '../claims/claim-workflow.gateway';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { SurveyAnswerBodyDto, SurveyFormDto, SurveyThanksDto } from './dto/survey.dto';
import { verifySurveyToken, type SurveyTokenPayload } from './survey-token';

const CUSTOMER: Actor = { id: 'customer', name: 'customer (survey link)', role: 'customer' };

/** The customer's side of the survey: the link's token is the only credential. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly workflows: ClaimWorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async form(token: string): Promise<SurveyFormDto> {
    const payload = this.check(token);
    const claim = await this.workflows.view(payload.claimId).catch(() => null);
    const survey = claim?.followUp?.survey;
    if (!claim || !survey || survey.id !== payload.surveyId) throw new DomainError('gone', 'this survey is closed');
    if (survey.status === 'answered') throw new DomainError('invalid_transition', 'this survey has already been answered, thank you', { allowedActions: [] });
    if (survey.status === 'expired') throw new DomainError('gone', `this survey expired on ${survey.expiresAt}`);
    return { ...surveyForm(survey.language), claimNumber: claim.number ?? claim.id, expiresAt: new Date(payload.expiresAt).toISOString() };
  }

  async answer(token: string, body: SurveyAnswerBodyDto): Promise<SurveyThanksDto> {
    const payload = this.check(token);
    const claim = await this.workflows.act(payload.claimId, answerSurveyUpdate, {
      actor: CUSTOMER,
      payload: { surveyId: payload.surveyId, csat: body.csat, nps: body.nps, ces: body.ces, ...(body.comment ? { comment: body.comment } : {}) },
    }).catch((err) => {
      // the claim's workflow is gone (archived): so is its survey
      if (err instanceof DomainError && err.code === 'not_found') throw new DomainError('gone', 'this survey is closed');
      throw err;
    });
    const ru = claim.followUp?.survey.language === 'ru';
    return { message: ru ? 'Спасибо за ответ!' : 'Thank you for your answer.' };
  }

  /** 404 for a forged link (it never existed, as far as anyone can tell); 410 for an expired one. */
  private check(token: string): SurveyTokenPayload {
    const result = verifySurveyToken(token, this.config.surveyTokenSecret, Date.now());
    if (result.valid) return result.payload;
    if (result.reason === 'expired') throw new DomainError('gone', `this survey link expired on ${new Date(result.payload.expiresAt).toISOString()}`);
    throw new DomainError('not_found', 'no such survey');
  }
}
