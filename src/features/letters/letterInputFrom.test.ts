import { describe, expect, it } from 'vitest';
import type { LetterOffer } from '../../domain/letters';
import { letterInputFrom, letterProblems, type LetterSources } from './letterInputFrom';

const sender = {
  name: ' Ans de Vries ',
  address: 'Lindelaan 4',
  postcodeCity: '3511 AB Utrecht',
  gemeente: 'Utrecht',
};
const offered = (extra: Partial<Extract<LetterOffer, { offered: true }>> = {}) => ({
  letter: 'bezwaar' as const,
  offered: true as const,
  ...extra,
});
const sources = (over: Partial<LetterSources>): LetterSources => ({
  letter: 'bezwaar',
  sender,
  own: {},
  events: {},
  offer: offered(),
  missing: [],
  hasPlan: false,
  today: '2026-11-22',
  ...over,
});

describe('letterProblems', () => {
  it('asks for the sender and the gemeente, for every letter', () => {
    const problems = letterProblems(
      sources({ letter: 'reactie-verslag', sender: { name: ' ' }, missing: ['x'] }),
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'address', 'postcodeCity', 'gemeente']);
  });

  it('asks for the reasons of a bezwaar, unless it is pro forma', () => {
    expect(letterProblems(sources({})).map((p) => p.field)).toEqual(['reasons']);
    expect(letterProblems(sources({ own: { proForma: true } }))).toEqual([]);
    expect(letterProblems(sources({ own: { reasons: 'Het klopt niet.' } }))).toEqual([]);
  });

  it('asks for the rechtbank and the grounds of a beroep, and what is wrong in a verslag', () => {
    expect(letterProblems(sources({ letter: 'beroep' })).map((p) => p.field)).toEqual([
      'court',
      'reasons',
    ]);
    expect(letterProblems(sources({ letter: 'reactie-verslag' })).map((p) => p.field)).toEqual([
      'corrections',
    ]);
    expect(letterProblems(sources({ letter: 'reactie-verslag', missing: ['Wonen'] }))).toEqual([]);
  });

  it('refuses a date of birth it cannot read, and accepts none', () => {
    const birth = (birthDate: string) =>
      letterProblems(sources({ sender: { ...sender, birthDate }, own: { reasons: 'x' } }));
    expect(birth('31-2-1944')).toEqual([{ field: 'birthDate', problem: 'date' }]);
    expect(birth('3-2-1944')).toEqual([]);
    expect(birth(' ')).toEqual([]);
  });

  it('asks what an aanvraag is for, and refuses a receipt date it cannot read', () => {
    expect(letterProblems(sources({ letter: 'aanvraag' }))).toEqual([
      { field: 'request', problem: 'required' },
    ]);
    const ingebreke = (expectedReceipt: string) =>
      letterProblems(sources({ letter: 'ingebrekestelling', own: { expectedReceipt } }));
    expect(ingebreke('31-2-2026')).toEqual([{ field: 'expectedReceipt', problem: 'date' }]);
    expect(ingebreke('2-3-2026')).toEqual([]);
    expect(ingebreke('')).toEqual([]);
  });
});

