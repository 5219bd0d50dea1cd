import { describe, expect, it } from 'vitest';
import { computeDeadlines, dwangsomMax, validateEvents, type DossierEvents } from './deadlines';

const pick = (events: DossierEvents, today: string) =>
  Object.fromEntries(
    computeDeadlines(events, today).map((d) => [d.id, { date: d.date, status: d.status }]),
  );

describe('computeDeadlines', () => {
  it('gives the plan and onderzoek deadlines from the melding (the legal-facts example)', () => {
    expect(pick({ melding: '2026-03-02' }, '2026-03-05')).toEqual({
      plan: { date: '2026-03-09', status: { kind: 'komt-nog', daysLeft: 4 } },
      onderzoek: { date: '2026-04-13', status: { kind: 'komt-nog', daysLeft: 39 } },
    });
  });

  it('moves a deadline off a feestdag and says why', () => {
    const [plan, onderzoek] = computeDeadlines({ melding: '2026-03-24' }, '2026-03-24');
    expect(plan).toMatchObject({ id: 'plan', date: '2026-03-31' });
    expect(plan?.movedBecause).toBeUndefined();
    expect(onderzoek).toMatchObject({
      date: '2026-05-06',
      naiveDate: '2026-05-05',
      movedBecause: 'bevrijdingsdag',
    });
  });

  it('says whose deadline it is and cites the law', () => {
    const all = computeDeadlines(
      { melding: '2026-03-02', aanvraag: '2026-04-20', beschikking: '2026-05-01' },
      '2026-05-01',
    );
    expect(
      all.map((d) => [d.id, d.owner, d.sources.map((s) => `${s.doc} ${s.ref}`).join('; ')]),
    ).toEqual([
      ['plan', 'jij', 'wmo art. 2.3.2 lid 2 en 5'],
      ['onderzoek', 'gemeente', 'wmo art. 2.3.2 lid 1 en lid 8'],
      ['beslissing', 'gemeente', 'wmo art. 2.3.5 lid 2'],
      ['bezwaar', 'jij', 'awb art. 6:7; awb art. 6:8 lid 1'],
      ['beslissing-bezwaar', 'gemeente', 'awb art. 7:10 lid 1 en 3'],
    ]);
  });

  it.each([
    ['vandaag', '2026-03-09', { kind: 'vandaag' }],
    ['verstreken', '2026-03-12', { kind: 'verstreken', daysAgo: 3 }],
    ['komt nog', '2026-03-08', { kind: 'komt-nog', daysLeft: 1 }],
  ])('plan status: %s', (_name, today, expected) => {
    expect(pick({ melding: '2026-03-02' }, today).plan?.status).toEqual(expected);
  });

  it('counts the onderzoek as gehaald when the verslag came on time, not when it came late', () => {
    expect(
      pick({ melding: '2026-03-02', verslag: '2026-04-13' }, '2026-05-01').onderzoek?.status,
    ).toEqual({ kind: 'gehaald' });
    expect(
      pick({ melding: '2026-03-02', verslag: '2026-04-14' }, '2026-05-01').onderzoek?.status,
    ).toEqual({
      kind: 'verstreken',
      daysAgo: 18,
    });
  });

  it('gives the beschikking deadline from the aanvraag, and marks it passed without a beschikking', () => {
    expect(pick({ aanvraag: '2026-04-01' }, '2026-04-20').beslissing).toEqual({
      date: '2026-04-15',
      status: { kind: 'verstreken', daysAgo: 5 },
    });
    expect(
      pick({ aanvraag: '2026-04-01', beschikking: '2026-04-14' }, '2026-04-20').beslissing?.status,
    ).toEqual({
      kind: 'gehaald',
    });
  });

  it('gives bezwaar and the decision on bezwaar, with and without a commissie, and the postponement', () => {
    const without = computeDeadlines({ beschikking: '2026-06-01' }, '2026-06-02');
    expect(without.map((d) => [d.id, d.date, d.latestWithPostponement])).toEqual([
      ['bezwaar', '2026-07-13', undefined],
      ['beslissing-bezwaar', '2026-08-24', '2026-10-05'],
    ]);
    const withCommissie = computeDeadlines(
      { beschikking: '2026-06-01', commissie: true },
      '2026-06-02',
    );
    expect(withCommissie.find((d) => d.id === 'beslissing-bezwaar')).toMatchObject({
      date: '2026-10-05',
      latestWithPostponement: '2026-11-16',
    });
  });

  it('ignores dates that are not dates', () => {
    expect(computeDeadlines({ melding: '2026-02-30' }, '2026-03-01')).toEqual([]);
  });

  it('knows the dwangsom maximum of the 2026 text', () => {
    expect(dwangsomMax).toBe(1442);
  });
});

