import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NotFoundMessage } from '../../components/NotFoundMessage';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { letterFormat, letterNoteTexts, letterTexts, letters } from '../../content/letters';
import { localize } from '../../content/localize';
import { parseDate } from '../../domain/dates';
import { buildLetter } from '../../domain/letterDrafts';
import { letterIds, type LetterId } from '../../domain/letters';
import type { LetterFields } from '../../storage/entries';
import { useDossierContext, useEntryState, useSaveStatus } from '../../storage/hooks';
import { letterInputFrom, letterProblems, type ProblemField } from './letterInputFrom';
import { LetterText } from './LetterText';
import { LetterOwnFields } from './LetterOwnFields';
import { SenderFields, type FieldErrors } from './SenderFields';
import { NotOfferedReason } from './NotOfferedReason';
import { useLetterContext } from './useLetterContext';
import { senderFromPlan } from './senderFromPlan';
import { Radios } from '../../components/Radios';

const isLetterId = (id: string | undefined): id is LetterId => letterIds.includes(id as LetterId);

export function LetterPage() {
  const { letterId } = useParams();
  if (!isLetterId(letterId)) return <NotFoundMessage />;
  return <LetterForm key={letterId} letter={letterId} />;
}

/** One draft letter: the fields, the notes, the editable text, and PDF or plain text. */
function LetterForm({ letter }: { letter: LetterId }) {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  const context = useLetterContext(entries);
  const ui = context.language;
  const title = localize(letters.letter[letter].title, ui);
  const [showErrors, setShowErrors] = useState(false);
  // Until she changes it here, the sender is what worksheet 1 says (issue 17, item 11).
  const fromPlan = senderFromPlan(entries.worksheet);
  const name = fromPlan.name ?? dossier.personName;
  const [sender, setSender] = useEntryState(
    dossier.id,
    'letter:afzender',
    entries.letters.afzender,
    name ? { ...fromPlan, name } : fromPlan,
  );
  const [own, setOwn] = useEntryState(dossier.id, `letter:${letter}`, entries.letters[letter], {});
  const offer = context.offers.find((o) => o.letter === letter);
  const problems = offer?.offered ? letterProblems({ ...context, letter, sender, own, offer }) : [];
  usePageTitle(title, showErrors && problems.length > 0);

  if (!offer?.offered)
    return (
      <div className="prose">
        <BackLink to={`/dossiers/${dossier.id}/brieven`} />
        <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
        <p>{t('letters.notOfferedHere')}</p>
        {offer && <NotOfferedReason offer={offer} format={context.format} />}
        <p>
          <Link to={`/dossiers/${dossier.id}/brieven`}>{t('letters.toList')}</Link>
        </p>
      </div>
    );

  const language = own.language ?? 'nl';
  const input = letterInputFrom({ ...context, letter, sender, own, offer });
  const draft = buildLetter(
    input,
    letterTexts(language),
    letterNoteTexts(ui),
    letterFormat(language),
    context.format,
  );
  const errors: FieldErrors = {};
  const errorKey = (field: ProblemField) =>
    field === 'reasons' && letter === 'beroep' ? 'reasonsBeroep' : field;
  if (showErrors)
    for (const p of problems) errors[p.field] = t(`letters.error.${errorKey(p.field)}`);
  const summary = Object.entries(errors).map(([field, message]) => ({
    fieldId: `letter-${field}`,
    message: message ?? '',
  }));
  const check = () => {
    setShowErrors(true);
    return problems.length === 0;
  };
  const receipt = parseDate(own.expectedReceipt ?? '') ?? context.today;

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}/brieven`} />
      <ErrorSummary errors={summary} />
      <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
      <p className="lead">{t(`letters.what.${letter}`)}</p>
      {draft.deadline && <p className="letter-deadline">{draft.deadline}</p>}
      <section className="inset" aria-labelledby="letter-notes-title">
        <h2 id="letter-notes-title">{t('letters.notesTitle')}</h2>
        <ul>
          {draft.notes.map((note) => (
            <li key={note} className="letter-preview__paragraph">
              {note}
            </li>
          ))}
        </ul>
      </section>

      <h2>{t('letters.fillTitle')}</h2>
      <SenderFields
        value={sender}
        errors={errors}
        onChange={(next: LetterFields) => setSender(next)}
      />
      <LetterOwnFields
        letter={letter}
        dossierId={dossier.id}
        value={own}
        onChange={setOwn}
        errors={errors}
        offer={offer}
        missing={context.missing}
        hasPlan={context.hasPlan}
        receipt={receipt}
        format={context.format}
      />
      <Radios<'nl' | 'en'>
        name="letter-language"
        legend={t('letters.languageLegend')}
        options={[
          { value: 'nl', label: t('settings.languageNl'), hint: t('letters.languageNlHint') },
          { value: 'en', label: t('settings.languageEn'), hint: t('letters.languageEnHint') },
        ]}
        value={language}
        onChange={(next) => setOwn({ ...own, language: next })}
      />
      <SaveStatusMessage status={status} />

      <LetterText
        draft={draft}
        edited={own.body}
        onEdit={(body) => setOwn({ ...own, body })}
        onReset={() => setOwn({ ...own, body: undefined })}
        name={sender.name?.trim() || name || ''}
        language={language}
        today={context.today}
        check={check}
      />
    </div>
  );
}
