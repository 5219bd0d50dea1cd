// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { pdfInfo, pdfPagesText } from '../pdfText';
import { makeLetterPdf } from '../../src/features/letters/makeLetterPdf';
import type { LetterInput } from '../../src/domain/letterInput';
import { draftOf, letterCases, pageLabel } from './letterFixtures';

vi.mock('../../src/pdf/fontFiles', () => import('./fontFiles.node'));

async function render(input: LetterInput, language: 'nl' | 'en' = 'nl', largePrint = false) {
  const made = await makeLetterPdf(
    draftOf(input, language),
    language,
    largePrint,
    pageLabel(language),
  );
  const data = new Uint8Array(await made.blob.arrayBuffer());
  const pages = await pdfPagesText(data);
  return { made, pages, all: pages.join(' '), info: await pdfInfo(data) };
}

/** Where `part` first appears in `all`, failing clearly when it is missing. */
function at(all: string, part: string): number {
  expect(all).toContain(part);
  return all.indexOf(part);
}

describe('the bezwaarschrift PDF', () => {
  it('has every part Awb 6:5 asks for, and the deadline in the notes box above the letter', async () => {
    const { made, pages, all, info } = await render(letterCases.bezwaar);
    const notes = at(all, 'Alleen voor jou: dit hoort niet bij de brief');
    const deadline = at(all, 'Laatste dag voor je bezwaar: maandag 15 juni 2026');
    const letter = at(all, 'Ans de Vries Lindelaan 12 3521 AB Utrecht');
    expect(notes).toBeLessThan(deadline);
    expect(deadline).toBeLessThan(letter);
    // Page 1 is for the resident; the letter starts on page 2, so nothing needs cutting off.
    expect(pages[0]).toContain('Laatste dag voor je bezwaar');
    expect(pages[0]).toContain('Stuur dit blad niet mee. De brief begint op het volgende blad.');
    expect(pages[0]).not.toContain('Geachte');
    expect(pages[1]).toMatch(/^Ans de Vries Lindelaan 12/);
    expect(pages[1]).not.toContain('Laatste dag');
    for (const part of [
      'Aan het college van burgemeester en wethouders van de gemeente Utrecht',
      'Utrecht, woensdag 20 mei 2026',
      'Betreft: Bezwaar tegen uw besluit van maandag 4 mei 2026, kenmerk WMO/2026/0815',
      'Uw kenmerk: WMO/2026/0815 Mijn klantnummer: KL-20418',
      'Geacht college,',
      'Hierbij maak ik bezwaar tegen uw besluit van maandag 4 mei 2026.',
      'Het besluit heeft kenmerk WMO/2026/0815.',
      'Dit zijn mijn redenen: De gemeente zegt dat ik de trap nog op kan.',
      'Mijn huisarts kan dat bevestigen.',
      'Met vriendelijke groet, Handtekening Ans de Vries',
      'Zet je handtekening onder de brief.',
      'Bijlage: • Een kopie van het besluit',
    ])
      at(all, part);
    expect(all).not.toContain('De redenen van mijn bezwaar stuur ik later.');
    expect(made.replaced).toBe(0);
    expect(info).toEqual({ title: 'Bezwaarschrift: Ans de Vries', language: 'nl' });
  });

  it('pro forma: asks for a time limit instead of giving reasons; late: says so in the notes', async () => {
    const { all } = await render({ ...letterCases.bezwaar, proForma: true, late: true });
    at(all, 'De redenen van mijn bezwaar stuur ik later.');
    at(all, 'Ik verzoek u mij een termijn te geven om de redenen te sturen.');
    at(all, 'alleen als jou redelijkerwijs niets te verwijten is');
    at(all, 'Mijn bezwaar komt na de termijn van zes weken na de bekendmaking van het besluit.');
    at(all, 'artikel 6:11 van de Algemene wet bestuursrecht');
    expect(all).not.toMatch(/\(Schrijf/);
    expect(all).not.toContain('Dit zijn mijn redenen');
  });

  it('exists in English', async () => {
    const { all, info } = await render(letterCases.bezwaar, 'en');
    at(all, 'Only for you: this is not part of the letter');
    at(all, 'Last day for your objection: Monday, 15 June 2026');
    at(all, 'I hereby object to your decision of Monday, 4 May 2026.');
    at(all, 'These are my reasons:');
    at(all, 'Signature');
    at(all, 'information, not legal advice');
    expect(info.language).toBe('en');
  });
});

describe('the aanvraag PDF', () => {
  it('cites Wmo 2.3.2 lid 9 when the onderzoek is late, and lists the ID copy only when chosen', async () => {
    const { all } = await render({ ...letterCases.aanvraag, enclosedId: true });
    for (const part of [
      'Betreft: Aanvraag maatwerkvoorziening Wmo 2015',
      'Geacht college,',
      'Ik vraag de volgende ondersteuning aan: Een traplift naar de eerste verdieping.',
      'Bij deze brief stuur ik mijn persoonlijk plan mee.',
      'Op maandag 20 april 2026 ontving ik het verslag van ons gesprek.',
      'artikel 2.3.2 lid 9 van de Wmo 2015',
      'Bijlagen: • Een kopie van mijn identiteitsbewijs • Mijn persoonlijk plan',
      'KopieID',
    ])
      at(all, part);
    const without = (await render(letterCases.aanvraag)).all;
    at(without, 'Bijlage: • Mijn persoonlijk plan');
    expect(without).not.toContain('Een kopie van mijn identiteitsbewijs');
    at(without, 'De wet vraagt geen kopie.');
  });

  it('leaves lid 9 out when the onderzoek was on time', async () => {
    const { all } = await render({
      ...letterCases.aanvraag,
      onderzoekLate: false,
      plan: 'handed-in',
    });
    expect(all).not.toContain('2.3.2 lid 9');
    expect(all).not.toContain('Bijlage');
    expect(all).not.toContain('Mijn persoonlijk plan');
  });

  it('exists in English', async () => {
    const { all } = await render({ ...letterCases.aanvraag, enclosedId: true }, 'en');
    at(all, 'Article 2.3.2 paragraph 9 of the Wmo 2015 allows this.');
    at(all, 'A copy of my identity document');
    at(all, 'Make a safe copy with the KopieID app');
  });
});

describe('the ingebrekestelling PDF', () => {
  it('puts the gemeente in default and shows the dwangsom schedule in the notes', async () => {
    const { all } = await render(letterCases.ingebrekestelling);
    for (const part of [
      'Ingebrekestelling: geen beslissing op mijn aanvraag van maandag 20 april 2026',
      'U had uiterlijk op maandag 4 mei 2026 moeten beslissen.',
      'Geacht college,',
      'Met deze brief stel ik u in gebreke.',
      'dwangsom',
      'vrijdag 5 juni 2026',
      '€ 23 per dag',
      '€ 35 per dag',
      '€ 45 per dag',
      'Samen is dat ten hoogste € 1.442.',
    ])
      at(all, part);
    expect(at(all, '€ 23 per dag')).toBeLessThan(at(all, 'Geacht college,'));
  });

  it('exists in English', async () => {
    const { all } = await render(letterCases.ingebrekestelling, 'en');
    for (const part of ['Friday, 5 June 2026', '€23 a day', '€35 a day', '€45 a day', '€1,442'])
      at(all, part);
  });
});

describe('the beroepschrift PDF', () => {
  it('goes to the named rechtbank with what Awb 6:5 asks, the copy as enclosure, and griffierecht in the notes', async () => {
    const { pages, all, info } = await render(letterCases.beroep);
    expect(pages[0]).toContain('Laatste dag voor je beroep: woensdag 12 augustus 2026');
    expect(pages[0]).toContain('griffierecht');
    expect(pages[0]).not.toMatch(/€/);
    for (const part of [
      'Aan de Rechtbank Midden-Nederland Postbus 16005 3500 DA Utrecht',
      'Betreft: Beroep tegen de beslissing op bezwaar van woensdag 1 juli 2026, kenmerk BZ/2026/114',
      'Geachte heer, mevrouw,',
      'Hierbij stel ik beroep in tegen de beslissing op bezwaar van woensdag 1 juli 2026.',
      'Het college van burgemeester en wethouders van Utrecht heeft dit besluit genomen.',
      'Dit zijn de redenen (gronden) van mijn beroep: De gemeente heeft mijn huisarts niet gehoord.',
      'Ik verzoek de rechtbank mijn beroep gegrond te verklaren.',
      'Met vriendelijke groet, Handtekening Ans de Vries',
      'Bijlage: • Een kopie van de beslissing op bezwaar',
    ])
      at(pages[1] ?? '', part);
    expect(pages[1]).not.toContain('Uw kenmerk');
    expect(all).not.toMatch(/\(Schrijf/);
    expect(info).toEqual({ title: 'Beroepschrift: Ans de Vries', language: 'nl' });
  });

  it('exists in English', async () => {
    const { all } = await render(letterCases.beroep, 'en');
    at(all, 'To the Rechtbank Midden-Nederland (district court)');
    at(all, 'Last day for your appeal: Wednesday, 12 August 2026');
    at(all, 'court fee (griffierecht)');
  });
});

describe('the reactie op het verslag PDF', () => {
  it('lists the missing points and asks for a written acknowledgement', async () => {
    const { all } = await render(letterCases.reactie);
    for (const part of [
      'Aan de gemeente Utrecht',
      'Op woensdag 8 april 2026 had ik een gesprek met de gemeente.',
      'Op woensdag 15 april 2026 ontving ik het verslag van dit gesprek.',
      'In het verslag ontbreken de volgende punten: • Knelpunten, wonen: De trap naar de slaapkamer is steil',
      '• Mantelzorger: Marieke kan niet meer elke dag komen.',
      'Wilt u mij schriftelijk bevestigen dat u deze reactie hebt ontvangen?',
      'Geachte heer, mevrouw,',
      'Ook verzoek ik u om een tweede gesprek.',
    ])
      at(all, part);
  });

  it('exists in English', async () => {
    const { all } = await render(letterCases.reactie, 'en');
    at(all, 'The following points are missing from the report:');
    at(all, 'Please confirm in writing that you have received this response.');
    at(all, 'Response to the report (verslag)');
    expect(all).not.toMatch(/Reaction/);
  });
});

// These tests render every letter: give a busy machine time (a limit, not a measure).
describe('every letter PDF', { timeout: 30_000 }, () => {
  it('has a notes page and, in normal print, a one-page letter without page number', async () => {
    for (const input of Object.values(letterCases)) {
      const { made, pages, all } = await render(input);
      expect(made.pages, input.letter).toBe(2);
      expect(pages[0]).toContain('Alleen voor jou');
      expect(pages[1]).toMatch(/Geacht college,|Geachte heer, mevrouw,/);
      expect(all).not.toMatch(/pagina \d van/);
    }
  });

  it('keeps the notes on page 1 in large print too, so the letter always starts on page 2', async () => {
    const onBezwaar = {
      ...letterCases.ingebrekestelling,
      against: 'bezwaar',
      bezwaar: '2026-03-10',
      latestWithPostponement: '2026-06-01',
    } as const;
    for (const input of [
      ...Object.values(letterCases),
      onBezwaar,
      { ...letterCases.beroep, late: true },
    ]) {
      const { pages } = await render(input, 'nl', true);
      expect(pages[0], input.letter).toContain('De brief begint op het volgende blad.');
      expect(pages[1], input.letter).toMatch(/^Ans de Vries Lindelaan 12/);
    }
  });

  it('lets long notes take a second sheet in large print: each says what it is, and the letter starts on a sheet of its own', async () => {
    const draft = draftOf(letterCases.bezwaar);
    const long = { ...draft, notes: [...draft.notes, ...draft.notes, ...draft.notes] };
    const made = await makeLetterPdf(long, 'nl', true, pageLabel('nl'));
    const pages = await pdfPagesText(new Uint8Array(await made.blob.arrayBuffer()));
    const first = pages.findIndex((p) => p.startsWith('Ans de Vries Lindelaan 12'));
    expect(first).toBeGreaterThan(1);
    for (const notes of pages.slice(0, first - 1)) {
      expect(notes).toMatch(/Alleen voor jou: dit hoort niet bij de brief\s*$/);
      expect(notes).not.toContain('De brief begint op het volgende blad.');
    }
    expect(pages[first - 1]).toMatch(
      /Stuur dit blad niet mee\. De brief begint op het volgende blad\.\s*$/,
    );
    expect(pages.slice(0, first).join(' ')).not.toContain('Geacht college,');
    expect(pages[first]).toContain('Geacht college,');
    // The letter counts its own pages: it has one, so it has no page number.
    expect(pages.slice(first).join(' ')).not.toMatch(/pagina \d van/);
  });

  it('numbers the letter’s own pages when it is long', async () => {
    const long = { ...letterCases.bezwaar, reasons: 'Dit is een lange reden. '.repeat(200) };
    const { made, pages } = await render(long, 'nl', true);
    const letterPages = made.pages - 1;
    expect(letterPages).toBeGreaterThan(1);
    expect(pages[0]).not.toMatch(/pagina \d van/);
    expect(pages[1]).toContain(`pagina 1 van ${letterPages}`);
    expect(pages.at(-1)).toContain(`pagina ${letterPages} van ${letterPages}`);
    expect(pages.at(-1)).toContain('Ans de Vries');
  });

  it('marks characters the font cannot draw, and keeps Dutch and Polish letters', async () => {
    const { made, all } = await render({
      ...letterCases.bezwaar,
      sender: { ...letterCases.bezwaar.sender, name: 'Ĳsbrand Żółć' },
      reasons: 'Het is niet goed 👍',
    });
    at(all, 'Ĳsbrand Żółć');
    at(all, 'Het is niet goed (?)');
    expect(made.replaced).toBe(1);
  });
});
