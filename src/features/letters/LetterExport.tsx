import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { PdfActions } from '../../components/PdfActions';
import { StatusMessage } from '../../components/StatusMessage';
import { pdfFileName } from '../../domain/checklistDocument';
import { letterToText, type LetterDraft } from '../../domain/letterDrafts';

type CopyStatus = 'idle' | 'copied' | 'copyFailed';

/**
 * The letter as a PDF (share, open, download: what this browser can do), and "Kopieer de
 * tekst"; each after the fields are checked, each with its message under its own button.
 */
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
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  const make = async () => {
    if (!check()) return null;
    const { makeLetterPdf } = await import('./makeLetterPdf');
    const tl = i18n.getFixedT(language);
    const made = await makeLetterPdf(draft, language, largePrint, (page, total) =>
      tl('letters.pdfPage', { page, total }),
    );
    return {
      blob: made.blob,
      fileName: pdfFileName('', `${draft.title} ${name}`, today),
      title: draft.title,
    };
  };

  const copy = async () => {
    if (!check()) return;
    try {
      await navigator.clipboard.writeText(letterToText(draft));
      setCopyStatus('copied');
    } catch {
      setCopyStatus('copyFailed');
    }
  };

  return (
    <>
      <CheckItem id="letter-large-print" checked={largePrint} onChange={setLargePrint}>
        {t('pdf.largePrint')}
      </CheckItem>
      <PdfActions
        labels={{
          share: t('pdf.letter.share'),
          open: t('pdf.letter.open'),
          download: t('letters.download'),
        }}
        cacheKey={JSON.stringify([draft, language, largePrint, name, today])}
        make={make}
      />
      <div className="pdf-action">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('letters.copy')}
        </button>
        <StatusMessage error={copyStatus === 'copyFailed'}>
          {copyStatus === 'idle' ? '' : t(`letters.status.${copyStatus}`)}
        </StatusMessage>
      </div>
    </>
  );
}
