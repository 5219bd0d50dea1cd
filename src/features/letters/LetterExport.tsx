import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pdfFileName } from '../../domain/checklistDocument';
import { letterToText, type LetterDraft } from '../../domain/letterDrafts';
import { downloadBlob } from '../../lib/downloadBlob';
import { StatusMessage } from '../../components/StatusMessage';

type Status = 'idle' | 'making' | 'ready' | 'copied' | 'failed' | 'copyFailed';

/** "Download de brief (pdf)" and "Kopieer de tekst", both after the fields are checked. */
export function LetterExport({
  draft,
  language,
  name,
  today,
  check,
}: {
  draft: LetterDraft;
  language: 'nl' | 'en';
  name: string;
  today: string;
  /** Shows the errors and returns false when something must be filled in first. */
  check: () => boolean;
}) {
  const { t, i18n } = useTranslation();
  const [largePrint, setLargePrint] = useState(false);
  const [status, setStatus] = useState<Status>('idle');

  const download = async () => {
    if (!check()) return;
    setStatus('making');
    try {
      const { makeLetterPdf } = await import('./makeLetterPdf');
      const tl = i18n.getFixedT(language);
      const made = await makeLetterPdf(draft, language, largePrint, (page, total) =>
        tl('letters.pdfPage', { page, total }),
      );
      downloadBlob(made.blob, pdfFileName('', `${draft.title} ${name}`, today));
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  };

  const copy = async () => {
    if (!check()) return;
    try {
      await navigator.clipboard.writeText(letterToText(draft));
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };

  return (
    <>
      <div className="check-item">
        <input
          type="checkbox"
          id="letter-large-print"
          checked={largePrint}
          onChange={(e) => setLargePrint(e.target.checked)}
        />
        <label htmlFor="letter-large-print">{t('pdf.largePrint')}</label>
      </div>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void download()}>
          {t('letters.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('letters.copy')}
        </button>
      </div>
      <StatusMessage error={status === 'failed' || status === 'copyFailed'}>
        {status === 'idle' ? '' : t(`letters.status.${status}`)}
      </StatusMessage>
    </>
  );
}
