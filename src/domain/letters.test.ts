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

  it('offers the aanvraag only after the onderzoek, or once its six weeks have passed (Wmo 2.3.2 lid 9)', () => {
    expect(offer({}, '2026-03-20', 'aanvraag')).toMatchObject({ reason: 'needs-melding' });
    // A melding three days ago: no verslag, six weeks not over. Not yet, and from when.
    // Melding Monday 2 March 2026: the onderzoek ends Monday 13 April 2026.
    expect(offer({ melding: '2026-03-02' }, '2026-03-05', 'aanvraag')).toEqual({
      letter: 'aanvraag',
      offered: false,
      reason: 'onderzoek-not-done',
      from: '2026-04-14',
    });
    // A gesprek alone is not the whole onderzoek: its verslag is part of it (lid 8).
    expect(
      offer({ melding: '2026-03-02', gesprek: '2026-03-20' }, '2026-04-13', 'aanvraag'),
    ).toMatchObject({ offered: false, reason: 'onderzoek-not-done' });
    expect(offer({ melding: '2026-03-02' }, '2026-04-14', 'aanvraag')).toEqual({
      letter: 'aanvraag',
      offered: true,
      onderzoekLate: true,
    });
    // With the verslag, the onderzoek was done: offered, also within the six weeks.
    expect(
      offer({ melding: '2026-03-02', verslag: '2026-03-20' }, '2026-03-21', 'aanvraag'),
    ).toEqual({ letter: 'aanvraag', offered: true });
    expect(
      offer({ melding: '2026-03-02', verslag: '2026-04-20' }, '2026-05-01', 'aanvraag'),
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
      against: 'aanvraag',
    });
    expect(offer({ aanvraag: '2026-04-20' }, '2026-05-05', 'ingebrekestelling')).toEqual({
      letter: 'ingebrekestelling',
      offered: true,
      against: 'aanvraag',
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

  it('counts a suspension (Awb 4:15) before offering the ingebrekestelling', () => {
    const events = {
      aanvraag: '2026-04-20',
      'opschorting-start': '2026-04-22',
      'opschorting-eind': '2026-05-01',
    };
    expect(offer(events, '2026-05-05', 'ingebrekestelling')).toMatchObject({
      offered: false,
      reason: 'not-late-yet',
      from: '2026-05-14',
    });
  });

  it('offers the ingebrekestelling against a late beslissing op bezwaar too (Awb 7:14, 4:17)', () => {
    // Beschikking Monday 4 May 2026: bezwaar until Monday 15 June; without a commissie the
    // gemeente decides within six weeks after that, by Monday 27 July 2026 (Awb 7:10 lid 1).
    const events = {
      aanvraag: '2026-04-20',
      beschikking: '2026-05-04',
      'bezwaar-ingediend': '2026-05-20',
      commissie: false,
    };
    expect(offer(events, '2026-07-27', 'ingebrekestelling')).toEqual({
      letter: 'ingebrekestelling',
      offered: false,
      reason: 'not-late-yet',
      from: '2026-07-28',
      against: 'bezwaar',
    });
    expect(offer(events, '2026-07-28', 'ingebrekestelling')).toEqual({
      letter: 'ingebrekestelling',
      offered: true,
      against: 'bezwaar',
      decisionDue: '2026-07-27',
      latestWithPostponement: '2026-09-07',
    });
    expect(
      offer(
        { ...events, 'beslissing-op-bezwaar': '2026-07-20' },
        '2026-07-28',
        'ingebrekestelling',
      ),
    ).toMatchObject({ offered: false, reason: 'beslissing-bezwaar-known', against: 'bezwaar' });
  });

  it('waits for the twelve weeks of a commissie when it is not known whether there is one', () => {
    // Twelve weeks after Monday 15 June 2026: Monday 7 September 2026 (Awb 7:10 lid 1).
    const events = { beschikking: '2026-05-04', 'bezwaar-ingediend': '2026-05-20' };
    expect(offer(events, '2026-07-28', 'ingebrekestelling')).toMatchObject({
      offered: false,
      reason: 'not-late-yet',
      from: '2026-09-08',
    });
    expect(offer({ ...events, commissie: true }, '2026-09-08', 'ingebrekestelling')).toMatchObject({
      offered: true,
      decisionDue: '2026-09-07',
    });
  });

  it('offers the beroepschrift after a beslissing op bezwaar, with its six weeks (Awb 6:7)', () => {
    const events = { beschikking: '2026-05-04', 'bezwaar-ingediend': '2026-05-20' };
    expect(offer(events, '2026-07-01', 'beroep')).toEqual({
      letter: 'beroep',
      offered: false,
      reason: 'needs-beslissing-bezwaar',
    });
    // Beslissing op bezwaar Friday 10 July 2026: beroep until Friday 21 August 2026.
    expect(
      offer({ ...events, 'beslissing-op-bezwaar': '2026-07-10' }, '2026-07-11', 'beroep'),
    ).toEqual({
      letter: 'beroep',
      offered: true,
      deadline: '2026-08-21',
    });
    expect(
      offer({ ...events, 'beslissing-op-bezwaar': '2026-07-10' }, '2026-08-24', 'beroep'),
    ).toMatchObject({ offered: true, late: true });
  });

  it('always answers for all five letters, in one order', () => {
    expect(letterOffers({}, '2026-01-01').map((o) => o.letter)).toEqual([
      'reactie-verslag',
      'aanvraag',
      'bezwaar',
      'ingebrekestelling',
      'beroep',
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
