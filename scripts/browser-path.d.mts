export const browserArgs: string[];
export function findBrowserPath(): string | undefined;
export function browserPath(): string;
