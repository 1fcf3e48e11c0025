import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { PublicLimitedPerAddress } from '../auth/public.decorator';
import { ProblemDto } from '../claims/dto';
import { SurveyAnswerBodyDto, SurveyFormDto, SurveyThanksDto } from './dto/survey.dto';
import { SurveysService } from './surveys.service';

const TOKEN_PARAM = { name: 'token', description: 'the signed, expiring token of the customer\'s survey link', example: 'eyJjIjoi…IiwiZSI6MTc2NTA5NzIwMDAwMH0.3q2-7w' };

/** The customer's survey: no API key; the signed link is the credential. */
@ApiTags('surveys')
@PublicLimitedPerAddress()
@ApiTooManyRequestsResponse({ type: ProblemDto, description: 'too many requests from this address (SURVEY_RATE_LIMIT_PER_MINUTE); see Retry-After' })
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The survey form', description: 'Three questions (CSAT 1–5, NPS 0–10, CES 1–7) and a comment, in the customer\'s language (Russian or English).' })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: SurveyFormDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such survey (a forged or mangled link)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered' })
  @ApiGoneResponse({ type: ProblemDto, description: 'the link expired, or the survey closed (e.g. the claim was reopened)' })
  form(@Param('token') token: string): Promise<SurveyFormDto> {
    return this.surveys.form(token);
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the survey',
    description: 'Once. A detractor (NPS 0–6) or unsatisfied (CSAT 1–3) answer alerts supervisors and shows on the claim.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: SurveyThanksDto, description: 'recorded' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'a score out of range or missing (field errors); nothing recorded' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'no such survey (a forged or mangled link)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'already answered; the first answer stands' })
  @ApiGoneResponse({ type: ProblemDto, description: 'the link expired, or the survey closed' })
  answer(@Param('token') token: string, @Body() body: SurveyAnswerBodyDto): Promise<SurveyThanksDto> {
    return this.surveys.answer(token, body);
  }
}
