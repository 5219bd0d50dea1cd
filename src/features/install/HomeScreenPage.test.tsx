import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { renderApp } from '../../../tests/renderApp';
import { createI18n } from '../../i18n/i18n';
import { resetInstallPromptForTests } from '../../lib/installPrompt';
import { HomeScreenPage } from './HomeScreenPage';
import { forgetDevice, freshRealDatabase, pretendDevice, userAgents } from './testDevice';

const slow = { timeout: 5000 };

beforeEach(async () => {
  localStorage.clear();
  resetInstallPromptForTests();
  await freshRealDatabase();
});
afterEach(() => forgetDevice());

async function open() {
  renderApp('/op-beginscherm');
  return screen.findByRole('heading', { level: 1, name: 'Zet Aan tafel op je beginscherm' }, slow);
}

describe('"Zet op beginscherm"', () => {
  it('on an iPhone: the steps, with a drawing and its caption where it helps', async () => {
    pretendDevice(userAgents.iphone);
    await open();
    const steps = within(screen.getByRole('list', { name: 'Stappen op een iPhone of iPad' }));
    const items = steps.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Open Aan tafel in Safari.',
      'Tik op de knop Delen. Dat is het vierkantje met een pijl omhoog. Je vindt hem onder of boven in beeld.',
      'Zie je de knop Delen niet? Tik dan eerst op de knop met drie puntjes (•••).',
      'Kies ‘Zet op beginscherm’. Zie je dat niet? Scroll dan omlaag in het lijstje.',
      'Tik op ‘Voeg toe’.',
      'Open Aan tafel voortaan met het nieuwe pictogram op je beginscherm.',
    ]);
    const figures = steps.getAllByRole('figure');
    expect(figures).toHaveLength(4);
    for (const figure of figures) {
      // The caption says in words what the drawing shows; the drawing itself is hidden.
      expect(figure.querySelector('figcaption')?.textContent).toMatch(/^Tekening: /);
      expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
    expect(screen.getByText(/^Heb je al iets ingevuld in Safari\?/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Maak een reservekopie' })).toHaveAttribute(
      'href',
      '/reservekopie',
    );
  });

  it('in English too, with the words of the English iPhone', async () => {
    pretendDevice(userAgents.iphone);
    const router = createMemoryRouter([{ path: '/', element: <HomeScreenPage /> }]);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Put Aan tafel on your Home Screen' },
      slow,
    );
    expect(
      screen.getByText(
        'Choose ‘Add to Home Screen’. Can you not see it? Then scroll down the list.',
      ),
    ).toBeVisible();
    expect(screen.getAllByRole('figure')[0]?.querySelector('figcaption')).toHaveTextContent(
      /^Drawing: the Safari bar\. The Share button is circled/,
    );
  });

  it('once installed: nothing more to do', async () => {
    pretendDevice(userAgents.iphone, { standalone: true });
    await open();
    expect(
      screen.getByText('Je gebruikt Aan tafel al als app. Je hoeft niets meer te doen.'),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Stappen op een iPhone of iPad' })).toBeNull();
  });

  it("elsewhere: the browser's install button when it offers one", async () => {
    pretendDevice(userAgents.desktop);
    const prompt = vi.fn(() => Promise.resolve());
    window.dispatchEvent(
      Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt }),
    );
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Installeer de app' }));
    expect(prompt).toHaveBeenCalledOnce();
    // No "Niet nu" on the page she came to herself.
    expect(screen.queryByRole('button', { name: 'Niet nu' })).toBeNull();
  });
});
