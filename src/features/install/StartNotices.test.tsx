import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';
import { database } from '../../storage/db';
import { createDossier } from '../../storage/dossierRepository';
import { deviceWasUsed } from '../../storage/deviceMarker';
import { installOffer, resetInstallPromptForTests } from '../../lib/installPrompt';
import { forgetDevice, freshRealDatabase, pretendDevice, userAgents } from './testDevice';

const slow = { timeout: 5000 };
const iosTitle = { level: 2, name: 'Gebruik je een iPhone of iPad?' } as const;
const emptyTitle = { name: 'Je dossiers staan niet meer op dit apparaat' } as const;

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  resetInstallPromptForTests();
  await freshRealDatabase();
});
afterEach(() => forgetDevice());

/** The start page, with the module of its notices loaded (it loads after the page). */
async function start() {
  const view = renderApp('/');
  await screen.findByRole('link', { name: 'Begin' }, slow);
  await vi.dynamicImportSettled();
  return view;
}

describe('on an iPhone, in Safari', () => {
  it('says once, calmly, what Safari can do, and where the steps and a backup are', async () => {
    pretendDevice(userAgents.iphone);
    const view = await start();
    const notice = await screen.findByRole('region', { name: iosTitle.name }, slow);
    expect(notice).toHaveTextContent(
      'Safari wist alles wat een website heeft bewaard als je die website 7 dagen niet hebt geopend. Het gaat om dagen waarop je Safari wel gebruikt. Een app op je beginscherm valt daar niet onder.',
    );
    expect(
      within(notice).getByRole('link', { name: 'Zo zet je Aan tafel op je beginscherm' }),
    ).toHaveAttribute('href', '/op-beginscherm');
    expect(within(notice).getByRole('link', { name: 'Maak een reservekopie' })).toHaveAttribute(
      'href',
      '/reservekopie',
    );
    // Calm: a quiet box, no alert.
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(within(notice).getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByRole('heading', iosTitle)).toBeNull();
    expect(document.getElementById('main')).toHaveFocus();

    // Remembered: the next time the app opens, it stays away.
    view.unmount();
    await start();
    await screen.findByText(/^Was je hier eerder bezig/, {}, slow);
    expect(screen.queryByRole('heading', iosTitle)).toBeNull();
  });

  it('on an empty start page, says what may have happened and how to restore', async () => {
    pretendDevice(userAgents.iphone);
    await start();
    const hint = await screen.findByText(/^Was je hier eerder bezig en is alles weg\?/, {}, slow);
    expect(within(hint).getByRole('link', { name: 'Zet een reservekopie terug' })).toHaveAttribute(
      'href',
      '/reservekopie',
    );
  });
});

describe('installed on the Home Screen', () => {
  it('asks nothing more, and on an empty app says where the Safari dossiers went', async () => {
    pretendDevice(userAgents.iphone, { standalone: true });
    await start();
    await screen.findByText(/^Heb je eerder in Safari gewerkt\?/, {}, slow);
    expect(screen.queryByRole('heading', iosTitle)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Installeer de app' })).toBeNull();
  });
});

describe('storage that is suddenly empty', () => {
  it('says what probably happened and how to restore, until she puts it away', async () => {
    pretendDevice(userAgents.desktop);
    await createDossier({ subject: 'self' });
    await database().dossiers.clear();
    await start();
    const notice = await screen.findByRole('region', emptyTitle, slow);
    expect(notice).toHaveTextContent('Op dit apparaat is eerder een dossier gemaakt.');
    expect(notice).toHaveTextContent('Waarschijnlijk heeft de browser gewist');
    expect(
      within(notice).getByRole('link', { name: 'Zet een reservekopie terug' }),
    ).toHaveAttribute('href', '/reservekopie');
    expect(notice).toHaveTextContent('Heb je geen reservekopie?');

    await userEvent.click(within(notice).getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByRole('region', emptyTitle)).toBeNull();
    await waitFor(async () => expect(await deviceWasUsed()).toBe(false));
  });

  it('names Safari on an iPhone', async () => {
    pretendDevice(userAgents.iphone);
    await createDossier({ subject: 'self' });
    await database().dossiers.clear();
    await start();
    const notice = await screen.findByRole('region', emptyTitle, slow);
    expect(notice).toHaveTextContent('Waarschijnlijk heeft Safari gewist wat de app had bewaard.');
  });

  it('says nothing while the dossiers are there', async () => {
    pretendDevice(userAgents.desktop);
    await createDossier({ subject: 'self' });
    // The check has run once the mark that localStorage lost is written again.
    localStorage.clear();
    await start();
    await waitFor(() => expect(localStorage.getItem('aantafel-device-marker')).not.toBeNull());
    expect(screen.queryByRole('region', emptyTitle)).toBeNull();
    expect(screen.queryByText(/^Was je hier eerder bezig/)).toBeNull();
  });
});

describe("Chromium's install offer", () => {
  function offerInstall() {
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    window.dispatchEvent(event);
    return prompt;
  }

  it('shows the install button only once the browser offers it, and opens its question', async () => {
    pretendDevice(userAgents.desktop);
    await start();
    expect(screen.queryByRole('button', { name: 'Installeer de app' })).toBeNull();
    const prompt = offerInstall();
    await userEvent.click(await screen.findByRole('button', { name: 'Installeer de app' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Installeer de app' })).toBeNull();
    window.dispatchEvent(new Event('appinstalled'));
    expect(installOffer().installed).toBe(true);
  });

  it('"Niet nu" puts it away, also the next time', async () => {
    pretendDevice(userAgents.desktop);
    const view = await start();
    offerInstall();
    await userEvent.click(await screen.findByRole('button', { name: 'Niet nu' }));
    expect(screen.queryByRole('button', { name: 'Installeer de app' })).toBeNull();
    view.unmount();
    offerInstall();
    await start();
    expect(screen.queryByRole('button', { name: 'Installeer de app' })).toBeNull();
  });
});

it('on a computer with nothing stored, the start page says nothing extra', async () => {
  pretendDevice(userAgents.desktop);
  await start();
  // An offer shows that the notices are there; nothing else is said.
  window.dispatchEvent(
    Object.assign(new Event('beforeinstallprompt'), { prompt: () => Promise.resolve() }),
  );
  await screen.findByRole('button', { name: 'Installeer de app' });
  expect(screen.queryAllByRole('region')).toEqual([]);
  expect(screen.queryByText(/^Was je hier eerder bezig/)).toBeNull();
});
