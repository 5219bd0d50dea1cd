import { describe, expect, it } from 'vitest';
import { bare, base, build } from '../../tests/fixtures/letterSender';
// The tests use the real words; domain code itself never imports content (architecture rule 1).
// eslint-disable-next-line import-x/no-restricted-paths
import { letterNoteTexts, letterTexts } from '../content/letters';
import { fillTemplate } from './fillTemplate';
import type { LetterInput } from './letterInput';
import { letterToText, notesToText, type LetterDraft } from './letterDrafts';

/** The register of the letters (issue 15): recipients, salutations, "Uw kenmerk", sender lines, no prompts. */
const notes = (d: LetterDraft) => notesToText(d);

describe('every letter', () => {
  const inputs: LetterInput[] = [
    { ...base, letter: 'reactie-verslag', missing: ['Ik kan de trap niet meer op.'] },
    { ...base, letter: 'aanvraag', request: 'Een traplift.' },
    {
      ...base,
      letter: 'bezwaar',
      beschikking: '2026-05-04',
      reasons: 'Zie hieronder.',
      deadline: '2026-06-15',
    },
    {
      ...base,
      letter: 'ingebrekestelling',
      aanvraag: '2026-04-20',
      decisionDue: '2026-05-04',
      expectedReceipt: '2026-05-22',
    },
    {
      ...base,
      letter: 'beroep',
      beslissing: '2026-07-01',
      court: 'Rechtbank Midden-Nederland',
      reasons: 'Zie hieronder.',
      deadline: '2026-08-12',
    },
  ];

  it.each(['nl', 'en'] as const)('has the shared parts and no placeholder left (%s)', (lang) => {
    const n = letterNoteTexts(lang).common;
    const t = letterTexts(lang).common;
    for (const input of inputs) {
      const d = build(input, lang);
      expect(JSON.stringify(d)).not.toMatch(/\{[A-Za-z]+\}/);
      expect(d.sender).toEqual(['Ans de Vries', 'Lindelaan 12', '3521 AB Utrecht']);
      expect(d.recipient.join(' ')).toContain(input.letter === 'beroep' ? 'Rechtbank' : 'Utrecht');
      expect(d.placeDate).toBe(
        lang === 'nl' ? 'Utrecht, woensdag 20 mei 2026' : 'Utrecht, Wednesday, 20 May 2026',
      );
      // The rechtbank has no use for the gemeente's kenmerk of the dossier.
      expect(d.references).toEqual(
        input.letter === 'beroep' ? [] : [fillTemplate(t.referenceLine, { reference: 'KL-20418' })],
      );
      expect([t.salutation, t.salutationCollege]).toContain(d.salutation);
      expect(d.closing).toBe(t.closing);
      expect(d.signature).toEqual({ label: t.signatureLabel, name: 'Ans de Vries' });
      expect(d.notes[0]).toBe(n.concept);
      expect(d.notes).toEqual(expect.arrayContaining([n.notAdvice, n.help, n.keepCopy]));
      expect(d.labels.notes).toBe(n.label);
      // No invented phone numbers, addresses on the web or organisations.
      expect(notes(d)).not.toMatch(/https?:|www\.|@|\d{3}[- ]?\d{4}|Juridisch Loket/i);
    }
  });

  it('leaves out the place and the reference when not given, and blank ones too', () => {
    for (const input of inputs) {
      const d = build({ ...input, sender: { ...bare, reference: '  ' }, place: ' ' });
      expect(d.placeDate).toBe('woensdag 20 mei 2026');
      expect(d.references).toEqual([]);
    }
  });

  it('adds the gemeente’s postal address under the recipient', () => {
    const d = build({
      ...base,
      letter: 'aanvraag',
      request: 'Een traplift.',
      gemeenteAddress: 'Postbus 16200\n3500 CE  Utrecht',
    });
    expect(d.recipient.slice(-2)).toEqual(['Postbus 16200', '3500 CE  Utrecht']);
  });
});

describe('salutation and recipient', () => {
  const t = letterTexts('nl').common;
  const one = (input: LetterInput) => build({ ...input, sender: bare });
  const cases: [LetterInput, string, string][] = [
    [
      { ...base, letter: 'reactie-verslag', missing: ['x'] },
      'Aan de gemeente Utrecht',
      t.salutation,
    ],
    [
      { ...base, letter: 'aanvraag', request: 'x' },
      'Aan het college van burgemeester en wethouders',
      t.salutationCollege,
    ],
    [
      {
        ...base,
        letter: 'bezwaar',
        beschikking: '2026-05-04',
        reasons: 'x',
        deadline: '2026-06-15',
      },
      'Aan het college van burgemeester en wethouders',
      t.salutationCollege,
    ],
    [
      {
        ...base,
        letter: 'ingebrekestelling',
        aanvraag: '2026-04-20',
        decisionDue: '2026-05-04',
        expectedReceipt: '2026-05-22',
      },
      'Aan het college van burgemeester en wethouders',
      t.salutationCollege,
    ],
    [
      {
        ...base,
        letter: 'beroep',
        beslissing: '2026-07-01',
        court: 'Gelderland',
        reasons: 'x',
        deadline: '2026-08-12',
      },
      'Aan de Rechtbank Gelderland',
      t.salutation,
    ],
  ];

  it.each(cases)(
    '%#: writes to the right body with the right salutation',
    (input, to, salutation) => {
      const d = one(input);
      expect(d.recipient[0]).toBe(to);
      expect(d.salutation).toBe(salutation);
      expect(letterToText(d)).toContain(`\n\n${salutation}\n\n`);
    },
  );

  it('says "Geacht college," and "Geachte heer, mevrouw," in those words', () => {
    expect(t.salutationCollege).toBe('Geacht college,');
    expect(t.salutation).toBe('Geachte heer, mevrouw,');
    expect(letterTexts('en').common.salutation).toBe('Dear Sir or Madam,');
  });

  it('puts the gemeente’s kenmerk on an "Uw kenmerk" line', () => {
    const d = build({ ...base, letter: 'aanvraag', request: 'x' });
    expect(d.references).toEqual(['Uw kenmerk: KL-20418']);
    expect(letterToText(d)).toContain(
      'Betreft: Aanvraag maatwerkvoorziening Wmo 2015\nUw kenmerk: KL-20418',
    );
    expect(build({ ...base, letter: 'aanvraag', request: 'x' }, 'en').references).toEqual([
      'Your reference: KL-20418',
    ]);
  });
});

