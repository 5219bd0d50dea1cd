import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DossierEvents } from './deadlines';
import { nextStep, onderzoekBegun } from './nextStep';

const step = (events: DossierEvents, today: string) =>
  nextStep(events, computeDeadlines(events, today), today);

describe('the next step on the overview', () => {
  it('asks for the date of the melding while no date is known', () => {
    expect(step({}, '2026-11-26')).toEqual({ kind: 'melding' });
    expect(step({ gesprek: '2026-12-01' }, '2026-11-26')).toEqual({
      kind: 'melding',
      gesprek: '2026-12-01',
    });
  });

  // The issue's own example: melding on Friday 20 November, today Thursday 26 November.
  it('gives the plan and its last day while the plan still counts', () => {
    const s = step({ melding: '2026-11-20' }, '2026-11-26');
    expect(s.kind).toBe('plan');
    if (s.kind !== 'plan') return;
    expect(s.plan.date).toBe('2026-11-27');
    expect(s.plan.status).toEqual({ kind: 'komt-nog', daysLeft: 1 });
    expect(s.plan.sources).toEqual([{ doc: 'wmo', ref: 'art. 2.3.2 lid 2 en 5' }]);
    expect(s).not.toHaveProperty('gesprek');
  });

  it('adds a gesprek still to come, also on the day itself', () => {
    const events = { melding: '2026-11-20', gesprek: '2026-12-03' };
    expect(step(events, '2026-11-26')).toMatchObject({ kind: 'plan', gesprek: '2026-12-03' });
    expect(step(events, '2026-12-03')).toMatchObject({ kind: 'plan', gesprek: '2026-12-03' });
  });

  it('keeps the plan after its 7 days while the onderzoek has not begun (a minimum, lid 2)', () => {
    const s = step({ melding: '2026-11-20', gesprek: '2026-12-10' }, '2026-12-01');
    expect(s).toMatchObject({ kind: 'plan', plan: { status: { kind: 'verstreken', daysAgo: 4 } } });
  });

  it('keeps the 7 days when the gesprek came sooner than they ended', () => {
    const s = step({ melding: '2026-11-20', gesprek: '2026-11-24' }, '2026-11-26');
    expect(s).toMatchObject({ kind: 'plan', plan: { status: { kind: 'komt-nog' } } });
  });

  it('after the gesprek, names the plan only calmly and gives the next time limit', () => {
    const s = step({ melding: '2026-11-20', gesprek: '2026-12-03' }, '2026-12-07');
    expect(s).toMatchObject({
      kind: 'verder',
      gesprekWas: '2026-12-03',
      plan: { id: 'plan', status: { kind: 'verstreken' } },
      // Wmo art. 2.3.2 lid 1: six weeks after the melding is Nieuwjaarsdag 2027, so the Atw
      // moves it to Monday 4 January.
      next: { id: 'onderzoek', date: '2027-01-04', owner: 'gemeente' },
    });
  });

  it('knows the onderzoek has begun from a later step, also without the gesprek', () => {
    expect(onderzoekBegun({ verslag: '2026-12-10' }, '2026-12-11')).toBe(true);
    expect(onderzoekBegun({ gesprek: '2026-12-11' }, '2026-12-11')).toBe(false);
    expect(onderzoekBegun({ gesprek: '2026-12-10' }, '2026-12-11')).toBe(true);
    const s = step({ beschikking: '2027-01-11' }, '2027-01-12');
    expect(s).toMatchObject({ kind: 'verder', next: { id: 'bezwaar', owner: 'jij' } });
    expect(s).not.toHaveProperty('plan');
  });

  it('gives no next time limit when every known one is met or over', () => {
    const events = { melding: '2026-11-20', gesprek: '2026-12-03', verslag: '2026-12-10' };
    expect(step(events, '2026-12-11')).toEqual({
      kind: 'verder',
      plan: expect.objectContaining({ id: 'plan' }),
      gesprekWas: '2026-12-03',
    });
  });
});
