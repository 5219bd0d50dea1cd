import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearNewDossierDraft,
  emptyDraft,
  newDossierDraft,
  setNewDossierDraft,
} from './newDossierDraft';
import { setVaultState, type LockRecord } from './vault';

const lock = { key: 'lock', idleMinutes: 15 } as LockRecord;

beforeEach(() => {
  clearNewDossierDraft();
  setVaultState({ mode: 'off' });
});

describe('the new-dossier draft', () => {
  it('keeps a name only for someone else', () => {
    setNewDossierDraft({ forWhom: 'ander', personName: 'Rietje' });
    expect(newDossierDraft()).toEqual({ forWhom: 'ander', personName: 'Rietje' });
    setNewDossierDraft({ forWhom: 'zelf', personName: 'Rietje' });
    expect(newDossierDraft()).toEqual({ forWhom: 'zelf', personName: '' });
  });

  it('is forgotten when the app locks', () => {
    setNewDossierDraft({ forWhom: 'ander', personName: 'Rietje' });
    setVaultState({ mode: 'locked', lock });
    expect(newDossierDraft()).toBe(emptyDraft);
  });

  it('is forgotten when another tab wipes everything', () => {
    setNewDossierDraft({ forWhom: 'ander', personName: 'Rietje' });
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(newDossierDraft()).toBe(emptyDraft);
  });
});
