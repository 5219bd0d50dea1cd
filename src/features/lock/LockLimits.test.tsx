import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('the lock page is honest about its limits', () => {
  it('says what the browser keeps, what can be lost, and what to do', async () => {
    renderApp('/vergrendeling');
    const section = await screen.findByRole(
      'region',
      { name: 'Wat de vergrendeling niet kan' },
      { timeout: 5000 },
    );
    expect(section).toHaveTextContent('Wis ook je browsergeschiedenis.');
    expect(section).toHaveTextContent('kan nog een tijd leesbaar op de schijf staan');
    expect(section).toHaveTextContent('Dan kunnen de laatste letters ontbreken.');
    expect(section).toHaveTextContent(
      'Op een gedeelde computer: gebruik een eigen browserprofiel.',
    );
  });
});
