/**
 * The words of the four draft letters, already in one language. The domain defines the shape;
 * src/content/letters.ts fills it from content/letters/letters.json (and the compiler checks
 * that the content satisfies it). Placeholders are written `{name}` (see fillTemplate).
 */

/** Parts every letter shares. */
export interface CommonLetterTexts {
  salutation: string;
  closing: string;
  /** "Ik hoor graag van u." */
  end: string;
  /** "Betreft" */
  subjectLabel: string;
  /** {reference} */
  referenceLine: string;
  /** {place}, {date} */
  placeDate: string;
  signatureLabel: string;
  enclosure: string;
  enclosures: string;
  /** {gemeente}; lines separated by "\n". */
  toGemeente: string;
  /** {gemeente}; lines separated by "\n". */
  toCollege: string;
}

export interface ReactieVerslagTexts {
  title: string;
  subject: string;
  /** {date} */
  gesprek: string;
  gesprekNoDate: string;
  /** {date} */
  verslag: string;
  verslagNoDate: string;
  purpose: string;
  missing: string;
  missingRequest: string;
  corrections: string;
  writeHere: string;
  acknowledge: string;
  secondTalk: string;
}

export interface AanvraagTexts {
  title: string;
  subject: string;
  intro: string;
  /** {date} */
  melding: string;
  request: string;
  writeRequest: string;
  planHandedIn: string;
  planEnclosed: string;
  /** {date} */
  verslag: string;
  onderzoekLate: string;
  decide: string;
  enclosureId: string;
  enclosurePlan: string;
}

export interface BezwaarTexts {
  title: string;
  /** {date} */
  subject: string;
  /** {date} */
  decision: string;
  /** {kenmerk} */
  kenmerk: string;
  /** {about} */
  about: string;
  reasons: string;
  writeReasons: string;
  proForma: string;
  late: string;
  writeLate: string;
  request: string;
  hearing: string;
  acknowledge: string;
}

export interface IngebrekestellingTexts {
  title: string;
  /** {date} */
  subject: string;
  /** {date} */
  aanvraag: string;
  /** {about} */
  about: string;
  /** {date} */
  due: string;
  default: string;
  dwangsom: string;
  acknowledge: string;
}

/** The letter itself, in the language the letter is written in. */
export interface LetterTexts {
  common: CommonLetterTexts;
  'reactie-verslag': ReactieVerslagTexts;
  aanvraag: AanvraagTexts;
  bezwaar: BezwaarTexts;
  ingebrekestelling: IngebrekestellingTexts;
}

/** The notes for the resident (not part of the letter), in the language of the app. */
export interface LetterNoteTexts {
  common: {
    label: string;
    notesPage: string;
    concept: string;
    notAdvice: string;
    help: string;
    keepCopy: string;
  };
  'reactie-verslag': { soon: string; missingFrom: string };
  aanvraag: { id: string; plan: string; late: string; term: string };
  bezwaar: {
    /** {date} */
    deadline: string;
    onTime: string;
    late: string;
    proForma: string;
    sign: string;
  };
  ingebrekestelling: {
    proof: string;
    /** {received}, {start} */
    schedule: string;
    /** {from}, {to}, {amount} */
    period: string;
    /** {amount} */
    max: string;
    beroep: string;
  };
}
