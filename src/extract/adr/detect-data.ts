/** Data and tenancy facts (SPEC §6.3 "Data and tenants", corpus size, retraining to refresh facts). */
import type { Statement } from './read-adr-structure.js';
import { anyMayMatch, gated, mayMatch, test } from './keyword-gate.js';
import { countOf } from './lexicon.js';

const DESCRIBES_ONLY = new Set(['options', 'pros-cons', 'links']);
const clauses = (text: string) => text.split(/[;:]|\b(?:but|while|whereas)\b/i);

const SENSITIVE = gated(
  /\b(?:personal (?:data|information|details)|PII|personally identifiable|patients?|medical records?|health (?:records?|data)|clinical notes?|employee (?:records?|data|files)|individual employees|salar(?:y|ies)|HR records|disciplinary|customer names|names and addresses|home addresses|phone numbers|e-?mail addresses|account numbers?|IBANs?|card numbers|national insurance|social security|dates? of birth|financial hardship|special[- ]category|sensitive (?:personal )?data|biometric)\b/i,
);
const NOT_REAL =
  /\b(?:placeholders?|synthetic|invented|fictional|fake|dummy|made[- ]up|generated|removed|stripped|redacted|no personal|never contain|without any)\b/i;
const TRAINING_CONTEXT = gated(/\b(?:train\w*|fine-?tun\w*|examples|pairs|dataset|corpus|weights|adapter|LoRA)\b/i);

export interface SensitiveReading {
  data?: Statement;
  training?: Statement;
}

export function detectSensitive(statements: Statement[]): SensitiveReading {
  const out: SensitiveReading = {};
  if (!anyMayMatch(statements, SENSITIVE)) return out;
  for (const s of statements) {
    if (DESCRIBES_ONLY.has(s.section) || !mayMatch(s, SENSITIVE)) continue;
    const hit = clauses(s.text).find((c) => {
      const at = c.search(SENSITIVE);
      return at !== -1 && !NOT_REAL.test(c) && !/\b(?:no|not|never|without|none of|nor)\b/i.test(c.slice(0, at));
    });
    if (!hit) continue;
    out.data ??= s;
    if (test(TRAINING_CONTEXT, s)) out.training ??= s;
  }
  return out;
}

const ERASURE = gated(
  /\b(?:right to (?:erasure|be forgotten)|erasure|be forgotten|deletion requests?|delete (?:their|his|her|all of their) (?:data|records)|article 17|forget (?:a|an|the) (?:customer|employee|user|person|patient)|remove (?:a|an) (?:person|customer|employee)'s data)\b/i,
);

export function detectErasure(statements: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, ERASURE)) return undefined;
  return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(ERASURE, s));
}

const PER_TENANT = gated(
  /\b(?:per[- ](?:tenant|customer|client|region|dealer|operator|brand|account|user)|each (?:tenant|customer|client|region|dealer|operator|brand|market|country)(?:'s)? (?:has|have|sees?|gets?) (?:its|their) own|(?:its|their) own (?:contract|tariff|price list|prices|catalogue|catalog|agreement|policies|terms|configuration)|another (?:customer|tenant|client|dealer|region)'s|permission[- ](?:scoped|based)|(?:each|every) [\w-]+ (?:has|have|keeps|maintains|sets) (?:its |their )?own\b|(?:every|each) (?:customer|tenant|client|dealer|franchisee|operator|region|store)'s|restricted by (?:\w+ )?(?:clearance|permission|role|team|programme|program|department)|(?:may|must|should) not (?:read|see|access) [ \w]{0,32}?\w+'s|another (?:programme|program|team|department|business unit)'s|need[- ]to[- ]know|access (?:rights|permissions|control)|only (?:see|access) (?:their|documents they)|(?:differ|vary|varies) (?:by|per|between|across) (?:tenant|customer|client|region|dealer|country|market)s?)\b/i,
);
/** One adapter per tenant, or tenant filters in retrieval, isolate tenants: no shared weights. */
const ISOLATED = gated(
  /\b(?:(?:one|an?|separate|dedicated) (?:LoRA )?(?:adapter|model|fine-tune)s? (?:per|for each) (?:tenant|customer|client|brand|dealer|operator|region)|(?:tenant|customer)[- ](?:filter\w*|scoped retrieval|isolated)|filter\w* by (?:tenant|customer))/i,
);

export function detectPerTenant(statements: Statement[], decision: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, PER_TENANT) || decision.some((s) => test(ISOLATED, s))) return undefined;
  return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(PER_TENANT, s));
}

