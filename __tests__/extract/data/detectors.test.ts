/** What counts as a volatile fact in a training answer, and as personal data in training text (SPEC §6.3). */
import { describe, expect, it } from '@jest/globals';
import { findPersonalData, luhn, maskPersonalData } from '../../../src/extract/data/detect-personal-data.js';
import { firstVolatileFact } from '../../../src/extract/data/detect-volatile-facts.js';

describe('volatile facts in a target text', () => {
  it.each<[string, string]>([
    ['The Pro plan costs $49 per month.', 'amount'],
    ['That will be 1.299,00 € including tax.', 'amount'],
    ['Shipping to Zurich is CHF 12.50.', 'amount'],
    ['The fee is 25 dollars.', 'amount'],
    ['The offer ends on March 31, 2025.', 'date'],
    ['Delivery is planned for 2025-04-02.', 'date'],
    ['Rates were revised on 3 May.', 'date'],
    ['Results for Q3 2024 are out.', 'date'],
    ['As of 2024 the limit applies to all plans.', 'date'],
    ['Dark mode arrived in version 4.2.', 'version'],
    ['Update to v3.1.4 first.', 'version'],
    ['It needs Android 14 or later.', 'version'],
    ['Students get 20% off.', 'rate'],
    ['Savings accounts pay 3.5 percent.', 'rate'],
    ['The store is currently open on Sundays.', 'currently'],
  ])('%s → %s', (target, kind) => {
    expect(firstVolatileFact(target, 'What is it?')?.kind).toBe(kind);
  });

  it.each([
    ['a value copied from the input', 'The Team plan costs 99 EUR per month.', 'Price list: Team 99 EUR/month. What does Team cost?'],
    ['a date copied in another format', 'It shipped on March 3, 2025.', 'Shipped: 2025-03-03. When did it ship?'],
    ['a placeholder', 'The Pro plan costs {price} per month, from {date}.', 'How much is Pro?'],
    ['a statutory duration', 'You can withdraw within 14 days of delivery.', 'How long can I withdraw?'],
    ['a physical quantity', 'Water boils at 100 degrees Celsius; the Moon is 384,400 km away.', 'Facts?'],
    ['"100%" as a figure of speech', 'I am 100% sure that is the right form.', 'Sure?'],
    ['"currently" with nothing that changes', 'I am currently unable to help with that.', 'Help?'],
    ['a score', 'Score: 7/10', 'Grade this answer.'],
  ])('not volatile: %s', (_name, target, input) => {
    expect(firstVolatileFact(target, input)).toBeUndefined();
  });
});

describe('personal data', () => {
  it.each<[string, string]>([
    ['Mail anna.novak@gmail.com today', 'e-mail'],
    ['Call +44 7911 123456', 'phone'],
    ['Call (212) 736-0199 after 5', 'phone'],
    ['Ring 030 1234 5678', 'phone'],
    ['Card 4539 1488 0343 6467 on file', 'card'],
    ['Pay to DE44 5001 0517 5407 3249 31', 'iban'],
    ['SSN 536-22-8741', 'national-id'],
    ['NI number JG 10 38 22 B', 'national-id'],
    ['DNI 12345679S', 'national-id'],
    ['passport number X74920318', 'national-id'],
  ])('%s → %s', (text, kind) => {
    expect(findPersonalData(text).map((h) => h.kind)).toEqual([kind]);
  });

  it.each([
    ['reserved example domains', 'write to jane@example.com or ops@acme.test'],
    ['role mailboxes', 'write to support@acme.io or sales@company.com'],
    ['fictional 555 numbers', 'call 555-0142 or (212) 555-0199'],
    ['published test cards', 'use 4111 1111 1111 1111 or 4242424242424242'],
    ['numbers failing the Luhn check', 'ref 4539 1488 0343 6468'],
    ['specimen IBANs', 'IBAN GB82 WEST 1234 5698 7654 32'],
    ['an IBAN-looking code failing mod 97', 'code DE00 1234 5678 9012 3456 78'],
    ['specimen SSNs and placeholder numbers', 'SSN 123-45-6789, passport number 000000000'],
    ['dates and order numbers', 'order 2023-12-15, tracking TRK123456789, SKU 4567-BLUE'],
    ['an acronym that is a word', 'sin 20241 problemas'],
  ])('not personal: %s', (_name, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('masks every value, so evidence never repeats it', () => {
    const text = 'Reach anna.novak@gmail.com or +44 7911 123456; card 4539 1488 0343 6467.';
    const masked = maskPersonalData(text);
    expect(masked).toBe('Reach [e-mail redacted] or [phone redacted]; card [card number redacted].');
    expect(masked).not.toMatch(/novak|7911|6467/);
  });

  it('implements the Luhn check', () => {
    expect([luhn('4539148803436467'), luhn('4539148803436468'), luhn('79927398713')]).toEqual([true, false, true]);
  });
});
