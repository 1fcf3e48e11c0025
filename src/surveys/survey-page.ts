/**
 * The customer's survey as web pages: the form, the thank-you page and the pages for a
 * link that no longer works. Plain HTML that works in any browser without JavaScript
 * (radio buttons, a textarea, a form that posts to the page's own URL), readable on a
 * phone, in the customer's language. Pure: strings in, a page out.
 *
 * The one stylesheet is inline and allowed by its hash (SURVEY_PAGE_CSP): nothing else may
 * load, run or be framed; the form may post only to this site.
 */
import { createHash } from 'node:crypto';
import { surveyForm, type SurveyLanguage } from '../../domain/follow-up/survey';
import { SURVEY_PAGE_TEXTS, type SurveyProblemKind } from './survey-page.texts';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;background:#f4f6f8}
main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
p{margin:.5rem 0}
.muted{color:#56606a;font-size:.9rem}
form{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
fieldset{border:0;margin:0 0 1.5rem;padding:0}
legend{font-weight:600;margin-bottom:.5rem;padding:0}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}
.scale label{position:relative}
.scale input{position:absolute;opacity:0;width:1px;height:1px}
.scale span{display:inline-flex;align-items:center;justify-content:center;min-width:2.75rem;min-height:2.75rem;border:2px solid #b8c2cc;border-radius:8px;background:#fff;font-weight:600;cursor:pointer}
.scale input:checked+span{background:#0b5cad;border-color:#0b5cad;color:#fff}
.scale input:focus-visible+span{outline:3px solid #f0a400;outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:1rem;font-size:.85rem;color:#56606a;margin-top:.25rem}
.error{color:#b00020;font-weight:600;margin:.25rem 0}
textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:2px solid #b8c2cc;border-radius:8px}
button{font:inherit;font-weight:600;color:#fff;background:#0b5cad;border:0;border-radius:8px;padding:.75rem 1.5rem;min-height:2.75rem;cursor:pointer;width:100%}
button:focus-visible{outline:3px solid #f0a400;outline-offset:2px}
.notice{background:#fff;border-radius:12px;padding:1.25rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
`;

/** CSP of the survey pages: the inline stylesheet by its hash, posting only to this site. */
export const SURVEY_PAGE_CSP =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; ` +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function page(language: SurveyLanguage, title: string, body: string): string {
  return (
    '<!doctype html>\n' +
    `<html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>\n`
  );
}

export interface SurveyFormPage {
  language: SurveyLanguage;
  claimNumber: string;
  /** when the link stops working, already formatted for the customer */
  expiresOn: string;
  /** what the customer chose before a refused post, to keep it */
  values?: Partial<Record<'csat' | 'nps' | 'ces' | 'comment', string>>;
  /** field → message, after a refused post */
  errors?: Partial<Record<'csat' | 'nps' | 'ces' | 'comment', string>>;
}

/** The form: CSAT, NPS and CES as rows of numbered choices, a comment, one button. */
export function renderSurveyForm(p: SurveyFormPage): string {
  const form = surveyForm(p.language);
  const t = SURVEY_PAGE_TEXTS[p.language];
  const errors = p.errors ?? {};
  const values = p.values ?? {};
  const questions = form.questions
    .map((q) => {
      const choices: string[] = [];
      for (let n = q.min; n <= q.max; n++) {
        const checked = values[q.id] === String(n) ? ' checked' : '';
        choices.push(`<label><input type="radio" name="${q.id}" value="${n}" required${checked}><span>${n}</span></label>`);
      }
      const error = errors[q.id] ? `<p class="error" id="${q.id}-error">${escapeHtml(errors[q.id] as string)}</p>` : '';
      return (
        `<fieldset${errors[q.id] ? ` aria-describedby="${q.id}-error"` : ''}><legend>${escapeHtml(q.text)}</legend>${error}` +
        `<div class="scale">${choices.join('')}</div>` +
        `<div class="ends" aria-hidden="true"><span>${q.min} — ${escapeHtml(q.minLabel)}</span><span>${q.max} — ${escapeHtml(q.maxLabel)}</span></div></fieldset>`
      );
    })
    .join('');
  const commentError = errors.comment ? `<p class="error" id="comment-error">${escapeHtml(errors.comment)}</p>` : '';
  const summary = Object.keys(errors).length ? `<p class="error" role="alert">${escapeHtml(t.fixErrors)}</p>` : '';
  return page(
    p.language,
    form.title,
    `<h1>${escapeHtml(form.title)}</h1><p>${escapeHtml(t.intro(p.claimNumber))}</p>${summary}` +
      '<form method="post" accept-charset="utf-8">' +
      questions +
      `<label for="comment"><strong>${escapeHtml(form.commentPrompt)}</strong></label>${commentError}` +
      `<p><textarea id="comment" name="comment" maxlength="2000"${errors.comment ? ' aria-describedby="comment-error"' : ''}>${escapeHtml(values.comment ?? '')}</textarea></p>` +
      `<p><button type="submit">${escapeHtml(t.submit)}</button></p>` +
      `<p class="muted">${escapeHtml(t.expires(p.expiresOn))}</p>` +
      '</form>',
  );
}

export function renderSurveyThanks(language: SurveyLanguage): string {
  const t = SURVEY_PAGE_TEXTS[language];
  return page(language, t.thanksTitle, `<div class="notice" role="status"><h1>${escapeHtml(t.thanksTitle)}</h1><p>${escapeHtml(t.thanksBody)}</p></div>`);
}

export function renderSurveyProblem(language: SurveyLanguage, kind: SurveyProblemKind): string {
  const { title, body } = SURVEY_PAGE_TEXTS[language].problems[kind];
  return page(language, title, `<div class="notice" role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></div>`);
}
