import { describe, expect, it } from 'vitest';
// The tests use the real words; domain code itself never imports content (architecture rule 1).
// eslint-disable-next-line import-x/no-restricted-paths
import { letterFormat, letterNoteTexts, letterTexts } from '../content/letters';
import { fillTemplate } from './fillTemplate';
import type { BeroepInput, IngebrekestellingInput, LetterInput } from './letterInput';
import { buildLetter, letterToText, notesToText, type LetterDraft } from './letterDrafts';

/** The beroepschrift and the ingebrekestelling, against a late beschikking or beslissing op bezwaar. */
const sender = {
  name: 'Ans de Vries',
  address: 'Lindelaan 12',
  postcodeCity: '3521 AB Utrecht',
  reference: 'KL-20418',
};
const base = { sender, gemeente: 'Utrecht', place: 'Utrecht', today: '2026-07-20' };
const build = (input: LetterInput, lang: 'nl' | 'en' = 'nl'): LetterDraft =>
  buildLetter(input, letterTexts(lang), letterNoteTexts(lang), letterFormat(lang));
const body = (d: LetterDraft) => d.body.join('\n\n');
// Intl writes a no-break space after the euro sign.
const notes = (d: LetterDraft) => notesToText(d).replace(/\u00a0/g, ' ');

describe('beroepschrift', () => {
  const full: BeroepInput = {
    ...base,
    letter: 'beroep',
    beslissing: '2026-07-01',
    kenmerk: 'BZ/2026/114',
    about: 'mijn aanvraag voor een traplift',
    court: 'Rechtbank Midden-Nederland',
    courtAddress: 'Postbus 16005\n3500 DA  Utrecht',
    reasons: 'De gemeente heeft mijn huisarts niet gehoord.\n\nIk kan de trap niet op.',
    deadline: '2026-08-12',
  };
  const t = letterTexts('nl').beroep;
  const n = letterNoteTexts('nl').beroep;

  it('goes to the rechtbank the resident named, with its address, never to an invented one', () => {
    const d = build(full);
    expect(d.recipient).toEqual([
      'Aan de Rechtbank Midden-Nederland',
      'Postbus 16005',
      '3500 DA  Utrecht',
    ]);
    expect(d.salutation).toBe('Geachte heer, mevrouw,');
    expect(build({ ...full, court: 'gelderland', courtAddress: '' }).recipient).toEqual([
      'Aan de Rechtbank gelderland',
    ]);
    expect(build({ ...full, court: '', courtAddress: ' ' }).recipient).toEqual([
      'Aan de rechtbank',
    ]);
  });

  it('has what Awb 6:5 asks: name, address, date, the decision with date and kenmerk, the grounds', () => {
    const d = build(full);
    expect(d.sender.slice(0, 3)).toEqual(['Ans de Vries', 'Lindelaan 12', '3521 AB Utrecht']);
    expect(d.placeDate).toBe('Utrecht, maandag 20 juli 2026');
    expect(d.subject).toBe(
      'Beroep tegen de beslissing op bezwaar van woensdag 1 juli 2026, kenmerk BZ/2026/114',
    );
    expect(d.body[0]).toBe(
      'Hierbij stel ik beroep in tegen de beslissing op bezwaar van woensdag 1 juli 2026. ' +
        'Het college van burgemeester en wethouders van Utrecht heeft dit besluit genomen. ' +
        'Het besluit heeft kenmerk BZ/2026/114. Het besluit gaat over: mijn aanvraag voor een traplift.',
    );
    expect(d.body).toContain(`${t.reasons}\nDe gemeente heeft mijn huisarts niet gehoord.`);
    expect(d.body).toContain('Ik kan de trap niet op.');
    expect(d.body).toContain(t.request);
    expect(d.signature).toEqual({ label: 'Handtekening', name: 'Ans de Vries' });
    // The gemeente's klantnummer means nothing to the rechtbank.
    expect(d.references).toEqual([]);
  });

  it('encloses a copy of the beslissing op bezwaar (Awb 6:5 lid 2)', () => {
    const d = build(full);
    expect(d.enclosures).toEqual(['Een kopie van de beslissing op bezwaar']);
    expect(letterToText(d)).toMatch(/Bijlage:\n- Een kopie van de beslissing op bezwaar\n$/);
    expect(d.notes).toContain(`${n.court} ${n.copy}`);
  });

  it('shows the last day, and explains griffierecht without an amount', () => {
    const d = build(full);
    expect(d.deadline).toBe('Laatste dag voor je beroep: woensdag 12 augustus 2026');
    expect(d.notes).toEqual(
      expect.arrayContaining([n.onTime, `${n.court} ${n.copy}`, n.griffierecht, n.sign]),
    );
    expect(n.griffierecht).toContain('griffierecht');
    expect(n.griffierecht).toContain('brief van de rechtbank');
    expect(notes(d)).not.toMatch(/€|\beuro\b/i);
    expect(d.notes).not.toContain(n.writeReasons);
  });

  it('late: gives the reason and cites Awb 6:11, or a neutral sentence and a reminder', () => {
    const late = build({ ...full, late: true, lateReason: 'Ik lag in het ziekenhuis.' });
    expect(late.body).toContain(`${t.late}\nIk lag in het ziekenhuis.`);
    expect(late.body).toContain(t.lateRequest);
    expect(late.notes).toContain(n.late);
    expect(late.notes).not.toContain(n.onTime);
    expect(n.late).toContain('redelijkerwijs niets te verwijten');
    const bare = build({ ...full, late: true });
    expect(bare.body).toContain(t.lateNoReason);
    expect(bare.notes).toContain(`${n.late} ${n.writeLate}`);
  });

  it('without grounds: leaves the paragraph out and says so in the notes', () => {
    const d = build({ ...full, reasons: ' ' });
    expect(body(d)).not.toContain(t.reasons);
    expect(d.notes).toContain(n.writeReasons);
  });

  it('is written in English, with "time limit" and "Response"-style terms', () => {
    const d = build({ ...full, late: true }, 'en');
    expect(d.recipient[0]).toBe('To the Rechtbank Midden-Nederland (district court)');
    expect(d.title).toBe('Notice of appeal (beroepschrift)');
    expect(body(d)).toContain('after the time limit of six weeks');
    expect(letterToText(d)).not.toMatch(/\bterms?\b|\bapplication/i);
    expect(d.deadline).toBe('Last day for your appeal: Wednesday, 12 August 2026');
  });
});

