/** Routes that content links to. The route table in src/app/router.tsx uses the same slugs. */
export const paths = {
  start: '/',
  dossiers: '/dossiers',
  settings: '/instellingen',
  about: '/over-deze-app',
  info: '/over-het-gesprek',
  glossary: '/over-het-gesprek/begrippen',
} as const;

export function glossaryHref(termId: string): string {
  return `${paths.glossary}#${termId}`;
}
