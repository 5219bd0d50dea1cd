import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { RichText } from './RichText';

function renderText(text: string) {
  const router = createMemoryRouter([
    { path: '/', element: <RichText text={text} termHref={(id) => `/begrippen#${id}`} /> },
  ]);
  return render(<RouterProvider router={router} />);
}

describe('RichText', () => {
  it('renders paragraphs, a list after an intro line, emphasis and term links', () => {
    const { container } = renderText(
      'Doe eerst een [[melding|*melding*]].\n\nIn de app vind je:\n- vragen\n- een plan',
    );
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'vragen',
      'een plan',
    ]);
    const link = screen.getByRole('link', { name: 'melding' });
    expect(link).toHaveAttribute('href', '/begrippen#melding');
    expect(link.querySelector('em')).not.toBeNull();
  });
});

describe('RichText with terms explained in place', () => {
  const explain = (id: string) =>
    id === 'melding'
      ? { title: 'Melding', definition: 'Je vertelt het de [[gemeente]].', href: '/b#melding' }
      : undefined;

  function renderInPlace(text: string) {
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <I18nextProvider i18n={createI18n('nl')}>
            <RichText text={text} termHref={(id) => `/b#${id}`} explain={explain} />
          </I18nextProvider>
        ),
      },
    ]);
    return render(<RouterProvider router={router} />);
  }

  it('opens the explanation after the sentence, and closes it again', async () => {
    const { container } = renderInPlace(
      'Doe een [[melding]] bij de gemeente. Dat kan ook later. Lees de [[beschikking]].',
    );
    const term = screen.getByRole('button', { name: 'melding' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(term).not.toHaveAttribute('aria-controls');
    // A term without an explanation stays a link.
    expect(screen.getByRole('link', { name: 'beschikking' })).toHaveAttribute(
      'href',
      '/b#beschikking',
    );

    await userEvent.click(term);
    const panel = screen.getByRole('group', { name: 'Melding' });
    expect(term).toHaveAttribute('aria-controls', panel.id);
    expect([...container.children].map((e) => e.textContent)).toEqual([
      'Doe een melding bij de gemeente.',
      expect.stringContaining('Je vertelt het de gemeente.'),
      'Dat kan ook later. Lees de beschikking.',
    ]);
    // The explanation's own terms are plain words: one step at a time.
    expect(within(panel).queryByRole('button', { name: 'gemeente' })).toBeNull();

    await userEvent.click(term);
    expect(screen.queryByRole('group')).toBeNull();
    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(term).toHaveFocus();
  });

  it('in a list item, opens the explanation inside that item', async () => {
    renderInPlace('Wat je doet:\n- een [[melding]] doen\n- wachten');
    await userEvent.click(screen.getByRole('button', { name: 'melding' }));
    const items = screen.getAllByRole('listitem');
    expect(within(items[0] as HTMLElement).getByRole('group', { name: 'Melding' })).toBeVisible();
    expect(items[1]).toHaveTextContent('wachten');
  });
});
