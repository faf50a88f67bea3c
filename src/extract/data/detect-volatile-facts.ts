/**
 * Time-sensitive facts in a training target (SPEC §6.3 "Training data"): a price or amount with a currency, a
 * date, a version, a rate or percentage, or a "currently / as of / since <date>" statement — unless the value
 * appears in the example's own input (the answer copies it, as it will copy what retrieval supplies).
 * Statutory durations ("within 14 days") and physical quantities ("100 degrees Celsius", "384,400 km") are
 * not volatile facts, and placeholders ({price}, $X) state nothing.
 */

export type VolatileKind = 'amount' | 'date' | 'version' | 'rate' | 'currently';

export interface VolatileFact {
  kind: VolatileKind;
  /** The matched text, and where it is in the target. */
  match: string;
  index: number;
}

const CURRENCY_SYMBOL = '[$€£¥₹₩₽₺₪₫฿₱₦]';
const CURRENCY_CODE = '(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|RUB|KRW|SGD|HKD|AED|SAR|ILS)';
const CURRENCY_WORD =
  '(?:dollars?|euros?|cents?|pence|yen|yuan|renminbi|rupees?|francs?|pesos?|reais|rand|kronor|kroner|krona|zlotys?|lira|liras|dirhams?|pounds sterling|bucks)';
/** A number with thousands separators and decimals ("1,299.00", "1.299,00", "49"). */
const NUM = String.raw`\d[\d,.]*\d|\d`;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:19|20)\\d{2}';
const PRODUCTS =
  '(?:iOS|iPadOS|macOS|Android|Windows|Python|Java|PHP|Node(?:\\.js)?|Ubuntu|Debian|RHEL|Kubernetes|PostgreSQL|MySQL|Chrome|Firefox|Safari|Office|Excel|GPT|Claude|Gemini|Llama|Mistral|Terraform|Docker|Angular|React|Vue|Django|Rails|Spring Boot|\\.NET)';

const PATTERNS: [VolatileKind, RegExp][] = [
  ['amount', new RegExp(String.raw`(?:US|A|C|NZ|HK|S|R)?${CURRENCY_SYMBOL}\s?(?:${NUM})(?:\s?(?:k|m|bn|million|billion)\b)?`, 'g')],
  ['amount', new RegExp(String.raw`(?<![\w.])(?:${NUM})\s?${CURRENCY_SYMBOL}`, 'g')],
  [
    'amount',
    new RegExp(String.raw`\b${CURRENCY_CODE}\s?(?:${NUM})|(?<![\w.])(?:${NUM})\s?(?:million\s|billion\s)?${CURRENCY_CODE}\b`, 'g'),
  ],
  ['amount', new RegExp(String.raw`(?<![\w.])(?:${NUM})\s?(?:million\s|billion\s)?${CURRENCY_WORD}\b`, 'gi')],
  ['date', new RegExp(String.raw`\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b`, 'g')],
  ['date', new RegExp(String.raw`\b\d{1,2}[/.]\d{1,2}[/.](?:${YEAR}|\d{2})\b`, 'g')],
  ['date', new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+${YEAR}\b)?`, 'g')],
  ['date', new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s+${YEAR}\b)?`, 'g')],
  ['date', new RegExp(String.raw`\b${MONTH}\s+${YEAR}\b`, 'g')],
  ['date', new RegExp(String.raw`\b(?:Q[1-4]|H[12])\s?(?:FY\s?)?(?:${YEAR}|'?\d{2})\b|\b(?:FY|fiscal year)\s?'?(?:${YEAR}|\d{2})\b`, 'g')],
  [
    'date',
    new RegExp(
      String.raw`\b(?:as of|since|until|till|effective|starting|from|through|by|in|during)\s+(?:(?:early|mid|late)[-\s])?(?:20\d{2})\b`,
      'gi',
    ),
  ],
  ['version', /\bv\d+\.\d[\d.]*\b/gi],
  ['version', /\b(?:version|ver\.|release|firmware|build|patch)\s+v?\d[\d.]*[a-z]?\b/gi],
  ['version', /(?<![\d.])\d+\.\d+\.\d+(?![\d.])/g],
  ['version', new RegExp(String.raw`\b${PRODUCTS}[\s-]?\d[\d.]*\b`, 'g')],
  ['rate', /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s?cent\b|pct\b|bps\b|basis points\b)/gi],
  ['rate', /\b(?:APR|APY|interest rate|exchange rate|tax rate|VAT rate|mortgage rate)\s+(?:is\s+|of\s+|at\s+)?\d/gi],
];

