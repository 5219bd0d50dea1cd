import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../lib/downloadBlob';
import { openPdf, pdfAbilities, sharePdf } from '../lib/sharePdf';
import { StatusMessage } from './StatusMessage';

export type PdfAction = 'share' | 'open' | 'print' | 'download';

export interface PdfFile {
  blob: Blob;
  fileName: string;
  /** The document's title, for the share sheet. */
  title: string;
}

type Result =
  | 'making'
  | 'shared'
  | 'shareCancelled'
  | 'shareFailed'
  | 'again'
  | 'opened'
  | 'printed'
  | 'downloaded'
  | 'failed';

interface PdfActionsProps {
  /** Each button says which document it acts on ("Deel het plan (pdf)"). */
  labels: { share: string; open: string; download: string; print?: string };
  /** Everything the PDF depends on: a made PDF is reused until this changes. */
  cacheKey: string;
  /** Makes the PDF; null when it cannot be made now (the form shows what is missing). */
  make: () => Promise<PdfFile | null>;
  /** Prints the page's own version of the document (a page the browser prints well). */
  print?: () => void;
  /** After the resident shared, opened, printed or downloaded it. */
  onDone?: () => void;
}

/**
 * What a phone or a computer can do with a PDF: share it, open it, print, download. Only the
 * actions this browser supports are shown, and each says right under its button what happened.
 */
export function PdfActions({ labels, cacheKey, make, print, onDone }: PdfActionsProps) {
  const { t } = useTranslation();
  const abilities = useMemo(() => pdfAbilities(), []);
  const made = useRef<{ key: string; file: PdfFile } | null>(null);
  const [result, setResult] = useState<{
    action: PdfAction;
    result: Result;
    fileName?: string;
  } | null>(null);
  const show = (action: PdfAction, r: Result, fileName?: string) =>
    setResult(fileName === undefined ? { action, result: r } : { action, result: r, fileName });

  const canPrint = print !== undefined && labels.print !== undefined;
  const actions: PdfAction[] = [
    ...(abilities.share ? (['share'] as const) : []),
    ...(abilities.open ? (['open'] as const) : []),
    ...(canPrint ? (['print'] as const) : []),
    'download',
  ];

  const pdfFile = async (action: PdfAction): Promise<PdfFile | null> => {
    if (made.current?.key === cacheKey) return made.current.file;
    const key = cacheKey;
    const pending = make();
    show(action, 'making');
    const file = await pending;
    if (!file) {
      setResult(null);
      return null;
    }
    made.current = { key, file };
    return file;
  };

  const run = async (action: PdfAction) => {
    if (action === 'print') {
      show(action, 'printed');
      print?.();
      onDone?.();
      return;
    }
    let file: PdfFile | null;
    try {
      file = await pdfFile(action);
    } catch {
      show(action, 'failed');
      return;
    }
    if (!file) return;
    const outcome = await act(action, file);
    show(action, outcome, file.fileName);
    if (outcome === 'shared' || outcome === 'opened' || outcome === 'downloaded') onDone?.();
  };

  return (
    <div className="pdf-actions">
      {actions.map((action, i) => (
        <div className="pdf-action" key={action}>
          <button
            type="button"
            className={i === 0 ? 'button' : 'button button--secondary'}
            onClick={() => void run(action)}
          >
            {labels[action]}
          </button>
          <StatusMessage error={isError(result?.action === action ? result.result : null)}>
            {result?.action === action
              ? t(`pdf.actions.${result.result}`, {
                  label: labels[action],
                  fileName: result.fileName ?? '',
                })
              : ''}
          </StatusMessage>
        </div>
      ))}
    </div>
  );
}

async function act(action: Exclude<PdfAction, 'print'>, file: PdfFile): Promise<Result> {
  switch (action) {
    case 'share': {
      const shared = await sharePdf(file.blob, file.fileName, file.title);
      return shared === 'shared'
        ? 'shared'
        : shared === 'cancelled'
          ? 'shareCancelled'
          : shared === 'again'
            ? 'again'
            : 'shareFailed';
    }
    case 'open':
      return openPdf(file.blob) ? 'opened' : 'again';
    case 'download':
      downloadBlob(file.blob, file.fileName);
      return 'downloaded';
    default: {
      const never: never = action;
      return never;
    }
  }
}

function isError(result: Result | null): boolean {
  return result === 'failed' || result === 'shareFailed';
}
