/**
 * The words of the five draft letters, already in one language. The domain defines the shape;
 * src/content/letters.ts fills it from content/letters/letters.json (and the compiler checks
 * that the content satisfies it). Placeholders are written `{name}` (see fillTemplate).
 */

/** Parts every letter shares. */
export interface CommonLetterTexts {
  /** "Geachte heer, mevrouw," (the gemeente's staff, the rechtbank). */
  salutation: string;
  /** "Geacht college," (letters to the college van burgemeester en wethouders). */
  salutationCollege: string;
  closing: string;
  /** "Ik hoor graag van u." */
  end: string;
  /** "Betreft" */
  subjectLabel: string;
  /** "Uw kenmerk: {reference}" */
  referenceLine: string;
  /** "Mijn klantnummer: {reference}", when "Uw kenmerk" holds the decision's kenmerk. */
  clientNumberLine: string;
  /** {phone} */
  phoneLine: string;
  /** {email} */
  emailLine: string;
  /** {date} */
  birthDateLine: string;
  /** {place}, {date} */
  placeDate: string;
  signatureLabel: string;
  enclosure: string;
  enclosures: string;
  /** {gemeente}; lines separated by "\n". */
  toGemeente: string;
  /** {gemeente}; lines separated by "\n". */
  toCollege: string;
  /** {court}; lines separated by "\n". */
  toRechtbank: string;
  /** When no rechtbank is named yet. */
  toRechtbankUnnamed: string;
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
  planHandedIn: string;
  planEnclosed: string;
  /** {date} */
  verslag: string;
  onderzoekLate: string;
  decide: string;
  acknowledge: string;
  enclosureId: string;
  enclosurePlan: string;
}

export interface BezwaarTexts {
  title: string;
  /** {date} */
  subject: string;
  /** {date}, {kenmerk} */
  subjectKenmerk: string;
  /** {date} */
  decision: string;
  /** {kenmerk} */
  kenmerk: string;
  /** {about} */
  about: string;
  reasons: string;
  proForma: string;
  late: string;
  lateRequest: string;
  lateNoReason: string;
  request: string;
  hearing: string;
  acknowledge: string;
  enclosureDecision: string;
}

export interface BeroepTexts {
  title: string;
  /** {date} */
  subject: string;
  /** {date}, {kenmerk} */
  subjectKenmerk: string;
  /** {date} */
  decision: string;
  /** {gemeente} */
  defendant: string;
  /** {kenmerk} */
  kenmerk: string;
  /** {about} */
  about: string;
  reasons: string;
  late: string;
  lateRequest: string;
  lateNoReason: string;
  request: string;
  hearing: string;
  enclosureDecision: string;
}

export interface IngebrekestellingTexts {
  title: string;
  /** {date} */
  subject: string;
  /** {date} */
  subjectBezwaar: string;
  /** {date} */
  aanvraag: string;
  /** {date} */
  bezwaar: string;
  /** {about} */
  about: string;
  /** {about} */
  aboutBezwaar: string;
  /** {date} */
  due: string;
  /** {date} */
  dueBezwaar: string;
  default: string;
  defaultBezwaar: string;
  dwangsom: string;
  dwangsomBezwaar: string;
  acknowledge: string;
}

/** The letter itself, in the language the letter is written in. */
export interface LetterTexts {
  common: CommonLetterTexts;
  'reactie-verslag': ReactieVerslagTexts;
  aanvraag: AanvraagTexts;
  bezwaar: BezwaarTexts;
  ingebrekestelling: IngebrekestellingTexts;
  beroep: BeroepTexts;
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
  'reactie-verslag': { soon: string; missingFrom: string; writeCorrections: string };
  aanvraag: {
    id: string;
    idCopy: string;
    plan: string;
    late: string;
    term: string;
    receipt: string;
    writeRequest: string;
  };
  bezwaar: {
    /** {date} */
    deadline: string;
    onTime: string;
    late: string;
    writeLate: string;
    proForma: string;
    writeReasons: string;
    copy: string;
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
    conditions: string;
    /** {date} */
    postponed: string;
    beroep: string;
  };
  beroep: {
    /** {date} */
    deadline: string;
    onTime: string;
    late: string;
    writeLate: string;
    writeReasons: string;
    court: string;
    copy: string;
    griffierecht: string;
    sign: string;
  };
}
