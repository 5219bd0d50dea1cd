/**
 * What this browser can do with a PDF it made, and doing it (issue 17 item 9). Every check is
 * a feature test, never a guess from the user agent: a control that cannot work is never shown.
 */
export interface PdfAbilities {
  /** The share sheet takes files (Web Share API level 2): phones, and some computers. */
  share: boolean;
  /** The browser shows a PDF itself, so a new tab with it is useful (not on Android's Chrome). */
  open: boolean;
}

export function pdfAbilities(): PdfAbilities {
  const probe = new File([new Uint8Array(1)], 'test.pdf', { type: 'application/pdf' });
  let share = false;
  try {
    share =
      typeof navigator.share === 'function' &&
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [probe] });
  } catch {
    share = false;
  }
  return { share, open: navigator.pdfViewerEnabled === true };
}

export type ShareResult = 'shared' | 'cancelled' | 'again' | 'failed';

/**
 * Opens the share sheet with the PDF. "again": the browser wants a fresh tap (making the PDF
 * took longer than the tap's permission lasts); the PDF is made by then, so the next tap works.
 */
export async function sharePdf(blob: Blob, fileName: string, title: string): Promise<ShareResult> {
  const file = new File([blob], fileName, { type: 'application/pdf' });
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (e) {
    // A DOMException; not an Error in every engine, so read its name directly.
    const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
    if (name === 'AbortError') return 'cancelled';
    if (name === 'NotAllowedError') return 'again';
    return 'failed';
  }
}

/**
 * Opens the PDF in a new tab, in the browser's own PDF viewer (which can also print it).
 * False when the browser blocked the new tab; a second tap, with the PDF made, gets through.
 */
export function openPdf(blob: Blob): boolean {
  const pdf =
    blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' });
  const url = URL.createObjectURL(pdf);
  const opened = window.open(url, '_blank');
  if (!opened) {
    URL.revokeObjectURL(url);
    return false;
  }
  opened.opener = null;
  // The new tab has read the PDF well within a minute; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
