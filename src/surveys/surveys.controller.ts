import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PublicLimitedPerAddress } from '../auth/public.decorator';
import { ProblemDto } from '../common/openapi/problem-responses';
import { problemTypeFor } from '../common/errors/problem-types';
import { SurveyAnswerBodyDto, SurveyFormDto, SurveyThanksDto } from './dto/survey.dto';
import { renderSurveyForm, renderSurveyProblem, renderSurveyThanks, SURVEY_PAGE_CSP } from './survey-page';
import { SurveyAnswerInvalidError, SurveysService, SurveyUnavailableError } from './surveys.service';

const TOKEN_PARAM = { name: 'token', description: 'the signed, expiring token of the customer\'s survey link', example: 'eyJjIjoi…IiwiZSI6MTc2NTA5NzIwMDAwMH0.3q2-7w' };
const LANGUAGE_HEADER = { name: 'Accept-Language', required: false, description: 'for a link that leads nowhere, the language of the answer (ru or en); otherwise the customer\'s own is used' };

/** A browser (it asks for HTML first) gets pages; API clients (`Accept: application/json`, or nothing) get JSON. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

function sendPage(res: Response, status: number, html: string): string {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', SURVEY_PAGE_CSP);
  return html;
}

/**
 * The customer's survey: no API key; the signed link is the credential. A page in the
 * customer's language for a browser, JSON for `Accept: application/json`.
 */
@ApiTags('surveys')
@PublicLimitedPerAddress()
@ApiTooManyRequestsResponse({ type: ProblemDto, description: 'too many requests from this address (SURVEY_RATE_LIMIT_PER_MINUTE); see Retry-After' })
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get(':token')
  @ApiOperation({
    summary: 'The survey form',
    description:
      'Three questions (CSAT 1–5, NPS 0–10, CES 1–7) and a comment, in the customer\'s language (Russian or English). A browser gets an HTML ' +
      'page whose form posts back to the same URL and works without JavaScript; `Accept: application/json` gets the questions as JSON. ' +
      'A link that no longer works gets a page (or problem) saying why, in the customer\'s language.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiHeader(LANGUAGE_HEADER)
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: SurveyFormDto, description: 'the form (JSON), or the page (text/html)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such survey (a forged or mangled link)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered' })
  @ApiGoneResponse({ type: ProblemDto, description: 'the link expired, or the survey closed (e.g. the claim was reopened)' })
  async form(@Param('token') token: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SurveyFormDto | string> {
    const html = wantsHtml(req);
    try {
      const { form, language, expiresOn } = await this.surveys.form(token, req.headers['accept-language']);
      return html ? sendPage(res, 200, renderSurveyForm({ language, claimNumber: form.claimNumber, expiresOn })) : form;
    } catch (err) {
      if (html && err instanceof SurveyUnavailableError) return sendPage(res, statusOf(err), renderSurveyProblem(err.language, err.kind));
      throw err;
    }
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the survey',
    description:
      'Once. JSON, or the page\'s form (`application/x-www-form-urlencoded`), which then gets a thank-you page (or the form again with what to ' +
      'fix). A detractor (NPS 0–6) or unsatisfied (CSAT 1–3) answer alerts supervisors and shows on the claim.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiHeader(LANGUAGE_HEADER)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiProduces('application/json', 'text/html')
  @ApiBody({ type: SurveyAnswerBodyDto })
  @ApiOkResponse({ type: SurveyThanksDto, description: 'recorded' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'a score out of range or missing (field errors, in the customer\'s language); nothing recorded' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such survey (a forged or mangled link)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered; the first answer stands' })
  @ApiGoneResponse({ type: ProblemDto, description: 'the link expired, or the survey closed' })
  async answer(
    @Param('token') token: string,
    // validated by the service, so that a browser's form gets its errors as a page
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SurveyThanksDto | string> {
    const html = wantsHtml(req);
    try {
      const { thanks, language } = await this.surveys.answer(token, body, req.headers['accept-language']);
      return html ? sendPage(res, 200, renderSurveyThanks(language)) : thanks;
    } catch (err) {
      if (!html) throw err;
      if (err instanceof SurveyUnavailableError) return sendPage(res, statusOf(err), renderSurveyProblem(err.language, err.kind));
      if (err instanceof SurveyAnswerInvalidError) {
        const form = await this.surveys.form(token, req.headers['accept-language']);
        const values = Object.fromEntries(Object.entries(err.submitted).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
        const errors = Object.fromEntries(err.fieldErrors.map((e) => [e.field, e.message]));
        return sendPage(res, 400, renderSurveyForm({ language: form.language, claimNumber: form.form.claimNumber, expiresOn: form.expiresOn, values, errors }));
      }
      throw err;
    }
  }
}

const statusOf = (err: SurveyUnavailableError): number => problemTypeFor(err.code).status;
