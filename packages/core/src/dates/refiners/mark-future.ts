import { normalizedBefore } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import type { DateCandidate, DateContext, DateRefiner } from '../types.js';

/** How far back the clause before a weekday is read. */
const CLAUSE_CHARS = 120;
/** What ends the clause before the weekday. */
const CLAUSE_END = /[.!?؟؛;\n]/gu;
const WORDS = /[\p{L}\p{M}]+/gu;
/** `س` + an imperfect prefix + a stem, maybe after و/ف: سيلتقي, ستعقد, وسنبحث, سالتقي (سألتقي). */
const FUTURE_VERB = /^[وف]?(س[يتنا]\p{L}{2,})$/u;

function isFutureWord(word: string): boolean {
  if (DATE_WORDS.futureMarkers.has(word)) return true;
  const verb = FUTURE_VERB.exec(word)?.[1];
  return verb !== undefined && !DATE_WORDS.futureNotVerbs.has(verb);
}

/** True when the clause before `candidate` speaks of the future (سيلتقي, سوف, من المقرر …). */
function inFutureClause(candidate: DateCandidate, context: DateContext): boolean {
  const before = normalizedBefore(context, candidate, CLAUSE_CHARS);
  let from = 0;
  for (const end of before.matchAll(CLAUSE_END)) from = end.index + 1;
  let future = false;
  for (const [word] of before.slice(from).matchAll(WORDS)) {
    // A relative clause has its own verb: في واشنطن التي رفعت الاثنين.
    if (DATE_WORDS.futureClauseBreaks.has(word)) future = false;
    else if (isFutureWord(word)) future = true;
  }
  return future;
}

/**
 * Points a bare weekday forward when its clause is in the future tense: `سيلتقي الرئيسان
 * الخميس` is the coming Thursday (on or after the reference), not the last one. The tense is read
 * from the words before the weekday in the same clause: a `س` future verb (with a list of nouns
 * that only look like one: سياسة, سيارة …) or a marker (سوف, من المقرر, غدا).
 *
 * @example
 * ```ts
 * parseDates('سيلتقي الوزيران الخميس', { reference: '2015-08-09' })[0]?.value //=> '2015-08-13'
 * ```
 */
export const markFuture: DateRefiner = {
  name: 'mark-future',
  refine(candidates, context) {
    return candidates.map((candidate) => {
      const bare = candidate.parts.weekday !== undefined && candidate.parts.direction === undefined;
      if (candidate.rule !== 'dates/weekday' || !bare || !inFutureClause(candidate, context)) return candidate;
      return { ...candidate, parts: { ...candidate.parts, direction: 'future' as const } };
    });
  },
};
