import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { listDossiers } from '../../storage/dossierRepository';
import { resetAutosave } from '../../storage/autosave';

const person = 'Rietje';
const helper = 'Kees';

type Router = ReturnType<typeof renderApp>['router'];

/** The address, the history state and the title: where a browser keeps what a page was. */
function expectNoNames(router: Router) {
  const { pathname, search, hash, state } = router.state.location;
  for (const name of [person, helper]) {
    expect(document.title).not.toContain(name);
    expect(decodeURIComponent(pathname + search + hash)).not.toContain(name);
    expect(JSON.stringify(state ?? null)).not.toContain(name);
  }
}

// The machine may be busy: a lazy page can take longer than Testing Library's 1 s.
const slow = { timeout: 5000 };
/** Waits for the page's <h1>, and for its title (set just after), so the title checked is its own. */
async function h1(name: string | RegExp) {
  await screen.findByRole('heading', { level: 1, name }, slow);
  const title = typeof name === 'string' ? name : 'Bereid het gesprek voor';
  await waitFor(() => expect(document.title).toBe(`${title} – Aan tafel`), slow);
}

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  document.title = '';
  await freshDatabase();
});

describe('the new-dossier wizard', () => {
  it('keeps the names out of every address and title, and "Terug" still knows them', async () => {
    const { router } = renderApp('/dossiers/nieuw');
    await userEvent.click(await screen.findByLabelText(/Voor iemand anders/, {}, slow));
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));

    await h1('Wat is de voornaam van die persoon?');
    expectNoNames(router);
    await userEvent.type(screen.getByLabelText('Voornaam'), person);
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));

    await h1('Helpt iemand bij het invullen?');
    expectNoNames(router);
    expect(router.state.location.search).toBe('');

    await userEvent.click(screen.getByRole('link', { name: 'Terug' }));
    await h1('Wat is de voornaam van die persoon?');
    expect(screen.getByLabelText('Voornaam')).toHaveValue(person);
    expectNoNames(router);
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));

    await h1('Helpt iemand bij het invullen?');
    await userEvent.type(screen.getByLabelText(/Naam van wie helpt/), helper);
    await userEvent.click(screen.getByRole('button', { name: 'Maak het dossier' }));
    await h1(/Bereid het gesprek voor/);
    expectNoNames(router);
    const [made] = await listDossiers();
    expect(made).toMatchObject({ subject: 'other', personName: person, helperName: helper });
  });

  it('forgets the answers once the dossier is made', async () => {
    const { router } = renderApp('/dossiers/nieuw');
    await userEvent.click(await screen.findByLabelText(/Voor iemand anders/, {}, slow));
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    await userEvent.type(await screen.findByLabelText('Voornaam', {}, slow), person);
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Maak het dossier' }, slow));
    await h1(/Bereid het gesprek voor/);

    await router.navigate('/dossiers/nieuw');
    await h1('Voor wie bereid je het gesprek voor?');
    expect(screen.getByLabelText(/Voor iemand anders/)).not.toBeChecked();
  });

  it('takes an old address with the name in it, and removes the name from it at once', async () => {
    const { router } = renderApp('/dossiers/nieuw/hulp?voor=ander&naam=Rietje');
    await h1('Helpt iemand bij het invullen?');
    await waitFor(() => expect(router.state.location.search).toBe(''), slow);
    expect(router.state.location.pathname).toBe('/dossiers/nieuw/hulp');
    expectNoNames(router);
    await userEvent.click(screen.getByRole('button', { name: 'Maak het dossier' }));
    await h1(/Bereid het gesprek voor/);
    expect((await listDossiers())[0]?.personName).toBe(person);
  });
});
