import { describe, expect, it } from 'vitest';
import { worksheets } from '../../content/worksheets';
import { isFilled, toItemForm, toStored, worksheetSchema } from './worksheetForm';

const sheet = (id: string) => {
  const ws = worksheets.find((w) => w.id === id);
  if (!ws) throw new Error(id);
  return ws;
};
const blank = { text: '', choice: '', birth: '', private: false } as const;

describe('worksheet form', () => {
  it('round-trips a stored value through the form without losing anything', () => {
    const stored = {
      text: 'Flat, 3 hoog',
      choice: 'nee',
      birth: '3-5-1944',
      private: true,
    } as const;
    expect(toStored(toItemForm(stored))).toEqual(stored);
    expect(toStored(toItemForm(undefined))).toEqual({ private: false });
    expect(isFilled({ private: true })).toBe(false);
    expect(isFilled({ text: '  ', private: false })).toBe(false);
    expect(isFilled({ choice: 'ja', private: false })).toBe(true);
  });

  it('accepts a text at its limit and refuses one character more', () => {
    const ws = sheet('zelf-oplossen');
    const item = ws.items[0];
    if (!item || item.field.type !== 'textarea') throw new Error('expected a textarea');
    const schema = worksheetSchema(ws.items, '2026-11-22');
    const values = (text: string) =>
      Object.fromEntries(ws.items.map((i) => [i.id, { ...blank, text: i === item ? text : '' }]));
    expect(schema.safeParse(values('x'.repeat(item.field.maxLength))).success).toBe(true);
    const over = schema.safeParse(values('x'.repeat(item.field.maxLength + 1)));
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [`${item.id}.text`, 'tooLong'],
    ]);
  });

  it.each([
    [{ text: '82' }, []],
    [{ text: '' }, []],
    [{ text: '131' }, ['leeftijd.text age']],
    [{ text: 'tachtig' }, ['leeftijd.text age']],
    [{ birth: '3-5-1944' }, []],
    [{ birth: '1944-05-03' }, []],
    [{ birth: '30-2-1944' }, ['leeftijd.birth birthDate']],
    [{ birth: '1-1-2030' }, ['leeftijd.birth birthDateFuture']],
  ])('checks an age field: %o', (input, expected) => {
    const ws = sheet('voorstellen');
    const values = Object.fromEntries(
      ws.items.map((i) => [i.id, { ...blank, ...(i.id === 'leeftijd' ? input : {}) }]),
    );
    const result = worksheetSchema(ws.items, '2026-11-22').safeParse(values);
    expect(result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`) ?? []).toEqual(
      expected,
    );
  });
});