describe('letterInputFrom', () => {
  it('passes the optional sender lines, with the date of birth as ISO', () => {
    const input = letterInputFrom(
      sources({
        sender: { ...sender, phone: ' 06 12 ', email: 'ans@example.nl', birthDate: '3-2-1944' },
        own: { reasons: 'x' },
      }),
    );
    expect(input.sender).toEqual({
      name: 'Ans de Vries',
      address: 'Lindelaan 4',
      postcodeCity: '3511 AB Utrecht',
      phone: '06 12',
      email: 'ans@example.nl',
      birthDate: '1944-02-03',
    });
  });

  it('fills a beroep from the beslissing op bezwaar and the rechtbank the resident named', () => {
    const input = letterInputFrom(
      sources({
        letter: 'beroep',
        events: { 'beslissing-op-bezwaar': '2026-07-01' },
        offer: { letter: 'beroep', offered: true, deadline: '2026-08-12' },
        own: { court: ' Rechtbank Gelderland ', courtAddress: '', kenmerk: 'B-1', reasons: 'Nee.' },
      }),
    );
    expect(input).toMatchObject({
      letter: 'beroep',
      beslissing: '2026-07-01',
      court: 'Rechtbank Gelderland',
      kenmerk: 'B-1',
      reasons: 'Nee.',
      deadline: '2026-08-12',
    });
    expect(input).not.toHaveProperty('courtAddress');
    expect(input).not.toHaveProperty('late');
  });

  it('fills an ingebrekestelling against a late beslissing op bezwaar', () => {
    const input = letterInputFrom(
      sources({
        letter: 'ingebrekestelling',
        events: { 'bezwaar-ingediend': '2026-03-10' },
        offer: {
          letter: 'ingebrekestelling',
          offered: true,
          against: 'bezwaar',
          decisionDue: '2026-05-25',
          latestWithPostponement: '2026-07-06',
        },
      }),
    );
    expect(input).toMatchObject({
      against: 'bezwaar',
      bezwaar: '2026-03-10',
      decisionDue: '2026-05-25',
      latestWithPostponement: '2026-07-06',
    });
    expect(input).not.toHaveProperty('aanvraag');
  });

  it('encloses the ID copy only when ticked', () => {
    const aanvraag = (own: { request: string; enclosedId?: boolean }) =>
      letterInputFrom(
        sources({ letter: 'aanvraag', offer: { letter: 'aanvraag', offered: true }, own }),
      );
    expect(aanvraag({ request: 'x', enclosedId: true })).toMatchObject({ enclosedId: true });
    expect(aanvraag({ request: 'x' })).not.toHaveProperty('enclosedId');
  });

  it('fills a bezwaar from the dossier dates and the offer, trimming what was typed', () => {
    const input = letterInputFrom(
      sources({
        events: { beschikking: '2026-06-01' },
        offer: offered({ deadline: '2026-07-13', late: true }),
        own: { kenmerk: ' K-1 ', reasons: 'Zo niet.', lateReason: 'Ziekenhuis.', about: '' },
      }),
    );
    expect(input).toEqual({
      letter: 'bezwaar',
      sender: { name: 'Ans de Vries', address: 'Lindelaan 4', postcodeCity: '3511 AB Utrecht' },
      gemeente: 'Utrecht',
      today: '2026-11-22',
      beschikking: '2026-06-01',
      kenmerk: 'K-1',
      reasons: 'Zo niet.',
      deadline: '2026-07-13',
      late: true,
      lateReason: 'Ziekenhuis.',
    });
  });

  it('leaves the reason for lateness out of a bezwaar that is on time', () => {
    const input = letterInputFrom(
      sources({ offer: offered({ deadline: '2026-12-28' }), own: { lateReason: 'x' } }),
    );
    expect(input).not.toHaveProperty('lateReason');
    expect(input).not.toHaveProperty('late');
  });

  it('refers an aanvraag to the plan when there is one, and to a late onderzoek', () => {
    const withPlan = letterInputFrom(
      sources({
        letter: 'aanvraag',
        hasPlan: true,
        events: { melding: '2026-03-02', verslag: '2026-05-01' },
        offer: { letter: 'aanvraag', offered: true, onderzoekLate: true },
        own: { request: 'Hulp in huis' },
      }),
    );
    expect(withPlan).toMatchObject({
      plan: 'handed-in',
      melding: '2026-03-02',
      verslagReceived: '2026-05-01',
      onderzoekLate: true,
    });
    const chosenNone = letterInputFrom(
      sources({ letter: 'aanvraag', hasPlan: true, own: { request: 'x', plan: 'none' } }),
    );
    expect(chosenNone).not.toHaveProperty('plan');
    expect(chosenNone).not.toHaveProperty('onderzoekLate');
  });

  it('passes the missing points, the corrections and the second talk to the reactie', () => {
    const input = letterInputFrom(
      sources({
        letter: 'reactie-verslag',
        events: { gesprek: '2026-04-01', verslag: '2026-04-10' },
        missing: ['Wonen: de trap'],
        own: { corrections: 'Ik kook niet zelf.', secondTalk: true },
      }),
    );
    expect(input).toMatchObject({
      gesprek: '2026-04-01',
      verslagReceived: '2026-04-10',
      missing: ['Wonen: de trap'],
      corrections: 'Ik kook niet zelf.',
      secondTalk: true,
    });
  });

  it('counts the dwangsom from the typed receipt date, or from today', () => {
    const base = {
      letter: 'ingebrekestelling' as const,
      events: { aanvraag: '2026-02-02' },
      offer: {
        letter: 'ingebrekestelling' as const,
        offered: true as const,
        decisionDue: '2026-02-16',
      },
    };
    expect(
      letterInputFrom(sources({ ...base, own: { expectedReceipt: '2-3-2026' } })),
    ).toMatchObject({
      aanvraag: '2026-02-02',
      decisionDue: '2026-02-16',
      expectedReceipt: '2026-03-02',
    });
    expect(letterInputFrom(sources(base))).toMatchObject({ expectedReceipt: '2026-11-22' });
  });
});
