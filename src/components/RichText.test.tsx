import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
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
