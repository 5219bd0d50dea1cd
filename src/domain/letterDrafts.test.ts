import { describe, expect, it } from 'vitest';
import { base, build, minimal } from '../../tests/fixtures/letterSender';
// The tests use the real words; domain code itself never imports content (architecture rule 1).
// eslint-disable-next-line import-x/no-restricted-paths
import { letterFormat, letterNoteTexts, letterTexts } from '../content/letters';
import { fillTemplate } from './fillTemplate';
import type { AanvraagInput, BezwaarInput, ReactieVerslagInput } from './letterInput';
import { buildLetter, type LetterDraft } from './letterDrafts';

const body = (d: LetterDraft) => d.body.join('\n\n');

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
    expect(d.notes).not.toContain(letterNoteTexts('nl')['reactie-verslag'].writeCorrections);
    expect(d.body).toContain(t.acknowledge);
    expect(d.body).toContain(t.secondTalk);
    expect(d.notes).toContain(letterNoteTexts('nl')['reactie-verslag'].missingFrom);
    expect(d.enclosures).toEqual([]);
  });

  it('without dates, points or corrections: general sentences, no prompt, a reminder in the notes', () => {
    const d = build(none);
    const t = letterTexts('nl')['reactie-verslag'];
    const n = letterNoteTexts('nl')['reactie-verslag'];
    expect(d.body[0]).toBe(`${t.gesprekNoDate} ${t.verslagNoDate} ${t.purpose}`);
    expect(body(d)).not.toContain(t.missing);
    expect(body(d)).not.toContain(t.corrections);
    expect(body(d)).not.toMatch(/schrijf hier|\(schrijf/i);
    expect(d.body).toContain(t.acknowledge);
    expect(d.body).not.toContain(t.secondTalk);
    expect(d.notes).not.toContain(n.missingFrom);
    expect(d.notes).toContain(n.writeCorrections);
    expect(build(full).notes).not.toContain(n.writeCorrections);
  });

  it('is written in English with English dates', () => {
    const d = build(full, 'en');
    expect(d.subject).toBe(letterTexts('en')['reactie-verslag'].subject);
    expect(d.body[0]).toContain('Wednesday, 8 April 2026');
    expect(body(d)).toContain('The following points are missing from the report:\n- Knelpunten');
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
    expect(d.enclosures).toEqual([t.enclosurePlan]);
    expect(d.labels.enclosures).toBe('Bijlage');
    const n = letterNoteTexts('nl').aanvraag;
    expect(d.notes).toEqual(expect.arrayContaining([n.id, n.plan, n.late, n.term, n.receipt]));
    expect(d.notes).not.toContain(n.idCopy);
  });

  it('cites lid 9 for an onderzoek not finished in six weeks, not for a late gesprek', () => {
    const text = body(build(full));
    expect(text).toContain(
      'Het onderzoek na mijn melding is met het verslag niet binnen zes weken',
    );
    expect(text).not.toMatch(/gesprek kwam niet/i);
  });

  it('without melding, plan, verslag or delay: no such sentences, no prompt, no enclosure', () => {
    const d = build(none);
    const n = letterNoteTexts('nl').aanvraag;
    expect(d.body[0]).toBe(t.intro);
    expect(body(d)).not.toContain(t.request);
    expect(body(d)).not.toMatch(/\(schrijf/i);
    expect(body(d)).not.toContain('2.3.2 lid 9');
    expect(d.body).not.toContain(t.planEnclosed);
    expect(d.body).not.toContain(t.planHandedIn);
    expect(body(d)).not.toContain('verslag van ons gesprek');
    expect(d.enclosures).toEqual([]);
    expect(d.notes[1]).toBe(n.writeRequest);
    expect(d.notes).toContain(n.id);
    expect(d.notes).not.toContain(n.late);
    expect(d.notes).not.toContain(n.plan);
  });

  it('encloses a copy of the ID only when the resident chooses to, and then advises KopieID', () => {
    const d = build({ ...none, request: 'Een traplift.', enclosedId: true });
    const n = letterNoteTexts('nl').aanvraag;
    expect(d.enclosures).toEqual([t.enclosureId]);
    expect(d.notes).toContain(n.idCopy);
    expect(n.idCopy).toContain('KopieID');
    expect(n.id).toContain('De wet vraagt geen kopie.');
    expect(d.notes).not.toContain(n.writeRequest);
  });

  it('tells the resident the two weeks run from receipt, and asks the gemeente for the date', () => {
    const n = letterNoteTexts('nl').aanvraag;
    expect(n.receipt).toContain('vanaf de dag dat de gemeente je brief ontvangt');
    expect(n.receipt).toContain('ontvangstbevestiging');
    expect(build(none).body).toContain(t.acknowledge);
  });

  it('refers to a plan submitted before without enclosing it', () => {
    const d = build({ ...none, plan: 'handed-in' });
    expect(d.body).toContain(t.planHandedIn);
    expect(d.enclosures).toEqual([]);
  });

  it('is written in English', () => {
    const d = build(full, 'en');
    expect(body(d)).toContain('Article 2.3.2 paragraph 9 of the Wmo 2015');
    expect(d.enclosures).toEqual(['My personal plan (persoonlijk plan)']);
    expect(d.recipient[0]).toContain('college van burgemeester en wethouders');
    expect(body(d)).not.toMatch(/\bapplication|\bterm\b/i);
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
    expect(d.subject).toBe(
      'Bezwaar tegen uw besluit van maandag 4 mei 2026, kenmerk WMO/2026/0815',
    );
    expect(d.references).toEqual(['Uw kenmerk: WMO/2026/0815', 'Mijn klantnummer: KL-20418']);
    expect(d.salutation).toBe('Geacht college,');
    expect(d.body[0]).toBe(
      'Hierbij maak ik bezwaar tegen uw besluit van maandag 4 mei 2026. Het besluit heeft kenmerk WMO/2026/0815. Het besluit gaat over: mijn aanvraag voor een traplift.',
    );
    expect(d.body).toContain(`${t.reasons}\nIk kan de trap niet veilig op.`);
    expect(d.body).toContain('Mijn huisarts kan dat bevestigen.');
    expect(d.body).toContain('Ik verzoek u het besluit te herroepen en opnieuw te beslissen.');
    expect(d.body).not.toContain(t.proForma);
    expect(d.enclosures).toEqual(['Een kopie van het besluit']);
    expect(d.signature.name).toBe('Ans de Vries');
    expect(d.deadline).toBe('Laatste dag voor je bezwaar: maandag 15 juni 2026');
    expect(d.notes).toEqual(expect.arrayContaining([n.onTime, n.copy, n.sign]));
    expect(d.notes).not.toContain(n.late);
    expect(d.notes).not.toContain(n.proForma);
  });

  it('with only the klantnummer, that is "Uw kenmerk", and the subject has no kenmerk', () => {
    const d = build({ ...full, kenmerk: ' ' });
    expect(d.references).toEqual(['Uw kenmerk: KL-20418']);
    expect(d.subject).toBe('Bezwaar tegen uw besluit van maandag 4 mei 2026');
  });

  it('pro forma: the reasons paragraph is replaced by the request for a time limit', () => {
    const d = build({ ...full, proForma: true, kenmerk: '', about: ' ' });
    expect(d.body[0]).toBe('Hierbij maak ik bezwaar tegen uw besluit van maandag 4 mei 2026.');
    expect(d.body).toContain(t.proForma);
    expect(body(d)).not.toContain(t.reasons);
    expect(body(d)).not.toContain('Ik kan de trap');
    expect(d.notes).toContain(n.proForma);
    expect(d.notes).not.toContain(n.writeReasons);
  });

  it('late: gives the reason and cites Awb 6:11; tells the resident when it may still be accepted', () => {
    const d = build({ ...full, late: true, lateReason: 'Ik lag in het ziekenhuis.' });
    expect(d.body).toContain(`${t.late}\nIk lag in het ziekenhuis.`);
    expect(d.body).toContain(t.lateRequest);
    expect(t.late).toContain('na de bekendmaking van het besluit');
    expect(t.lateRequest).toContain('artikel 6:11');
    expect(d.notes).toContain(n.late);
    expect(n.late).toContain('redelijkerwijs niets te verwijten');
    expect(d.notes).not.toContain(n.onTime);
    expect(d.notes).not.toContain(n.writeLate);
  });

  it('late without a reason: a complete neutral sentence, and a reminder in the notes', () => {
    const d = build({ ...full, late: true });
    expect(d.body).toContain(t.lateNoReason);
    expect(body(d)).not.toContain(t.late);
    expect(d.notes).toContain(`${n.late} ${n.writeLate}`);
  });

  it('without reasons: leaves the paragraph out and reminds the resident in the notes', () => {
    const d = build({ ...full, reasons: '' });
    expect(body(d)).not.toContain(t.reasons);
    expect(d.notes).toContain(n.writeReasons);
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
    expect(body(en)).toContain('Please give me a time limit for sending the reasons.');
    expect(en.salutation).toBe('Dear Members of the Municipal Executive,');
  });
});
