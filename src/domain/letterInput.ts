/** What the resident fills in for each draft letter (see letterDrafts.ts). Dates are ISO YYYY-MM-DD. */

export interface LetterSender {
  name: string;
  /** Street and number; may hold more lines ("\n"). */
  address: string;
  postcodeCity: string;
  /** The resident's klantnummer or kenmerk at the gemeente. */
  reference?: string;
}

export interface LetterInputBase {
  sender: LetterSender;
  /** The name of the gemeente, e.g. "Utrecht". */
  gemeente: string;
  /** The gemeente's postal address as printed on its letters, lines split by "\n". */
  gemeenteAddress?: string;
  /** Where the resident writes from, before the date ("Utrecht, …"). */
  place?: string;
  /** The date of the letter, ISO YYYY-MM-DD. */
  today: string;
}

export interface ReactieVerslagInput extends LetterInputBase {
  letter: 'reactie-verslag';
  /** The date of the gesprek. */
  gesprek?: string;
  /** The date the verslag was received. */
  verslagReceived?: string;
  /** Points missing from the verslag (from the verslag check), one line each. */
  missing: readonly string[];
  /** The resident's own corrections, free text. */
  corrections?: string;
  secondTalk?: boolean;
}

export interface AanvraagInput extends LetterInputBase {
  letter: 'aanvraag';
  /** What the resident asks for, free text. */
  request: string;
  /** The date of the melding. */
  melding?: string;
  /** The persoonlijk plan: handed in before, or sent with this letter. */
  plan?: 'handed-in' | 'enclosed';
  /** The date the verslag was received. */
  verslagReceived?: string;
  /** The onderzoek took longer than six weeks (Wmo 2015 art. 2.3.2 lid 9). */
  onderzoekLate?: boolean;
}

export interface BezwaarInput extends LetterInputBase {
  letter: 'bezwaar';
  /** The date of the beschikking objected to (Awb art. 6:5 lid 1 c). */
  beschikking: string;
  kenmerk?: string;
  /** What the decision is about, e.g. "mijn aanvraag voor een scootmobiel". */
  about?: string;
  /** Why the resident objects (Awb art. 6:5 lid 1 d); ignored when proForma. */
  reasons?: string;
  /** Send now, reasons later: the gemeente gives time to add them (Awb art. 6:6). */
  proForma?: boolean;
  /** The last day to object, computed elsewhere (Awb 6:7, 6:8, Atw). */
  deadline: string;
  /** The deadline has passed (Awb art. 6:11). */
  late?: boolean;
  /** Why the bezwaar is late, free text; only used when late. */
  lateReason?: string;
}

export interface IngebrekestellingInput extends LetterInputBase {
  letter: 'ingebrekestelling';
  /** The date of the aanvraag. */
  aanvraag: string;
  /** What the aanvraag was for. */
  about?: string;
  /** The last day the gemeente should have decided. */
  decisionDue: string;
  /** When the gemeente will probably receive this letter: the dwangsom schedule counts from it. */
  expectedReceipt: string;
}

export type LetterInput =
  ReactieVerslagInput | AanvraagInput | BezwaarInput | IngebrekestellingInput;

/** Writes dates ("maandag 13 april 2026") and amounts ("€ 23") in one language. */
export interface LetterFormat {
  date(iso: string): string;
  euro(amount: number): string;
}
