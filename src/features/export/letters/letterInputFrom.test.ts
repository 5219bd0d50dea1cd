import { describe, expect, it } from 'vitest';
import type { LetterOffer } from '../../../domain/letters';
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
    const problems = letterProblems(sources({ letter: 'reactie-verslag', sender: { name: ' ' } }));
    expect(problems.map((p) => p.field)).toEqual(['name', 'address', 'postcodeCity', 'gemeente']);
  });

  it('asks for the reasons of a bezwaar, unless it is pro forma', () => {
    expect(letterProblems(sources({})).map((p) => p.field)).toEqual(['reasons']);
    expect(letterProblems(sources({ own: { proForma: true } }))).toEqual([]);
    expect(letterProblems(sources({ own: { reasons: 'Het klopt niet.' } }))).toEqual([]);
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