describe('ingebrekestelling against a late beschikking', () => {
  const full: IngebrekestellingInput = {
    ...base,
    letter: 'ingebrekestelling',
    aanvraag: '2026-04-20',
    about: 'een traplift',
    decisionDue: '2026-05-04',
    expectedReceipt: '2026-05-22',
  };
  const t = letterTexts('nl').ingebrekestelling;
  const n = letterNoteTexts('nl').ingebrekestelling;

  it('names the aanvraag and the missed day, puts the gemeente in default and mentions the dwangsom', () => {
    const d = build(full);
    expect(d.subject).toBe(
      'Ingebrekestelling: geen beslissing op mijn aanvraag van maandag 20 april 2026',
    );
    expect(d.salutation).toBe('Geacht college,');
    expect(d.body[0]).toContain('maandag 20 april 2026');
    expect(d.body[0]).toContain('De aanvraag gaat over: een traplift.');
    expect(d.body).toContain(fillTemplate(t.due, { date: 'maandag 4 mei 2026' }));
    expect(d.body).toContain(t.default);
    expect(d.body).toContain(t.dwangsom);
    expect(build({ ...full, about: '' }).body[0]).not.toContain('gaat over');
  });

  it('never says the gemeente "must pay": the dwangsom is owed as a rule, with lid 6 in the notes', () => {
    expect(t.dwangsom).toContain('in de regel');
    expect(body(build(full))).not.toMatch(/moet u mij|moet (zij|ze) betalen/i);
    expect(n.conditions).toContain('meestal');
    expect(n.conditions).toContain('onredelijk laat');
    expect(n.conditions).toContain('kennelijk ongegrond');
    expect(build(full).notes).toContain(n.conditions);
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

describe('ingebrekestelling against a late beslissing op bezwaar', () => {
  const full: IngebrekestellingInput = {
    ...base,
    letter: 'ingebrekestelling',
    against: 'bezwaar',
    bezwaar: '2026-03-10',
    about: 'mijn bezwaar tegen de weigering van een traplift',
    decisionDue: '2026-05-25',
    latestWithPostponement: '2026-07-06',
    expectedReceipt: '2026-07-22',
  };
  const t = letterTexts('nl').ingebrekestelling;
  const n = letterNoteTexts('nl').ingebrekestelling;

  it('refers to the bezwaarschrift and its date, Awb 7:10, 7:14 and 4:17', () => {
    const d = build(full);
    expect(d.subject).toBe(
      'Ingebrekestelling: geen beslissing op mijn bezwaar van dinsdag 10 maart 2026',
    );
    expect(d.body[0]).toBe(
      'Op dinsdag 10 maart 2026 heb ik bij u een bezwaarschrift ingediend. ' +
        'Het bezwaar gaat over: mijn bezwaar tegen de weigering van een traplift.',
    );
    expect(d.body).toContain(fillTemplate(t.dueBezwaar, { date: 'maandag 25 mei 2026' }));
    expect(body(d)).toContain('artikel 7:10');
    expect(body(d)).toContain('artikel 7:14');
    expect(body(d)).toContain('artikel 4:17');
    expect(d.body).toContain(t.defaultBezwaar);
    expect(body(d)).not.toContain(t.aanvraag.slice(10, 40));
    expect(d.recipient[0]).toBe('Aan het college van burgemeester en wethouders');
  });

  it('tells the resident the last day if the gemeente postponed (Awb 7:10 lid 3)', () => {
    const d = build(full);
    const postponed = fillTemplate(n.postponed, { date: 'maandag 6 juli 2026' });
    expect(d.notes[1]).toBe(`${postponed} ${n.proof}`);
    expect(notes(build({ ...full, latestWithPostponement: '' }))).not.toContain(postponed);
    // The dwangsom counts from receipt of this letter, as for an aanvraag.
    expect(notes(d)).toContain('woensdag 22 juli 2026');
  });

  it('is written in English', () => {
    const d = build(full, 'en');
    expect(d.subject).toBe(
      'Notice of default (ingebrekestelling): no decision on my objection of Tuesday, 10 March 2026',
    );
    expect(body(d)).toContain('article 7:10 of the General Administrative Law Act');
    expect(letterToText(d)).not.toMatch(/formal notice|\bterms?\b/i);
  });
});