describe('optional sender lines', () => {
  const input: LetterInput = {
    ...base,
    sender: { ...bare, phone: ' 06 1234 5678 ', email: 'ans@example.nl', birthDate: '1944-02-03' },
    letter: 'aanvraag',
    request: 'Een traplift.',
  };

  it('adds telephone, e-mail and date of birth under the address, in that order', () => {
    expect(build(input).sender).toEqual([
      'Ans de Vries',
      'Lindelaan 12',
      '3521 AB Utrecht',
      'Telefoon: 06 1234 5678',
      'E-mail: ans@example.nl',
      'Geboortedatum: 3 februari 1944',
    ]);
    expect(build(input, 'en').sender.slice(3)).toEqual([
      'Telephone: 06 1234 5678',
      'Email: ans@example.nl',
      'Date of birth: 3 February 1944',
    ]);
    expect(letterToText(build(input))).toMatch(
      /^Ans de Vries\n.*\nGeboortedatum: 3 februari 1944\n\n/s,
    );
  });

  it('leaves out the lines that are empty or blank', () => {
    const d = build({ ...input, sender: { ...bare, phone: '  ', email: '' } });
    expect(d.sender).toEqual(['Ans de Vries', 'Lindelaan 12', '3521 AB Utrecht']);
    expect(build({ ...input, sender: { ...bare, email: 'a@b.nl' } }).sender.at(-1)).toBe(
      'E-mail: a@b.nl',
    );
  });
});

describe('a letter that is sent never holds a prompt', () => {
  // Every optional field empty, and the required ones too: the UI asks for those before printing.
  const empty: LetterInput[] = [
    { ...base, sender: bare, letter: 'reactie-verslag', missing: [], corrections: ' ' },
    { ...base, sender: bare, letter: 'aanvraag', request: '' },
    {
      ...base,
      sender: bare,
      letter: 'bezwaar',
      beschikking: '2026-05-04',
      deadline: '2026-06-15',
      late: true,
      lateReason: '',
      reasons: '',
    },
    {
      ...base,
      sender: bare,
      letter: 'ingebrekestelling',
      against: 'bezwaar',
      bezwaar: '2026-03-01',
      decisionDue: '2026-05-04',
      expectedReceipt: '2026-05-22',
      about: ' ',
    },
    {
      ...base,
      sender: bare,
      letter: 'beroep',
      beslissing: '2026-07-01',
      deadline: '2026-08-12',
      late: true,
      court: ' ',
    },
  ];

  it.each(['nl', 'en'] as const)(
    'not in the text, the e-mail copy or the PDF parts (%s)',
    (lang) => {
      for (const input of empty) {
        const d = build(input, lang);
        const sent = [
          letterToText(d),
          d.subject,
          ...d.recipient,
          ...d.references,
          ...d.enclosures,
        ].join('\n');
        expect(sent, input.letter).not.toMatch(
          /\(schrijf|\(write|schrijf hier|write here|\{\w+\}|…\?/i,
        );
        expect(sent, input.letter).not.toMatch(/\? (Dan|Then) /);
        for (const p of d.body) expect(p.trim(), input.letter).toMatch(/[.:,)?]$/);
      }
    },
  );

  it('says instead, in the notes, what is still to be filled in', () => {
    const n = letterNoteTexts('nl');
    const notesOf = (i: number) => build(empty[i] as LetterInput).notes;
    expect(notesOf(0)).toContain(n['reactie-verslag'].writeCorrections);
    expect(notesOf(1)).toContain(n.aanvraag.writeRequest);
    expect(notesOf(2)).toEqual(
      expect.arrayContaining([`${n.bezwaar.late} ${n.bezwaar.writeLate}`, n.bezwaar.writeReasons]),
    );
    expect(notesOf(4)).toEqual(
      expect.arrayContaining([`${n.beroep.late} ${n.beroep.writeLate}`, n.beroep.writeReasons]),
    );
    expect(build(empty[4] as LetterInput).recipient).toEqual(['Aan de rechtbank']);
  });
});
