/** Knowledge-side facts from prose: how fast the knowledge changes, citations, audit. */
import type { Volatility } from '../../facts/vocabulary.js';
import type { Statement } from './read-adr-structure.js';
import { anyMayMatch, gated, mayMatch, test } from './keyword-gate.js';

/** Fastest first: when several rates are stated, the fastest decides. */
const PERIODS: readonly [Volatility, RegExp][] = [
  ['realtime', gated(/\b(?:real[- ]time|every (?:minute|hour|few (?:minutes|hours))|hourly|intraday|by the minute|minute by minute)\b/i)],
  [
    'daily',
    gated(
      /\b(?:daily|every (?:day|night|morning|business day)|each (?:day|night|morning)|nightly|per day|day[- ]to[- ]day|several times a day)\b/i,
    ),
  ],
  ['weekly', gated(/\b(?:weekly|every (?:week|other week|sprint)|each (?:week|sprint)|per week|bi-?weekly|fortnightly|once a week)\b/i)],
  ['monthly', gated(/\b(?:monthly|every (?:month|few weeks)|each month|per month|once a month)\b/i)],
  ['quarterly', gated(/\b(?:quarterly|every (?:quarter|three months|3 months)|each quarter|per quarter|once a quarter)\b/i)],
  [
    'frequent',
    gated(
      /\b(?:constantly|frequently|often|continuously|all the time|rapidly|fast[- ](?:changing|moving)|ever[- ]changing|volatile|in flux|quickly)\b/i,
    ),
  ],
  ['yearly', gated(/\b(?:yearly|annually|every year|each year|once a year|per year)\b/i)],
  ['static', gated(/\b(?:rarely|seldom|static|never changes?|frozen|hardly ever|(?:does not|doesn't|do not|don't) change|unchanging)\b/i)],
];

const CHANGE = gated(
  /\b(?:chang\w*|grow(?:s|ing)|added|updat\w*|revis\w*|move[sd]?|moving|refresh\w*|(?:re-?)?publish\w*|(?:re-?)?releas\w*|re-?issu\w*|rotat\w*|vary|varies|fluctuat\w*|evolv\w*|adjust\w*|amend\w*|reprice\w*|go(?:es)? stale|outdated|churn\w*|volatile|static|frozen|fast[- ](?:changing|moving)|ever[- ]changing|in flux)\b/i,
);

/** Sentences about our own operations (retraining, re-indexing, deploying) state no knowledge volatility. */
const OPERATIONS =
  /\b(?:retrain\w*|re-?index\w*|re-?embed\w*|re-?ingest\w*|cron|(?:job|pipeline|sync) runs|we (?:will )?(?:review|run|evaluate|monitor|meet)|release train)\b/i;

const NEGATED = /\b(?:not|no|never|no longer|without|optional|unnecessary)\b/i;
const NEED =
  /\b(?:must|needs?|required?|requires|requirement|mandatory|have to|has to|should|expect\w*|insist\w*|demand\w*|obliged|want|ensure|guarantee)\b/i;

const CITATION = gated(
  /\b(?:cite|cites|cited|citing|citations?|source (?:links?|attribution|references?)|links? (?:back )?to (?:the )?(?:source|document)s?|traceable|trace(?:d)? (?:back )?to|which (?:document|source|page|clause|section)|provenance|attribut\w* (?:each |every )?(?:answer|claim|statement)s?|reference the (?:source|document))/i,
);
const AUDIT = gated(
  /\b(?:audit\w*|regulators? (?:need|require|must|ask|inspect|review|expect)\w*|(?:regulated|regulatory) (?:domain|industry|environment|sector|oversight)|compliance (?:team|officer|department|review|requirements?)|traceab\w*|evidence trail|legal (?:review|hold)|HIPAA|SOX|FCA|SEC)\b/i,
);

export interface Reading {
  statement: Statement;
}

export interface VolatilityReading extends Reading {
  value: Volatility;
}

/**
 * @param retrievedElsewhere in a hybrid, facts the design looks up at query time do not make the
 * fine-tuned knowledge volatile: sentences about retrieved or looked-up data are skipped.
 */
export function detectVolatility(statements: Statement[], retrievedElsewhere = false): VolatilityReading | undefined {
  if (!anyMayMatch(statements, CHANGE)) return undefined;
  let best: VolatilityReading | undefined;
  let bestRank = PERIODS.length;
  for (const s of statements) {
    // Judged clause by clause: "facing rates that change weekly, … we run a vector store".
    if (retrievedElsewhere && test(LOOKED_UP, s)) continue;
    if (!mayMatch(s, CHANGE)) continue;
    for (const clause of s.text.split(/[,;:]|\b(?:but|while|whereas)\b/i)) {
      if (!CHANGE.test(clause) || OPERATIONS.test(clause)) continue;
      PERIODS.forEach(([value, re], rank) => {
        if (rank < bestRank && mayMatch(s, re) && re.test(clause)) {
          best = { value, statement: s };
          bestRank = rank;
        }
      });
    }
  }
  return best;
}

const LOOKED_UP = gated(/\b(?:retriev\w*|look(?:s|ed)? up|lookup|live (?:API|data|feed)|API|index(?:ed)?|RAG)\b/i);

export function isFast(v: Volatility): boolean {
  return v === 'realtime' || v === 'daily' || v === 'weekly' || v === 'monthly' || v === 'quarterly' || v === 'frequent';
}

/** A requirement stated as a need (or in the drivers/context), not negated. */
function findRequirement(statements: Statement[], pattern: RegExp): Reading | undefined {
  if (!anyMayMatch(statements, pattern)) return undefined;
  for (const s of statements) {
    if (!test(pattern, s)) continue;
    if (s.section === 'options' || s.section === 'pros-cons') continue;
    const beforeTerm = s.text.slice(0, s.text.search(pattern));
    if (NEGATED.test(beforeTerm) || /\b(?:not|no longer) (?:required|needed|necessary)\b/i.test(s.text)) continue;
    if (NEED.test(s.text) || s.section === 'drivers' || s.section === 'context') return { statement: s };
  }
  return undefined;
}

export function detectCitations(statements: Statement[]): Reading | undefined {
  return findRequirement(statements, CITATION);
}

export function detectAudit(statements: Statement[]): Reading | undefined {
  return findRequirement(statements, AUDIT);
}
