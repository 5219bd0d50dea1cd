import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from './App';
import { routes } from './router';
import { defaultPreferences, usePreferences } from '../features/settings/preferences';

function renderAt(path: string) {
  return render(<App makeRouter={() => createMemoryRouter(routes, { initialEntries: [path] })} />);
}

beforeEach(() => {
  localStorage.clear();
  usePreferences.setState({ ...defaultPreferences });
});

describe('layout', () => {
  it('has the landmarks, and a skip link that Tab reaches first', async () => {
    renderAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bereid je keukentafelgesprek voor' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();

    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Naar de inhoud' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');
  });

  it('switches the whole page to English and back, and sets <html lang>', async () => {
    renderAt('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Prepare your kitchen-table talk' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(usePreferences.getState().language).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Wissel naar Nederlands' }));
    expect(await screen.findByRole('link', { name: 'Begin' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('moves focus to the new page heading after navigation', async () => {
    renderAt('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Instellingen' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Instellingen' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Instellingen – Aan tafel');
  });

  it('shows a 404 page for an unknown address', async () => {
    renderAt('/bestaat-niet');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
  });
});
