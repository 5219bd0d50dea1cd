import { describe, expect, it } from 'vitest';
// The tests use the real words; domain code itself never imports content (architecture rule 1).
// eslint-disable-next-line import-x/no-restricted-paths
import { letterFormat, letterNoteTexts, letterTexts } from '../content/letters';
import { fillTemplate } from './fillTemplate';
import type {
  AanvraagInput,
  BezwaarInput,
  IngebrekestellingInput,
  LetterInput,
  LetterSender,
  ReactieVerslagInput,
} from './letterInput';
import {
  bodyText,
  buildLetter,
  letterToText,
  notesToText,
  withBody,
  type LetterDraft,
} from './letterDrafts';

const sender: LetterSender = {
  name: 'Ans de Vries',
  address: 'Lindelaan 12',
  postcodeCity: '3521 AB Utrecht',
  reference: 'KL-20418',
};
const bare: LetterSender = {
  name: 'Ans de Vries',
  address: 'Lindelaan 12',
  postcodeCity: '3521 AB Utrecht',
};
const base = { sender, gemeente: 'Utrecht', place: 'Utrecht', today: '2026-05-20' };
const minimal = { sender: bare, gemeente: 'Utrecht', today: '2026-05-20' };

const build = (input: LetterInput, lang: 'nl' | 'en' = 'nl'): LetterDraft =>
  buildLetter(input, letterTexts(lang), letterNoteTexts(lang), letterFormat(lang));
const body = (d: LetterDraft) => d.body.join('\n\n');
// Intl writes a no-break space after the euro sign.
const notes = (d: LetterDraft) => notesToText(d).replace(/\u00a0/g, ' ');

