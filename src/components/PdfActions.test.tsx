import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { PdfActions, type PdfFile } from './PdfActions';

const labels = {
  share: 'Deel het plan als PDF',
  open: 'Open het plan als PDF',
  print: 'Print het plan',
  download: 'Download het plan als PDF',
};
const file: PdfFile = {
  blob: new Blob(['%PDF-1.3'], { type: 'application/pdf' }),
  fileName: 'persoonlijk-plan-voor-de-gemeente-ans-2026-11-22.pdf',
  title: 'Persoonlijk plan: Ans',
};

/** Gives navigator what a phone or a computer has; undefined leaves a feature out. */
function browserHas(features: {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  pdfViewerEnabled?: boolean;
}) {
  for (const [name, value] of Object.entries(features))
    Object.defineProperty(navigator, name, { value, configurable: true });
}

beforeEach(() => {
  Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:pdf', configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
});
afterEach(() => {
  const nav = navigator as Partial<Record<'share' | 'canShare' | 'pdfViewerEnabled', unknown>>;
  delete nav.share;
  delete nav.canShare;
  delete nav.pdfViewerEnabled;
});

function renderActions(props: Partial<Parameters<typeof PdfActions>[0]> = {}) {
  const make = vi.fn(async (): Promise<PdfFile | null> => file);
  const onDone = vi.fn();
  const utils = render(
    <I18nextProvider i18n={createI18n('nl')}>
      <PdfActions labels={labels} cacheKey="k1" make={make} onDone={onDone} {...props} />
    </I18nextProvider>,
  );
  return { make, onDone, ...utils };
}

/** The live region right under a button: where its result is said. */
function messageOf(name: string): HTMLElement {
  const next = screen.getByRole('button', { name }).nextElementSibling;
  expect(next).toHaveAttribute('role', 'status');
  return next as HTMLElement;
}

describe('PdfActions', () => {
  it('on a browser that can only download: one button, and its message names the file', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { make, onDone } = renderActions();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([labels.download]);
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    expect(make).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    expect(messageOf(labels.download)).toHaveTextContent(
      'De PDF is gedownload. Je vindt hem bij je downloads. De naam is: persoonlijk-plan-voor-de-gemeente-ans-2026-11-22.pdf',
    );
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('on a phone that shares files: "Deel" comes first and hands the PDF to the share sheet', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>(async () => undefined);
    browserHas({ share, canShare: (data) => (data.files?.length ?? 0) > 0 });
    const { onDone } = renderActions({ print: () => undefined });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      labels.share,
      labels.print,
      labels.download,
    ]);
    expect(screen.getByRole('button', { name: labels.share })).toHaveClass('button');
    expect(screen.getByRole('button', { name: labels.share })).not.toHaveClass('button--secondary');

    await userEvent.click(screen.getByRole('button', { name: labels.share }));
    const shared = share.mock.calls[0]?.[0];
    expect(shared?.title).toBe(file.title);
    expect(shared?.files?.[0]?.name).toBe(file.fileName);
    expect(shared?.files?.[0]?.type).toBe('application/pdf');
    expect(messageOf(labels.share)).toHaveTextContent('Het delen is gelukt.');
    expect(messageOf(labels.download)).toHaveTextContent('');
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('says plainly when she stopped sharing, and asks for a second tap when the browser wants one', async () => {
    const share = vi
      .fn<(data: ShareData) => Promise<void>>()
      .mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'))
      .mockRejectedValueOnce(new DOMException('no gesture', 'NotAllowedError'))
      .mockResolvedValueOnce(undefined);
    browserHas({ share, canShare: () => true });
    const { make, onDone } = renderActions();
    const button = screen.getByRole('button', { name: labels.share });

    await userEvent.click(button);
    expect(messageOf(labels.share)).toHaveTextContent(
      'Je hebt het delen gestopt. Er is niets verstuurd.',
    );
    await userEvent.click(button);
    expect(messageOf(labels.share)).toHaveTextContent(
      'De PDF is nu klaar. Tik nog een keer op ‘Deel het plan als PDF’.',
    );
    expect(onDone).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(messageOf(labels.share)).toHaveTextContent('Het delen is gelukt.');
    // Made once: the second and third tap reuse it, so the share sheet opens inside the tap.
    expect(make).toHaveBeenCalledOnce();
  });

  it('shows no share button where files cannot be shared', () => {
    browserHas({ share: async () => undefined, canShare: () => false });
    renderActions();
    expect(screen.queryByRole('button', { name: labels.share })).toBeNull();
  });

  it('opens the PDF in a new tab where the browser shows PDFs, and says when the tab was blocked', async () => {
    browserHas({ pdfViewerEnabled: true });
    const open = vi
      .spyOn(window, 'open')
      .mockReturnValueOnce(null)
      .mockReturnValueOnce({ opener: window } as unknown as Window);
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: labels.open }));
    expect(messageOf(labels.open)).toHaveTextContent(
      'Tik nog een keer op ‘Open het plan als PDF’.',
    );
    await userEvent.click(screen.getByRole('button', { name: labels.open }));
    expect(open).toHaveBeenLastCalledWith('blob:pdf', '_blank');
    expect(messageOf(labels.open)).toHaveTextContent(
      'De PDF staat open in een nieuw tabblad. Daar kun je hem ook printen of bewaren.',
    );
  });

  it('prints the page’s own version, with its message under "Print"', async () => {
    const print = vi.fn();
    const { make } = renderActions({ print });
    await userEvent.click(screen.getByRole('button', { name: labels.print }));
    expect(print).toHaveBeenCalledOnce();
    expect(make).not.toHaveBeenCalled();
    expect(messageOf(labels.print)).toHaveTextContent('Het printscherm is open.');
  });

  it('does nothing when the form says something is missing, and says so when making fails', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { rerender } = renderActions({ make: async () => null });
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    expect(click).not.toHaveBeenCalled();
    expect(messageOf(labels.download)).toHaveTextContent('');

    rerender(
      <I18nextProvider i18n={createI18n('nl')}>
        <PdfActions
          labels={labels}
          cacheKey="k2"
          make={async () => {
            throw new Error('no memory');
          }}
        />
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    expect(messageOf(labels.download)).toHaveTextContent('Het maken van de PDF is niet gelukt.');
    expect(messageOf(labels.download)).toHaveClass('status-message--error');
  });

  it('makes the PDF again when what it is made from changed', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const make = vi.fn(async () => file);
    const ui = (key: string) => (
      <I18nextProvider i18n={createI18n('nl')}>
        <PdfActions labels={labels} cacheKey={key} make={make} />
      </I18nextProvider>
    );
    const { rerender } = render(ui('a'));
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    expect(make).toHaveBeenCalledTimes(1);
    rerender(ui('b'));
    await userEvent.click(screen.getByRole('button', { name: labels.download }));
    expect(make).toHaveBeenCalledTimes(2);
  });
});
