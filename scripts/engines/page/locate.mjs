// Runs in the page (serialized by the engine adapters): finds one element the way a resident
// names it, by its role and accessible name, or a form field by its label. The same rules in
// every engine, close to Playwright's getByRole and getByLabel in e2e/.

/**
 * @param {{ role?: string, name?: string, label?: string, level?: number, partial?: boolean,
 *   hidden?: boolean }} query  `name` matches whole (after collapsing spaces) unless `partial`;
 *   `label` always matches part of the label, as getByLabel does. The first match that is shown
 *   counts (or any match, with `hidden`).
 * @param {'element' | 'select' | 'exists' | 'value' | 'checked'} [what]  what to return: the
 *   element, or (after selecting its text) the element, true, its value, or whether it is checked
 * @returns {Element | string | boolean | null} null when nothing matches
 */
export function locate(query, what = 'element') {
  const roles = {
    button: 'button, [role=button], input[type=submit], input[type=button]',
    link: 'a[href], [role=link]',
    heading: query.level ? `h${query.level}` : 'h1, h2, h3, h4, h5, h6',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    textbox:
      'textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=search], input[type=password], input[type=number]',
  };
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (el) => clean(el.innerText ?? el.textContent);
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      return clean(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    }
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    if (el.labels?.length) return clean([...el.labels].map((l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement && el.type === 'submit') return clean(el.value);
    return textOf(el);
  };
  const shown = (el) => {
    if (query.hidden) return true;
    if (!el.getClientRects().length) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  const fits = (name) => {
    if (query.label !== undefined) return name.toLowerCase().includes(query.label.toLowerCase());
    return query.partial ? name.includes(query.name) : name === query.name;
  };
  const selector = query.label !== undefined ? 'input, textarea, select' : roles[query.role];
  if (!selector) throw new Error(`locate: unknown role ${query.role}`);
  const found = [...document.querySelectorAll(selector)].filter(
    (el) => (query.name === undefined && query.label === undefined) || fits(nameOf(el)),
  );
  const el = found.find(shown);
  if (!el) return null;
  if (what === 'exists') return true;
  if (what === 'value') return el.value;
  if (what === 'checked') return el.checked;
  if (what === 'select') el.select();
  return el;
}