describe('fillTemplate', () => {
  it('fills every placeholder, also twice, and never fills a value again', () => {
    expect(fillTemplate('{a} en {b} en {a}', { a: 'x', b: '{a}' })).toBe('x en {a} en x');
    expect(fillTemplate('geen', {})).toBe('geen');
    expect(fillTemplate('€ {amount}', { amount: '$1' })).toBe('€ $1');
  });

  it('throws when a value is missing, naming the placeholder', () => {
    expect(() => fillTemplate('Op {date} sprak ik', {})).toThrow('{date}');
    expect(() => fillTemplate('{toString}', {})).toThrow('{toString}');
  });
});

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
  ];

  it.each(['nl', 'en'] as const)('has the shared parts and no placeholder left (%s)', (lang) => {
    const n = letterNoteTexts(lang).common;
    const t = letterTexts(lang).common;
    for (const input of inputs) {
      const d = build(input, lang);
      expect(JSON.stringify(d)).not.toMatch(/\{[A-Za-z]+\}/);
      expect(d.sender).toEqual(['Ans de Vries', 'Lindelaan 12', '3521 AB Utrecht']);
      expect(d.recipient.join(' ')).toContain('Utrecht');
      expect(d.placeDate).toBe(
        lang === 'nl' ? 'Utrecht, woensdag 20 mei 2026' : 'Utrecht, Wednesday, 20 May 2026',
      );
      expect(d.references).toEqual([fillTemplate(t.referenceLine, { reference: 'KL-20418' })]);
      expect(d.salutation).toBe(t.salutation);
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

describe('reactie op het verslag', () => {
  const full: ReactieVerslagInput = {
    ...base,
    letter: 'reactie-verslag',
    gesprek: '2026-04-08',
    verslagReceived: '2026-04-15',
    missing: ['Knelpunten, wonen: De trap is steil.', '  Ik mis mijn\nkaartclub. '],
    corrections:
      'Er staat dat mijn dochter elke dag komt.\nDat klopt niet.\n\nZe komt twee keer per week.',
    secondTalk: true,
  };
  const none: ReactieVerslagInput = { ...minimal, letter: 'reactie-verslag', missing: [] };

  it('names both dates, lists the missing points, the corrections and asks for a second talk', () => {
    const d = build(full);
    const t = letterTexts('nl')['reactie-verslag'];
    expect(d.recipient).toEqual(['Aan de gemeente Utrecht']);
    expect(d.body[0]).toContain('woensdag 8 april 2026');
    expect(d.body[0]).toContain('woensdag 15 april 2026');
    expect(d.body).toContain(
      `${t.missing}\n- Knelpunten, wonen: De trap is steil.\n- Ik mis mijn kaartclub.`,
    );
    expect(d.body).toContain(t.missingRequest);
    expect(d.body).toContain(
      `${t.corrections}\nEr staat dat mijn dochter elke dag komt.\nDat klopt niet.`,
    );
    expect(d.body).toContain('Ze komt twee keer per week.');
    expect(d.body).not.toContain(t.writeHere);
    expect(d.body).toContain(t.acknowledge);
    expect(d.body).toContain(t.secondTalk);
    expect(d.notes).toContain(letterNoteTexts('nl')['reactie-verslag'].missingFrom);
    expect(d.enclosures).toEqual([]);
  });

  it('without dates, points or corrections: general sentences, a prompt, and still the acknowledgement', () => {
    const d = build(none);
    const t = letterTexts('nl')['reactie-verslag'];
    expect(d.body[0]).toBe(`${t.gesprekNoDate} ${t.verslagNoDate} ${t.purpose}`);
    expect(body(d)).not.toContain(t.missing);
    expect(body(d)).not.toContain(t.corrections);
    expect(d.body).toContain(t.writeHere);
    expect(d.body).toContain(t.acknowledge);
    expect(d.body).not.toContain(t.secondTalk);
    expect(d.notes).not.toContain(letterNoteTexts('nl')['reactie-verslag'].missingFrom);
  });

  it('is written in English with English dates', () => {
    const d = build(full, 'en');
    expect(d.subject).toBe(letterTexts('en')['reactie-verslag'].subject);
    expect(d.body[0]).toContain('Wednesday, 8 April 2026');
    expect(body(d)).toContain('These points are missing from the report:\n- Knelpunten');
    expect(body(d)).toContain('confirm in writing');
    expect(body(d)).toContain('second conversation');
  });
});

describe('aanvraag maatwerkvoorziening', () => {
  const full: AanvraagInput = {
    ...base,
    letter: 'aanvraag',
    request: 'Een traplift.\n\nHulp bij het huishouden, twee uur per week.',
    melding: '2026-03-02',
    plan: 'enclosed',
    verslagReceived: '2026-04-20',
    onderzoekLate: true,
  };
  const none: AanvraagInput = { ...minimal, letter: 'aanvraag', request: '' };
  const t = letterTexts('nl').aanvraag;

  it('goes to the college, ties request, plan and verslag together, and cites lid 9 when late', () => {
    const d = build(full);
    expect(d.recipient).toEqual([
      'Aan het college van burgemeester en wethouders',
      'van de gemeente Utrecht',
    ]);
    expect(d.body[0]).toContain('maandag 2 maart 2026');
    expect(d.body).toContain(`${t.request}\nEen traplift.`);
    expect(d.body).toContain('Hulp bij het huishouden, twee uur per week.');
    expect(d.body).toContain(t.planEnclosed);
    expect(body(d)).toContain('maandag 20 april 2026');
    expect(body(d)).toContain('artikel 2.3.2 lid 9 van de Wmo 2015');
    expect(d.body).toContain(t.decide);
    expect(d.enclosures).toEqual([t.enclosureId, t.enclosurePlan]);
    expect(d.labels.enclosures).toBe('Bijlagen');
    const n = letterNoteTexts('nl').aanvraag;
    expect(d.notes).toEqual(expect.arrayContaining([n.id, n.plan, n.late, n.term]));
  });

  it('without melding, plan, verslag or delay: no such sentences, a prompt, and the ID enclosure', () => {
    const d = build(none);
    expect(d.body[0]).toBe(t.intro);
    expect(d.body).toContain(`${t.request}\n${t.writeRequest}`);
    expect(body(d)).not.toContain('2.3.2 lid 9');
    expect(d.body).not.toContain(t.planEnclosed);
    expect(d.body).not.toContain(t.planHandedIn);
    expect(body(d)).not.toContain('verslag van ons gesprek');
    expect(d.enclosures).toEqual(['Een kopie van mijn identiteitsbewijs']);
    expect(d.labels.enclosures).toBe('Bijlage');
    const n = letterNoteTexts('nl').aanvraag;
    expect(d.notes).toContain(n.id);
    expect(d.notes).not.toContain(n.late);
    expect(d.notes).not.toContain(n.plan);
  });

  it('refers to a plan handed in before without enclosing it', () => {
    const d = build({ ...none, plan: 'handed-in' });
    expect(d.body).toContain(t.planHandedIn);
    expect(d.enclosures).toEqual([t.enclosureId]);
  });

  it('is written in English', () => {
    const d = build(full, 'en');
    expect(body(d)).toContain('Article 2.3.2 paragraph 9 of the Wmo 2015');
    expect(d.enclosures).toContain('A copy of my identity document');
    expect(d.recipient[0]).toContain('college van burgemeester en wethouders');
  });
});

describe('bezwaarschrift', () => {
  const full: BezwaarInput = {
    ...base,
    letter: 'bezwaar',
    beschikking: '2026-05-04',
    kenmerk: 'WMO/2026/0815',
    about: 'mijn aanvraag voor een traplift.',
    reasons: 'Ik kan de trap niet veilig op.\n\nMijn huisarts kan dat bevestigen.',
    deadline: '2026-06-15',
  };
  const t = letterTexts('nl').bezwaar;
  const n = letterNoteTexts('nl').bezwaar;

  it('has what Awb 6:5 asks: sender, date, the decision, the reasons, and a signature', () => {
    const d = build(full);
    expect(d.sender[0]).toBe('Ans de Vries');
    expect(d.placeDate).toContain('20 mei 2026');
    expect(d.subject).toBe('Bezwaar tegen uw besluit van maandag 4 mei 2026');
    expect(d.body[0]).toBe(
      'Ik maak bezwaar tegen uw besluit van maandag 4 mei 2026. Het besluit heeft kenmerk WMO/2026/0815. Het besluit gaat over: mijn aanvraag voor een traplift.',
    );
    expect(d.body).toContain(`${t.reasons}\nIk kan de trap niet veilig op.`);
    expect(d.body).toContain('Mijn huisarts kan dat bevestigen.');
    expect(d.body).not.toContain(t.proForma);
    expect(d.signature.name).toBe('Ans de Vries');
    expect(d.deadline).toBe('Laatste dag voor je bezwaar: maandag 15 juni 2026');
    expect(d.notes).toContain(n.onTime);
    expect(d.notes).toContain(n.sign);
    expect(d.notes).not.toContain(n.late);
    expect(d.notes).not.toContain(n.proForma);
  });

  it('pro forma: the reasons paragraph is replaced by the request for a term', () => {
    const d = build({ ...full, proForma: true, kenmerk: '', about: ' ' });
    expect(d.body[0]).toBe('Ik maak bezwaar tegen uw besluit van maandag 4 mei 2026.');
    expect(d.body).toContain(t.proForma);
    expect(body(d)).not.toContain(t.reasons);
    expect(body(d)).not.toContain('Ik kan de trap');
    expect(d.notes).toContain(n.proForma);
  });

  it('late: explains why in the letter, and tells the resident it may still be accepted', () => {
    const d = build({ ...full, late: true, lateReason: 'Ik lag in het ziekenhuis.' });
    expect(d.body).toContain(`${t.late}\nIk lag in het ziekenhuis.`);
    expect(d.notes).toContain(n.late);
    expect(d.notes).not.toContain(n.onTime);
    expect(build({ ...full, late: true }).body).toContain(`${t.late}\n${t.writeLate}`);
  });

  it('asks the resident to write the reasons when none are given', () => {
    expect(build({ ...full, reasons: '' }).body).toContain(`${t.reasons}\n${t.writeReasons}`);
  });

  it('writes the deadline in the notes’ language', () => {
    const d = buildLetter(
      full,
      letterTexts('nl'),
      letterNoteTexts('en'),
      letterFormat('nl'),
      letterFormat('en'),
    );
    expect(d.deadline).toBe('Last day for your objection: Monday, 15 June 2026');
    expect(d.subject).toContain('maandag 4 mei 2026');
    const en = build({ ...full, proForma: true }, 'en');
    expect(body(en)).toContain('Please give me a term to send the reasons.');
  });
});

describe('ingebrekestelling', () => {
  const full: IngebrekestellingInput = {
    ...base,
    letter: 'ingebrekestelling',
    aanvraag: '2026-04-20',
    about: 'een traplift',
    decisionDue: '2026-05-04',
    expectedReceipt: '2026-05-22',
  };
  const t = letterTexts('nl').ingebrekestelling;

  it('names the aanvraag and the missed day, puts the gemeente in default and mentions the dwangsom', () => {
    const d = build(full);
    expect(d.subject).toBe(
      'Ingebrekestelling: geen beslissing op mijn aanvraag van maandag 20 april 2026',
    );
    expect(d.body[0]).toContain('maandag 20 april 2026');
    expect(d.body[0]).toContain('De aanvraag gaat over: een traplift.');
    expect(d.body).toContain(fillTemplate(t.due, { date: 'maandag 4 mei 2026' }));
    expect(d.body).toContain(t.default);
    expect(d.body).toContain(t.dwangsom);
    expect(build({ ...full, about: '' }).body[0]).not.toContain('gaat over');
  });

  it('shows the dwangsom schedule in the notes (Awb 4:17)', () => {
    const text = notes(build(full));
    // Received Friday 22 May 2026: the dwangsom runs from Friday 5 June 2026.
    expect(text).toContain('vrijdag 22 mei 2026');
    expect(text).toContain('vrijdag 5 juni 2026');
    expect(text).toContain('- vrijdag 5 juni 2026 tot en met donderdag 18 juni 2026: € 23 per dag');
    expect(text).toContain('€ 35 per dag');
    expect(text).toContain('- vrijdag 3 juli 2026 tot en met donderdag 16 juli 2026: € 45 per dag');
    expect(text).toContain('€ 1.442');
    const en = notes(build(full, 'en'));
    expect(en).toContain('Friday, 5 June 2026 to Thursday, 18 June 2026: €23 a day');
    expect(en).toContain('€1,442');
  });
});

describe('editing and plain text', () => {
  const d = build({
    ...base,
    letter: 'bezwaar',
    beschikking: '2026-05-04',
    reasons: 'Eerste reden.\n\nTweede reden.',
    deadline: '2026-06-15',
  });

  it('round-trips the body through the editable text', () => {
    expect(withBody(d, bodyText(d))).toEqual(d);
    expect(bodyText(d).split('\n\n')).toHaveLength(d.body.length);
  });

  it('takes the edited text as paragraphs, whatever the line ends and blank lines', () => {
    const edited = withBody(
      d,
      '  Eerste alinea.\r\nNog een regel.\r\n\r\n\r\n- punt een\n  \n- punt twee  \n\n',
    );
    expect(edited.body).toEqual(['Eerste alinea.\nNog een regel.', '- punt een', '- punt twee']);
    expect(edited.subject).toBe(d.subject);
    expect(d.body).not.toEqual(edited.body);
  });

  it('gives the letter as plain text with sender, date, subject, body and signature, without notes', () => {
    const text = letterToText(d);
    for (const part of [
      'Ans de Vries\nLindelaan 12\n3521 AB Utrecht',
      'Aan het college van burgemeester en wethouders\nvan de gemeente Utrecht',
      'Utrecht, woensdag 20 mei 2026',
      'Betreft: Bezwaar tegen uw besluit van maandag 4 mei 2026\nMijn klantnummer of kenmerk: KL-20418',
      'Geachte heer, mevrouw,',
      'Eerste reden.\n\nTweede reden.',
      'Met vriendelijke groet,\n\nAns de Vries',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain(d.notes[0]);
    expect(text).not.toContain('Laatste dag');
    expect(text).not.toContain('Bijlage');
  });

  it('lists enclosures at the end of the plain text, and gives the notes with the deadline first', () => {
    const a = build({ ...base, letter: 'aanvraag', request: 'Een traplift.' });
    expect(letterToText(a)).toMatch(
      /Ans de Vries\n\nBijlage:\n- Een kopie van mijn identiteitsbewijs\n$/,
    );
    expect(notesToText(d).split('\n\n').slice(0, 3)).toEqual([
      d.labels.notes,
      'Laatste dag voor je bezwaar: maandag 15 juni 2026',
      d.notes[0],
    ]);
  });
});
