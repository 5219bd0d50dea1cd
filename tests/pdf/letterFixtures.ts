import { letterFormat, letterNoteTexts, letterTexts } from '../../src/content/letters';
import type { Language } from '../../src/content/schema';
import type { LetterInput, LetterSender } from '../../src/domain/letterInput';
import { buildLetter, type LetterDraft } from '../../src/domain/letterDrafts';

/** Realistic input for each of the five draft letters, for the render and preview tests. */
export const sender: LetterSender = {
  name: 'Ans de Vries',
  address: 'Lindelaan 12',
  postcodeCity: '3521 AB Utrecht',
  reference: 'KL-20418',
};
const base = { sender, gemeente: 'Utrecht', place: 'Utrecht', today: '2026-05-20' };

export const letterCases = {
  reactie: {
    ...base,
    letter: 'reactie-verslag',
    gesprek: '2026-04-08',
    verslagReceived: '2026-04-15',
    missing: [
      'Knelpunten, wonen: De trap naar de slaapkamer is steil en ik val bijna.',
      'Mantelzorger: Marieke kan niet meer elke dag komen.',
    ],
    corrections:
      'Er staat dat mijn dochter elke dag komt. Dat klopt niet: ze komt twee keer per week.',
    secondTalk: true,
  },
  aanvraag: {
    ...base,
    letter: 'aanvraag',
    request:
      'Een traplift naar de eerste verdieping.\n\nHulp bij het huishouden, drie uur per week.',
    melding: '2026-03-02',
    plan: 'enclosed',
    verslagReceived: '2026-04-20',
    onderzoekLate: true,
  },
  bezwaar: {
    ...base,
    letter: 'bezwaar',
    beschikking: '2026-05-04',
    kenmerk: 'WMO/2026/0815',
    about: 'mijn aanvraag voor een traplift',
    reasons:
      'De gemeente zegt dat ik de trap nog op kan. Dat klopt niet. Ik ben twee keer gevallen.\n\nMijn huisarts kan dat bevestigen.',
    deadline: '2026-06-15',
  },
  ingebrekestelling: {
    ...base,
    letter: 'ingebrekestelling',
    aanvraag: '2026-04-20',
    about: 'een traplift',
    decisionDue: '2026-05-04',
    expectedReceipt: '2026-05-22',
  },
  beroep: {
    ...base,
    letter: 'beroep',
    beslissing: '2026-07-01',
    kenmerk: 'BZ/2026/114',
    about: 'mijn bezwaar over een traplift',
    court: 'Rechtbank Midden-Nederland',
    courtAddress: 'Postbus 16005\n3500 DA  Utrecht',
    reasons:
      'De gemeente heeft mijn huisarts niet gehoord. Ik ben twee keer gevallen op de trap.\n\nDe gemeente zegt dat mijn dochter kan helpen. Zij woont in Groningen.',
    deadline: '2026-08-12',
  },
} as const satisfies Record<string, LetterInput>;

export function draftOf(input: LetterInput, language: Language = 'nl'): LetterDraft {
  return buildLetter(
    input,
    letterTexts(language),
    letterNoteTexts(language),
    letterFormat(language),
  );
}

export const pageLabel = (language: Language) => (page: number, total: number) =>
  language === 'nl' ? `pagina ${page} van ${total}` : `page ${page} of ${total}`;
