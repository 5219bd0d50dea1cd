/** Puts focus back in the page when a notice with the focused button goes away. */
export function focusMain(): void {
  document.getElementById('main')?.focus();
}