/** "40,000 contracts". */
const CORPUS_COUNT = countOf(
  'documents|docs|pages|articles|reports|manuals|contracts|PDFs|files|papers|records|rulings|stories|policies|standards|specifications|datasheets|filings|transcripts|entries|case files|notebooks|wiki pages',
  'k|K|thousand|million|M',
);
/** Exported (built at run time, it is no literal) so that the pre-filter's build-time table and its tests see it. */
export const CORPUS = CORPUS_COUNT.count;

export function detectCorpusSize(statements: Statement[]): { value: number; statement: Statement } | undefined {
  if (!anyMayMatch(statements, CORPUS)) return undefined;
  let best: { value: number; statement: Statement } | undefined;
  for (const s of statements) {
    if (DESCRIBES_ONLY.has(s.section) || !mayMatch(s, CORPUS) || !CORPUS_COUNT.unit.test(s.text)) continue;
    CORPUS.lastIndex = 0;
    for (let m = CORPUS.exec(s.text); m; m = CORPUS.exec(s.text)) {
      if (/\b(?:eval\w*|test|questions?|held[- ]out)\b/i.test(m[3] ?? '')) continue;
      const unit = (m[2] ?? '').toLowerCase();
      const value =
        Number((m[1] ?? '').replace(/,/g, '')) *
        (unit === 'k' || unit === 'thousand' ? 1000 : unit === 'm' || unit === 'million' ? 1_000_000 : 1);
      if (Number.isFinite(value) && (!best || value > best.value)) best = { value: Math.round(value), statement: s };
    }
  }
  return best;
}

const GROWING = gated(
  /\b(?:(?:large|big|huge) and (?:growing|expanding)|(?:keeps?|is) growing|grows (?:daily|weekly|every|each|by)|ever[- ]growing|growing (?:daily|weekly|every|each|by|fast|quickly|steadily)|new (?:documents|stories|reports|articles|pages|records) (?:are )?added (?:every|each|daily))\b/i,
);

export function detectCorpusGrowing(statements: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, GROWING)) return undefined;
  return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(GROWING, s));
}

const RETRAIN = gated(
  /\b(?:re-?train\w*|train\w* again|re-?fine-?tun\w*|continu\w* (?:the )?pre-?train\w*|re-?run (?:the )?(?:fine[- ]?tun\w*|training) (?:job|run)|(?:fine[- ]?tun\w*|training) (?:job|run)s? (?:every|each|nightly|weekly|daily)|fine-?tun\w* again|new (?:training|fine-?tuning) run|refresh\w* (?:the )?(?:model|weights|adapter))\b/i,
);
const SCHEDULE = gated(
  /\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually|every|each|whenever|when(?:ever)? (?:a |the )?(?:new|\w+ change)|on (?:each|every) (?:release|change|update)|as (?:soon as )?(?:new|\w+) (?:arrive|change|appear)\w*|new edition|schedul\w*|cron)\b/i,
);
const FOR_BEHAVIOR =
  /\b(?:behaviou?r|format\w*|tone|style|voice|classif\w*|(?:new|added) [ \w-]{0,24}?(?:codes?|categor\w*|class(?:es)?|labels?|intents?)\b|routing decisions|label(?:l)?ing)\b/i;

/** Retraining on a schedule or on change, to bring new or changed facts into the weights. */
export function detectRefreshRetrain(statements: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, RETRAIN)) return undefined;
  for (const s of statements) {
    if (s.section === 'options' || s.section === 'links') continue;
    if (s.section === 'pros-cons' && !/^\s*(?:bad|good|neutral)\b/i.test(s.text)) continue;
    if (!mayMatch(s, RETRAIN) || !mayMatch(s, SCHEDULE)) continue;
    const hit = clauses(s.text).find((c) => RETRAIN.test(c) && SCHEDULE.test(c));
    if (!hit || FOR_BEHAVIOR.test(s.text) || /\bnot? (?:be )?retrain|never retrain|no retrain|without retrain/i.test(s.text)) continue;
    return s;
  }
  return undefined;
}
