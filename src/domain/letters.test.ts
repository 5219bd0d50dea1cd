import { describe, expect, it } from 'vitest';
import { dwangsomOwed, dwangsomSchedule, letterOffers, type LetterId } from './letters';
import type { DossierEvents } from './deadlines';

const offer = (events: DossierEvents, today: string, id: LetterId) =>
  letterOffers(events, today).find((o) => o.letter === id);

describe('which letters are offered', () => {
  it('offers the reaction to the verslag only once a verslag date is known', () => {
    expect(offer({ melding: '2026-03-02' }, '2026-03-20', 'reactie-verslag')).toEqual({
      letter: 'reactie-verslag',
      offered: false,
      reason: 'needs-verslag',
    });
    expect(offer({ verslag: '2026-04-01' }, '2026-04-02', 'reactie-verslag')?.offered).toBe(true);
  });

  it('offers the aanvraag after a melding, and mentions lid 9 once six weeks have passed', () => {
    expect(offer({}, '2026-03-20', 'aanvraag')).toMatchObject({ reason: 'needs-melding' });
    // Melding Monday 2 March 2026: the onderzoek ends Monday 13 April 2026.
    expect(offer({ melding: '2026-03-02' }, '2026-04-13', 'aanvraag')).toEqual({
      letter: 'aanvraag',
      offered: true,
    });
    expect(offer({ melding: '2026-03-02' }, '2026-04-14', 'aanvraag')).toEqual({
      letter: 'aanvraag',
      offered: true,
      onderzoekLate: true,
    });
    // A verslag in time means the onderzoek was done.
    expect(
      offer({ melding: '2026-03-02', verslag: '2026-04-10' }, '2026-05-01', 'aanvraag'),
    ).toEqual({ letter: 'aanvraag', offered: true });
    expect(
      offer({ melding: '2026-03-02', aanvraag: '2026-04-20' }, '2026-05-01', 'aanvraag'),
    ).toMatchObject({ offered: false, reason: 'aanvraag-done' });
  });

  it('offers the bezwaarschrift with its deadline only after a beschikking', () => {
    expect(offer({ aanvraag: '2026-04-20' }, '2026-05-01', 'bezwaar')).toMatchObject({
      reason: 'needs-beschikking',
    });
    // Beschikking Monday 4 May 2026: six weeks end Monday 15 June 2026.
    expect(offer({ beschikking: '2026-05-04' }, '2026-05-10', 'bezwaar')).toEqual({
      letter: 'bezwaar',
      offered: true,
      deadline: '2026-06-15',
    });
    expect(offer({ beschikking: '2026-05-04' }, '2026-06-16', 'bezwaar')).toEqual({
      letter: 'bezwaar',
      offered: true,
      deadline: '2026-06-15',
      late: true,
    });
  });

  it('offers the ingebrekestelling only when the beschikking is late', () => {
    expect(offer({ melding: '2026-03-02' }, '2026-05-01', 'ingebrekestelling')).toMatchObject({
      reason: 'needs-aanvraag',
    });
    // Aanvraag Monday 20 April 2026: the beschikking is due Monday 4 May 2026.
    expect(offer({ aanvraag: '2026-04-20' }, '2026-05-04', 'ingebrekestelling')).toEqual({
      letter: 'ingebrekestelling',
      offered: false,
      reason: 'not-late-yet',
      from: '2026-05-05',
    });
    expect(offer({ aanvraag: '2026-04-20' }, '2026-05-05', 'ingebrekestelling')).toEqual({
      letter: 'ingebrekestelling',
      offered: true,
      decisionDue: '2026-05-04',
    });
    expect(
      offer(
        { aanvraag: '2026-04-20', beschikking: '2026-05-20' },
        '2026-05-25',
        'ingebrekestelling',
      ),
    ).toMatchObject({ reason: 'beschikking-known' });
  });

  it('always answers for all four letters, in one order', () => {
    expect(letterOffers({}, '2026-01-01').map((o) => o.letter)).toEqual([
      'reactie-verslag',
      'aanvraag',
      'bezwaar',
      'ingebrekestelling',
    ]);
  });
});

describe('dwangsom (Awb art. 4:17)', () => {
  it('starts two weeks after the letter is received, in three periods of 14 days', () => {
    expect(dwangsomSchedule('2026-05-06')).toEqual({
      start: '2026-05-20',
      periods: [
        { from: '2026-05-20', to: '2026-06-02', perDay: 23 },
        { from: '2026-06-03', to: '2026-06-16', perDay: 35 },
        { from: '2026-06-17', to: '2026-06-30', perDay: 45 },
      ],
      max: 1442,
    });
  });

  it('runs up day by day and stops at € 1.442', () => {
    expect(dwangsomOwed('2026-05-06', '2026-05-19')).toBe(0);
    expect(dwangsomOwed('2026-05-06', '2026-05-20')).toBe(23);
    expect(dwangsomOwed('2026-05-06', '2026-06-02')).toBe(14 * 23);
    expect(dwangsomOwed('2026-05-06', '2026-06-03')).toBe(14 * 23 + 35);
    expect(dwangsomOwed('2026-05-06', '2026-06-30')).toBe(1442);
    expect(dwangsomOwed('2026-05-06', '2027-01-01')).toBe(1442);
  });
});
