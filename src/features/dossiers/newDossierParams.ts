/** The new-dossier answers travel in the URL, so reload and "Terug" keep them (rule 4). */
export interface NewDossierParams {
  forWhom: 'zelf' | 'ander' | undefined;
  personName: string;
}

export function readParams(search: URLSearchParams): NewDossierParams {
  const voor = search.get('voor');
  return {
    forWhom: voor === 'zelf' || voor === 'ander' ? voor : undefined,
    personName: search.get('naam') ?? '',
  };
}

export function paramsHref(path: string, p: NewDossierParams): string {
  const search = new URLSearchParams();
  if (p.forWhom) search.set('voor', p.forWhom);
  if (p.forWhom === 'ander' && p.personName) search.set('naam', p.personName);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const newPaths = {
  forWhom: '/dossiers/nieuw',
  person: '/dossiers/nieuw/naam',
  helper: '/dossiers/nieuw/hulp',
} as const;
