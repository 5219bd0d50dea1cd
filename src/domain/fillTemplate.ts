/**
 * Fills `{name}` placeholders. A placeholder without a value throws: a letter must never go out
 * with "{date}" in it, and a typo in the content should fail the tests, not the resident.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return value;
  });
}
