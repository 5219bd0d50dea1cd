/** What the resident fills in for each draft letter (see letterDrafts.ts). Dates are ISO YYYY-MM-DD. */
import type { DefaultAgainst } from './letters';

export interface LetterSender {
  name: string;
  /** Street and number; may hold more lines ("\n"). */
  address: string;
  postcodeCity: string;
  /** The resident's klantnummer or kenmerk at the gemeente ("Uw kenmerk"). */
  reference?: string;
  /** Optional lines under the address, so the gemeente can reach the resident. */
  phone?: string;
  email?: string;
  /** ISO YYYY-MM-DD. */
  birthDate?: string;
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
  /** What the resident asks for, free text (required: the UI asks for it before export). */
  request: string;
  /** The date of the melding. */
  melding?: string;
  /** The persoonlijk plan: submitted before, or sent with this letter. */
  plan?: 'handed-in' | 'enclosed';
  /** The date the verslag was received. */
  verslagReceived?: string;
  /** The onderzoek was not finished within six weeks (Wmo 2015 art. 2.3.2 lid 9). */
  onderzoekLate?: boolean;
  /** The resident sends a copy of an identity document; the law asks none (Wmo 2015 art. 2.3.4). */
  enclosedId?: boolean;
}

/** What a bezwaar and a beroep share: the decision contested, the reasons, and the time limit. */
interface AppealInput extends LetterInputBase {
  kenmerk?: string;
  /** What the decision is about, e.g. "mijn aanvraag voor een scootmobiel". */
  about?: string;
  /** Why the resident disagrees (Awb art. 6:5 lid 1 sub d); required unless a bezwaar is pro forma. */
  reasons?: string;
  /** The last day, computed elsewhere (Awb 6:7, 6:8, Atw). */
  deadline: string;
  /** The deadline has passed (Awb art. 6:11). */
  late?: boolean;
  /** Why it is late, free text; only used when late. */
  lateReason?: string;
}

export interface BezwaarInput extends AppealInput {
  letter: 'bezwaar';
  /** The date of the beschikking objected to (Awb art. 6:5 lid 1 sub c). */
  beschikking: string;
  /** Send now, reasons later: the gemeente gives time to add them (Awb art. 6:6). */
  proForma?: boolean;
}

export interface BeroepInput extends AppealInput {
  letter: 'beroep';
  /** The date of the beslissing op bezwaar appealed against (Awb art. 6:5 lid 1 sub c). */
  beslissing: string;
  /** The rechtbank named in the beslissing op bezwaar (Awb art. 6:23), e.g. "Rechtbank Gelderland". */
  court?: string;
  /** Its postal address as the beslissing op bezwaar gives it, lines split by "\n". */
  courtAddress?: string;
}

interface IngebrekestellingBase extends LetterInputBase {
  letter: 'ingebrekestelling';
  /** What the aanvraag was for. */
  about?: string;
  /** The last day the gemeente should have decided. */
  decisionDue: string;
  /** When the gemeente will probably receive this letter: the dwangsom schedule counts from it. */
  expectedReceipt: string;
}

/** Against a late beschikking on the aanvraag (Wmo 2.3.5 lid 2), or a late beslissing op bezwaar (Awb 7:10). */
export type IngebrekestellingInput = IngebrekestellingBase &
  (
    | {
        against?: Extract<DefaultAgainst, 'aanvraag'>;
        /** The date of the aanvraag. */ aanvraag: string;
      }
    | {
        against: Extract<DefaultAgainst, 'bezwaar'>;
        /** The date the bezwaarschrift was submitted. */
        bezwaar: string;
        /** The last day if the gemeente postponed the decision (Awb art. 7:10 lid 3). */
        latestWithPostponement?: string;
      }
  );

export type LetterInput =
  ReactieVerslagInput | AanvraagInput | BezwaarInput | IngebrekestellingInput | BeroepInput;

/** Writes dates ("maandag 13 april 2026") and amounts ("€ 23") in one language. */
export interface LetterFormat {
  date(iso: string): string;
  /** A date without the weekday, for a date of birth ("3 februari 1944"). */
  day(iso: string): string;
  euro(amount: number): string;
}
