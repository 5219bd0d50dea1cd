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

  it('folds the menu behind one Menu button that says whether it is open', async () => {
    renderAt('/');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The button controls the part with the menu and the language switch.
    const controlled = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(controlled).not.toBeNull();
    expect(controlled).toContainElement(screen.getByRole('navigation', { name: 'Hoofdmenu' }));
    expect(controlled).toContainElement(screen.getByRole('button', { name: 'Switch to English' }));
    expect(controlled).toHaveAttribute('data-open', 'false');

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(controlled).toHaveAttribute('data-open', 'true');

    // Escape, from inside the menu, closes it and puts focus back on the button.
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Dossiers' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('closes the menu when a menu item opens another page', async () => {
    renderAt('/');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    await userEvent.click(screen.getByRole('link', { name: 'Instellingen' }));
    await screen.findByRole('heading', { level: 1, name: 'Instellingen' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves the menu open for Escape pressed outside the header', async () => {
    renderAt('/');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    screen.getByRole('link', { name: 'Begin' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'true');
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