/** "currently …", "as of today", "this quarter": counted when the sentence states something that changes. */
const NOW_MARKER =
  /\b(?:currently|at the moment|at present|presently|right now|as of (?:today|now|this (?:week|month|year|quarter))|as things stand|this (?:quarter|month|fiscal year)|today's (?:price|rate|offer)|the latest (?:version|release|model|price)|current (?:price|prices|pricing|rate|rates|version|release|fee|fees|offer|promotion))\b/gi;
const STATE =
  /\b(?:costs?|price[sd]?|pricing|fees?|rates?|versions?|releases?|available|in stock|out of stock|supports?|offers?|ships?|stands? at|valid|listed|open|closed|charges?|pays?|runs?|uses?|has|have|is|are)\b/i;

/** "365 days", "30-day", "14 days": durations, never a date. */
const DURATION_AFTER = /^[\s-]*(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i;
/** "100 degrees", "384,400 kilometers": physical quantities. */
const UNIT_AFTER =
  /^\s?(?:°|degrees?|kilo|km|kg|g\b|mg|meters?|metres?|miles?|feet|ft\b|inch|cm|mm|liters?|litres?|ml\b|pounds?\b|lbs?\b|ounces?|oz\b|tons?|volts?|watts?|hz|kwh)/i;

/** Every volatile fact a target states, in text order. */
export function findVolatileFacts(target: string): VolatileFact[] {
  return [...candidates(target)].sort((a, b) => a.index - b.index);
}

/** Volatile-fact candidates, pattern by pattern (lazily: a caller that needs one stops early). */
function* candidates(target: string): Generator<VolatileFact> {
  // Every value pattern needs a digit; only the "currently" markers can match without one.
  if (/\d/.test(target))
    for (const [kind, re] of PATTERNS) {
      for (const m of target.matchAll(re)) {
        const after = target.slice(m.index + m[0].length, m.index + m[0].length + 20);
        if (kind === 'rate' && /^100(?:[.,]0+)?\s?%/.test(m[0])) continue; // "100% sure"
        if ((kind === 'date' || kind === 'amount') && (DURATION_AFTER.test(after) || UNIT_AFTER.test(after))) continue;
        yield { kind, match: m[0].trim(), index: m.index };
      }
    }
  for (const m of target.matchAll(NOW_MARKER)) {
    const sentence = sentenceAround(target, m.index);
    if (STATE.test(sentence.replace(m[0], ''))) yield { kind: 'currently', match: m[0], index: m.index };
  }
}

/**
 * A volatile fact of a target that does not come from the example's own input: a value whose numbers all
 * appear in the input was copied from it; a "currently" sentence the input already contains, likewise.
 * Values are tried before "currently" markers; the first that is not copied is returned.
 */
export function firstVolatileFact(target: string, input: string): VolatileFact | undefined {
  let inputNumbers: Set<string> | undefined;
  let inputText: string | undefined;
  for (const f of candidates(target)) {
    const numbers = [...numbersOf(f.match)];
    if (numbers.length > 0) {
      const known = (inputNumbers ??= numbersOf(input));
      if (numbers.every((n) => known.has(n))) continue;
    } else if ((inputText ??= normalise(input)).includes(normalise(sentenceAround(target, f.index)))) {
      continue;
    }
    return f;
  }
  return undefined;
}

/** Numbers written in a text, normalised ("1,299.00" → "1299", "4.5" → "4.5"). */
function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) {
    let n = m[0];
    // Thousands separators go; a decimal part is kept, trailing zeros dropped.
    n = /[.,]\d{1,2}$/.test(n) ? n.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.') : n.replace(/[.,]/g, '');
    n = n.includes('.') ? n.replace(/\.?0+$/, '') : n.replace(/^0+(?=\d)/, '');
    out.add(n);
    // "15th" and "15" are the same day; a year stays a year.
    out.add(m[0].replace(/\D/g, ''));
  }
  return out;
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const endDot = text.indexOf('. ', index);
  const endLine = text.indexOf('\n', index);
  const ends = [endDot, endLine].filter((e) => e !== -1);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim();
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
