/**
 * Personal data in training text (SPEC §6.3 "Data and tenants"): e-mail addresses, phone numbers, card numbers
 * (Luhn-valid), IBANs (mod-97-valid) and national ID numbers (US SSN, UK NINO, Spanish DNI with its check letter,
 * and numbers introduced as passport / national ID / tax numbers).
 *
 * Synthetic, invented or placeholder data is not personal data: reserved example domains (example.com, .test),
 * role mailboxes (support@, sales@), fictional 555 numbers, the published test card numbers and specimen IBANs
 * and IDs are not counted. Every value found can be masked, so evidence never repeats it.
 */

export type PersonalDataKind = 'e-mail' | 'phone' | 'card' | 'iban' | 'national-id';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const MASK: Record<PersonalDataKind, string> = {
  'e-mail': '[e-mail redacted]',
  phone: '[phone redacted]',
  card: '[card number redacted]',
  iban: '[IBAN redacted]',
  'national-id': '[ID number redacted]',
};

export function findPersonalData(text: string): PersonalDataHit[] {
  // Cheap pre-checks first: training data is large, and most texts hold no e-mail and few digits.
  const digits = countDigits(text, 9);
  const at = text.includes('@');
  if (digits < 4 && !at) return [];
  const hits: PersonalDataHit[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ kind, start, end });
  };
  const scan = (re: RegExp, kind: PersonalDataKind, real: (value: string) => boolean) => {
    for (const m of text.matchAll(re)) if (real(m[0])) add(kind, m.index, m.index + m[0].length);
  };
  if (at) scan(EMAIL, 'e-mail', isRealEmail);
  if (digits >= 9) {
    scan(IBAN, 'iban', isRealIban);
    scan(CARD, 'card', isRealCard);
    scan(SSN, 'national-id', (v) => !SPECIMEN_SSN.has(v));
  }
  if (digits >= 6) {
    scan(NINO, 'national-id', (v) => !SPECIMEN_NINO.has(v.replace(/\s/g, '').toUpperCase()));
    scan(DNI, 'national-id', isRealDni);
  }
  if (digits >= 4)
    for (const re of LABELLED_IDS)
      for (const m of text.matchAll(re)) {
        const value = m[1] ?? '';
        const start = m.index + m[0].length - value.length;
        if (/\d{4}/.test(value.replace(/\s|-/g, '')) && !isPlaceholderId(value)) add('national-id', start, start + value.length);
      }
  if (digits >= 9) for (const re of PHONES) scan(re, 'phone', isRealPhone);
  return hits.sort((a, b) => a.start - b.start);
}

/** The number of digits in a text, counting no further than `cap`. */
function countDigits(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Where an offset of the original text lands in its masked version. */
export function maskedOffset(hits: PersonalDataHit[], index: number): number {
  let shift = 0;
  for (const h of hits) {
    if (h.start >= index) break;
    if (h.end > index) return h.start + shift; // inside a masked value: its label
    shift += MASK[h.kind].length - (h.end - h.start);
  }
  return index + shift;
}

/** The text with every personal value replaced by a label such as `[e-mail redacted]`. */
export function maskPersonalData(text: string, hits: PersonalDataHit[] = findPersonalData(text)): string {
  let out = '';
  let last = 0;
  for (const h of hits) {
    out += text.slice(last, h.start) + MASK[h.kind];
    last = h.end;
  }
  return out + text.slice(last);
}

// ---- e-mail ---------------------------------------------------------------------------------------------------

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}/g;
/** RFC 2606/6761 reserved names and the domains every tutorial uses as placeholders. */
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|domain\.com|email\.com|company\.com|yourcompany\.com|yourdomain\.com|mycompany\.com|acme\.(?:com|org|corp)|foo\.com|bar\.com|test\.com)$/i;
const ROLE_MAILBOX =
  /^(?:info|sales|support|help|helpdesk|contact|hello|admin|administrator|noreply|no-reply|donotreply|do-not-reply|billing|accounts|privacy|security|abuse|webmaster|postmaster|hostmaster|hr|jobs|careers|press|media|marketing|team|office|service|customerservice|enquiries|inquiries|legal|compliance|ops|devops|it|feedback|orders|shop|store|news|newsletter|notifications|alerts|user|username|name|firstname\.lastname|first\.last|john\.doe|jane\.doe|someone|somebody|you|your\.name|yourname)$/i;

function isRealEmail(email: string): boolean {
  const [local = '', domain = ''] = email.split('@');
  return !PLACEHOLDER_DOMAIN.test(domain) && !ROLE_MAILBOX.test(local);
}

