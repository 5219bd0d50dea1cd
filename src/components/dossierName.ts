import type { TFunction } from 'i18next';

interface Named {
  name: string;
  subject: 'self' | 'other';
  personName: string;
}

/** What a dossier is called: its own name, or "Voor Ans" / "Voor jezelf". */
export function dossierName(d: Named, t: TFunction): string {
  if (d.name) return d.name;
  return d.subject === 'other' && d.personName
    ? t('dossiers.personName', { name: d.personName })
    : t('dossiers.selfName');
}

/** The caption on every page of a dossier: who the preparation is for. */
export function dossierCaption(d: Named, t: TFunction): string {
  return d.subject === 'other' && d.personName
    ? t('dossiers.personName', { name: d.personName })
    : t('dossiers.selfName');
}
