import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { bodyText, withBody, type LetterDraft } from '../../domain/letterDrafts';
import { LetterExport } from './LetterExport';

const bodyMax = 30_000;

/** The letter as it will be sent: the text can be changed, and shown whole before export. */
export function LetterText({
  draft,
  edited,
  onEdit,
  onReset,
  name,
  language,
  today,
  check,
}: {
  draft: LetterDraft;
  /** The text as the resident changed it; undefined while it follows the fields. */
  edited: string | undefined;
  onEdit: (body: string) => void;
  onReset: () => void;
  name: string;
  language: 'nl' | 'en';
  today: string;
  check: () => boolean;
}) {
  const { t } = useTranslation();
  const body = edited ?? bodyText(draft);
  const final = edited === undefined ? draft : withBody(draft, edited);
  return (
    <section aria-labelledby="letter-text-title">
      <h2 id="letter-text-title">{t('letters.textTitle')}</h2>
      <TextAreaField
        id="letter-body"
        label={t('letters.bodyLabel')}
        hint={t('letters.bodyHint')}
        rows={14}
        maxLength={bodyMax}
        length={body.length}
        value={body}
        onChange={(e) => onEdit(e.target.value)}
      />
      {edited !== undefined && (
        <div className="inset">
          <p>{t('letters.editedNote')}</p>
          <button type="button" className="button button--secondary" onClick={onReset}>
            {t('letters.reset')}
          </button>
        </div>
      )}
      <h3>{t('letters.previewTitle')}</h3>
      <div className="letter-preview" lang={language}>
        {[final.sender, final.recipient].map((lines, i) => (
          <p key={i}>
            {lines.map((line) => (
              <span key={line} className="letter-preview__line">
                {line}
              </span>
            ))}
          </p>
        ))}
        <p>{final.placeDate}</p>
        <p>
          <strong>
            {final.labels.subject}: {final.subject}
          </strong>
        </p>
        {final.references.map((r) => (
          <p key={r}>{r}</p>
        ))}
        <p>{final.salutation}</p>
        {final.body.map((paragraph, i) => (
          <p key={i} className="letter-preview__paragraph">
            {paragraph}
          </p>
        ))}
        <p>{final.closing}</p>
        <p>
          <span className="letter-preview__line">{final.signature.label}: ……………………</span>
          <span className="letter-preview__line">{final.signature.name}</span>
        </p>
        {final.enclosures.length > 0 && (
          <p>
            <span className="letter-preview__line">{final.labels.enclosures}:</span>
            {final.enclosures.map((e) => (
              <span key={e} className="letter-preview__line">
                {e}
              </span>
            ))}
          </p>
        )}
      </div>
      <h2>{t('letters.exportTitle')}</h2>
      <LetterExport draft={final} language={language} name={name} today={today} check={check} />
    </section>
  );
}