// ---- phone ----------------------------------------------------------------------------------------------------

const PHONES = [
  // International: +CC then groups.
  /(?<![\w+])\+\d{1,3}[\s.()\d-]{6,20}\d(?![\w])/g,
  // North American: (NNN) NNN-NNNN, NNN-NNN-NNNN, NNN.NNN.NNNN.
  /(?<![\w(])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w])/g,
  // National with a trunk 0: 020 7946 0018, 030-1234 5678, 06 12 34 56 78.
  /(?<![\w+])0\d{1,4}[\s-]\d{2,4}[\s-]\d{2,4}(?:[\s-]\d{2,4})?(?:[\s-]\d{2,4})?(?![\w])/g,
];

function isRealPhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  // Fictional numbers: North American 555 exchange, Ofcom's drama ranges.
  if (/^(?:1)?\d{3}555\d{4}$/.test(digits) || /\b555[\s.-]\d{4}\b/.test(raw)) return false;
  if (/^(?:44|0)(?:20794600|1632960|7700900)/.test(digits)) return false;
  // A date or a range of years is not a phone number.
  if (/^(?:19|20)\d{2}[\s.-]\d{2}[\s.-]\d{2}$/.test(raw.trim())) return false;
  return !/^(\d)\1+$/.test(digits);
}

// ---- cards ----------------------------------------------------------------------------------------------------

const CARD = /(?<!\d|\d[.,])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?!\d|[.,]\d)/g;
/** The card numbers payment providers publish for testing. */
const TEST_CARDS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4222222222222',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
]);

function isRealCard(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || TEST_CARDS.has(digits) || /^(\d)\1+$/.test(digits)) return false;
  // An ungrouped run of digits is a card only with a card network's prefix and length.
  if (
    /^\d+$/.test(raw) &&
    !/^(?:4\d{12}(?:\d{3})?|5[1-5]\d{14}|2(?:2[2-9]|[3-6]\d|7[01])\d{13}|3[47]\d{13}|6(?:011|5\d\d)\d{12}|35\d{14})$/.test(digits)
  )
    return false;
  return luhn(digits);
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---- IBAN -----------------------------------------------------------------------------------------------------

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** The specimen IBANs of the standard and of banks' documentation. */
const SPECIMEN_IBANS = new Set([
  'GB82WEST12345698765432',
  'GB29NWBK60161331926819',
  'DE89370400440532013000',
  'FR1420041010050500013M02606',
  'NL91ABNA0417164300',
  'CH9300762011623852957',
  'BE68539007547034',
]);

function isRealIban(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34 || SPECIMEN_IBANS.has(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

// ---- national IDs ---------------------------------------------------------------------------------------------

const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const SPECIMEN_SSN = new Set(['123-45-6789', '078-05-1120', '219-09-9999', '111-11-1111']);
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const SPECIMEN_NINO = new Set(['AB123456C', 'AA123456A', 'AB123456A', 'AB123456D']);
const DNI = /\b\d{8}-?[A-HJ-NP-TV-Z]\b/g;
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function isRealDni(raw: string): boolean {
  const digits = raw.slice(0, 8);
  const letter = raw.slice(-1);
  return digits !== '12345678' && DNI_LETTERS[Number(digits) % 23] === letter;
}

/** The number after its label: a token with digits, possibly in groups ("X1234567", "123 456 789"). */
/** Specimen numbers and digit runs such as 123456789 or 000000 stand for an ID; they are not one. */
function isPlaceholderId(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (SPECIMEN_SSN.has(value) || SPECIMEN_NINO.has(compact)) return true;
  const digits = compact.replace(/\D/g, '');
  return /^(\d)\1+$/.test(digits) || '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

const ID_VALUE = String.raw`\s*(?:is|:|#|no\.?)?\s*([A-Za-z]{0,3}\d[A-Za-z0-9]*(?:[ -]\d{2,})?(?:[ -]\d{2,})?(?:[ -]\d{2,})?)\b`;
const LABELLED_IDS = [
  new RegExp(
    String.raw`\b(?:passport(?:\s+(?:number|no\.?|#))?|national\s+id(?:entity)?(?:\s+(?:number|card|no\.?))?|social\s+security(?:\s+number)?|id\s+card\s+number|personalausweis(?:nummer)?|steuer-?id)${ID_VALUE}`,
    'gi',
  ),
  // Acronyms only in capitals: "sin" and "nie" are words in Spanish and German.
  new RegExp(String.raw`\b(?:SSN|BSN|PESEL|Aadhaar|NIF|NIE|CPF|TFN|SIN)${ID_VALUE}`, 'g'),
];
