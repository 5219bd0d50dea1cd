export const browserArgs: string[];
export function browserPath(): string;