describe('validateEvents', () => {
  const today = '2026-11-22';
  it.each([
    [{ melding: '2026-02-30' }, [{ event: 'melding', code: 'invalid-date' }]],
    [{ melding: '1999-12-31' }, [{ event: 'melding', code: 'out-of-range' }]],
    [{ gesprek: '2028-01-01' }, [{ event: 'gesprek', code: 'far-future' }]],
    [
      { melding: '2026-05-01', aanvraag: '2026-04-01' },
      [{ event: 'aanvraag', code: 'before', other: 'melding' }],
    ],
    [
      { aanvraag: '2026-05-01', beschikking: '2026-04-01' },
      [{ event: 'beschikking', code: 'before', other: 'aanvraag' }],
    ],
    [
      { melding: '2026-05-01', gesprek: '2026-04-30' },
      [{ event: 'gesprek', code: 'before', other: 'melding' }],
    ],
    [{ melding: '2026-05-01', gesprek: '2026-12-10', verslag: '2026-05-20' }, []],
    [{}, []],
  ])('%o gives %o', (events, expected) => {
    expect(validateEvents(events, today)).toEqual(expected);
  });
});

describe('a suspension of the time limit for the beschikking (Awb art. 4:15)', () => {
  const base = { melding: '2026-03-02', aanvraag: '2026-04-20' };

  it('adds the days it stood still, and cites 4:15', () => {
    const plain = computeDeadlines(base, '2026-04-21').find((d) => d.id === 'beslissing');
    expect(plain?.date).toBe('2026-05-04');
    const stood = computeDeadlines(
      { ...base, 'opschorting-start': '2026-04-22', 'opschorting-eind': '2026-05-01' },
      '2026-04-21',
    ).find((d) => d.id === 'beslissing');
    // 9 days: 20 April + 9 = 29 April, + 14 = Wednesday 13 May 2026.
    expect(stood).toMatchObject({ date: '2026-05-13', suspendedDays: 9 });
    expect(stood?.sources.map((s) => s.ref)).toContain('art. 4:15 lid 1');
  });

  it('still moves the end off a free day after adding the days', () => {
    // 20 April + 10 = 30 April, + 14 = Thursday 14 May 2026, Hemelvaartsdag; 15 May is equated → Monday 18 May.
    const d = computeDeadlines(
      { ...base, 'opschorting-start': '2026-04-21', 'opschorting-eind': '2026-05-01' },
      '2026-04-21',
    ).find((x) => x.id === 'beslissing');
    expect(d?.date).toBe('2026-05-18');
  });

  it('asks for the other day when only one is filled in', () => {
    expect(validateEvents({ ...base, 'opschorting-start': '2026-04-22' }, '2026-04-23')).toEqual([
      { event: 'opschorting-start', code: 'needs', other: 'opschorting-eind' },
    ]);
    expect(validateEvents({ ...base, 'opschorting-eind': '2026-04-22' }, '2026-04-23')).toEqual([
      { event: 'opschorting-eind', code: 'needs', other: 'opschorting-start' },
    ]);
  });

  it('refuses a last day before the first, and a first day before the aanvraag', () => {
    const errors = validateEvents(
      { ...base, 'opschorting-start': '2026-04-10', 'opschorting-eind': '2026-04-05' },
      '2026-04-23',
    );
    expect(errors).toContainEqual({
      event: 'opschorting-start',
      code: 'before',
      other: 'aanvraag',
    });
    expect(errors).toContainEqual({
      event: 'opschorting-eind',
      code: 'before',
      other: 'opschorting-start',
    });
  });
});

describe('after the bezwaar', () => {
  const events = { melding: '2026-03-02', aanvraag: '2026-04-20', beschikking: '2026-05-01' };

  it('counts the bezwaar as gehaald once it was sent in time', () => {
    expect(
      pick({ ...events, 'bezwaar-ingediend': '2026-05-20' }, '2026-07-01').bezwaar?.status,
    ).toEqual({ kind: 'gehaald' });
  });

  it('counts the beslissing op bezwaar as gehaald when it came in time', () => {
    const all = pick(
      { ...events, 'bezwaar-ingediend': '2026-05-20', 'beslissing-op-bezwaar': '2026-07-10' },
      '2026-08-01',
    );
    expect(all['beslissing-bezwaar']?.status).toEqual({ kind: 'gehaald' });
  });

  it('gives six weeks for beroep from the beslissing op bezwaar (Awb 6:7, 6:8 lid 1)', () => {
    const d = computeDeadlines(
      { ...events, 'bezwaar-ingediend': '2026-05-20', 'beslissing-op-bezwaar': '2026-07-10' },
      '2026-07-11',
    ).find((x) => x.id === 'beroep');
    // Friday 10 July + 42 days = Friday 21 August 2026.
    expect(d).toMatchObject({ date: '2026-08-21', owner: 'jij' });
  });
});

describe('a time limit in a year the table of equated days does not cover (Atw art. 3 lid 3)', () => {
  it('is flagged, so the app can say that free days may be missing', () => {
    const late = computeDeadlines({ melding: '2028-12-01' }, '2028-12-01');
    expect(late.find((d) => d.id === 'onderzoek')?.freeDaysMayBeUnknown).toBe(true);
    const known = computeDeadlines({ melding: '2026-03-02' }, '2026-03-02');
    expect(known.every((d) => d.freeDaysMayBeUnknown === undefined)).toBe(true);
  });
});
