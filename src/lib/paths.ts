/** Routes that pages and content link to. The route table in src/app/router.tsx uses the same slugs. */
export const paths = {
  start: '/',
  dossiers: '/dossiers',
  settings: '/instellingen',
  about: '/over-deze-app',
  info: '/over-het-gesprek',
  infoSections: {
    procedure: '/over-het-gesprek/stappen',
    during: '/over-het-gesprek/tijdens',
    after: '/over-het-gesprek/na',
    worries: '/over-het-gesprek/zorgen-en-rechten',
    glossary: '/over-het-gesprek/begrippen',
  },
} as const;

export function glossaryHref(termId: string): string {
  return `${paths.infoSections.glossary}#${termId}`;
}

/** True when `path` is one of `prefixes` or a page below one ('/a' covers '/a/b', not '/ab'). */
export function isUnder(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => path === p || path.startsWith(`${p}/`));
}
