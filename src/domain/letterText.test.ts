import { describe, expect, it } from 'vitest';
import { base, build } from '../../tests/fixtures/letterSender';
import { bodyText, letterToText, notesToText, withBody } from './letterDrafts';

/** Editing the body, and the letter and notes as plain text (for an e-mail). */

describe('editing and plain text', () => {
  const d = build({
    ...base,
    letter: 'bezwaar',
    beschikking: '2026-05-04',
    reasons: 'Eerste reden.\n\nTweede reden.',
    deadline: '2026-06-15',
  });

  it('round-trips the body through the editable text', () => {
    expect(withBody(d, bodyText(d))).toEqual(d);
    expect(bodyText(d).split('\n\n')).toHaveLength(d.body.length);
  });

  it('takes the edited text as paragraphs, whatever the line ends and blank lines', () => {
    const edited = withBody(
      d,
      '  Eerste alinea.\r\nNog een regel.\r\n\r\n\r\n- punt een\n  \n- punt twee  \n\n',
    );
    expect(edited.body).toEqual(['Eerste alinea.\nNog een regel.', '- punt een', '- punt twee']);
    expect(edited.subject).toBe(d.subject);
    expect(d.body).not.toEqual(edited.body);
  });

  it('gives the letter as plain text with sender, date, subject, body, signature and enclosure, without notes', () => {
    const text = letterToText(d);
    for (const part of [
      'Ans de Vries\nLindelaan 12\n3521 AB Utrecht',
      'Aan het college van burgemeester en wethouders\nvan de gemeente Utrecht',
      'Utrecht, woensdag 20 mei 2026',
      'Betreft: Bezwaar tegen uw besluit van maandag 4 mei 2026\nUw kenmerk: KL-20418',
      'Geacht college,',
      'Eerste reden.\n\nTweede reden.',
      'Met vriendelijke groet,\n\nAns de Vries',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/Ans de Vries\n\nBijlage:\n- Een kopie van het besluit\n$/);
    expect(text).not.toContain(d.notes[0]);
    expect(text).not.toContain('Laatste dag');
  });

  it('gives the notes with the deadline first', () => {
    expect(notesToText(d).split('\n\n').slice(0, 3)).toEqual([
      d.labels.notes,
      'Laatste dag voor je bezwaar: maandag 15 juni 2026',
      d.notes[0],
    ]);
  });
});
