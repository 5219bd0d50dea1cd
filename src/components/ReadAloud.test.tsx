import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { fakeVoice, installFakeSpeech } from '../../tests/fakeSpeech';
import { ReadAloud } from './ReadAloud';

afterEach(() => {
  vi.unstubAllGlobals();
});

function Page() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <h1>De stappen</h1>
      <ReadAloud target={ref} />
      <p>Je doet een melding. Daarna belt de gemeente je.</p>
    </div>
  );
}

/** The polite live region where the control explains itself. */
const messages = () => document.querySelector('.read-aloud [aria-live="polite"]');

function renderPage(language: 'nl' | 'en' = 'nl') {
  const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('ReadAloud', () => {
  it('reads the page sentence by sentence, and can pause, resume and stop', async () => {
    const synth = installFakeSpeech([fakeVoice('en-GB'), fakeVoice('nl-NL')]);
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));

    const pause = await screen.findByRole('button', { name: 'Pauzeer' });
    expect(synth.spoken).toEqual(['De stappen']);
    expect(synth.current?.voice?.lang).toBe('nl-NL');
    act(() => synth.finishCurrent());
    expect(synth.spoken).toEqual(['De stappen', 'Je doet een melding.']);

    await userEvent.click(pause);
    expect(synth.paused).toBe(true);
    const resume = screen.getByRole('button', { name: 'Ga verder' });
    expect(resume).toHaveFocus();
    await userEvent.click(resume);
    expect(synth.paused).toBe(false);
    expect(screen.getByRole('button', { name: 'Pauzeer' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Stop met voorlezen' }));
    expect(synth.speaking).toBe(false);
    expect(screen.queryByRole('button', { name: 'Stop met voorlezen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lees voor' })).toHaveFocus();
    expect(synth.spoken).toEqual(['De stappen', 'Je doet een melding.']);
    expect(messages()).toBeEmptyDOMElement();
  });

  it('goes back to "Lees voor" after the last sentence, keeping focus on a button', async () => {
    const synth = installFakeSpeech();
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    await screen.findByRole('button', { name: 'Pauzeer' });
    act(() => screen.getByRole('button', { name: 'Stop met voorlezen' }).focus());
    act(() => {
      synth.finishCurrent();
      synth.finishCurrent();
      synth.finishCurrent();
    });
    expect(synth.spoken).toEqual([
      'De stappen',
      'Je doet een melding.',
      'Daarna belt de gemeente je.',
    ]);
    expect(screen.getByRole('button', { name: 'Lees voor' })).toHaveFocus();
  });

  it('uses an English voice for the English interface', async () => {
    const synth = installFakeSpeech([fakeVoice('nl-NL'), fakeVoice('en-US')]);
    renderPage('en');
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect(synth.current?.voice?.lang).toBe('en-US');
  });

  it('explains that there is no Dutch voice on the device, instead of failing silently', async () => {
    // A network voice does not count: it would send the text off the device.
    const synth = installFakeSpeech([
      fakeVoice('en-GB'),
      fakeVoice('de-DE'),
      fakeVoice('nl-NL', 'Google Nederlands', false),
    ]);
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    const message = await screen.findByText(/geen Nederlandse stem\./);
    expect(message).toBe(messages());
    expect(message).toHaveTextContent(
      'Voorlezen kan niet, want dit apparaat heeft geen Nederlandse stem.',
    );
    expect(synth.spoken).toEqual([]);
    expect(screen.getByRole('button', { name: 'Lees voor' })).toBeInTheDocument();
  });

  it('explains that this browser cannot read aloud at all', async () => {
    renderPage();
    expect(messages()).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(messages()).toHaveTextContent(
      /^Voorlezen kan niet in deze browser\. Probeer een andere browser/,
    );
  });

  it('says so when the speech engine fails halfway', async () => {
    const synth = installFakeSpeech();
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    await screen.findByRole('button', { name: 'Pauzeer' });
    act(() => synth.failCurrent());
    expect(messages()).toHaveTextContent('Het voorlezen is gestopt door een fout.');
    expect(screen.getByRole('button', { name: 'Lees voor' })).toBeInTheDocument();
  });

  it('stops reading when it leaves the page', async () => {
    const synth = installFakeSpeech();
    const view = renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    await screen.findByRole('button', { name: 'Pauzeer' });
    view.unmount();
    expect(synth.speaking).toBe(false);
    expect(synth.spoken).toEqual(['De stappen']);
  });
});
