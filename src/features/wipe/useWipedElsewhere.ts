import { useEffect, useState } from 'react';
import { wipedElsewhereMark } from '../../storage/vault';

function marked(): boolean {
  try {
    return sessionStorage.getItem(wipedElsewhereMark) === '1';
  } catch {
    return false;
  }
}

/**
 * True when this tab was loaded anew because another tab wiped everything (issue 16, item 4).
 * Said once: the mark goes as soon as the page has read it.
 */
export function useWipedElsewhere(): boolean {
  const [elsewhere] = useState(marked);
  useEffect(() => {
    try {
      sessionStorage.removeItem(wipedElsewhereMark);
    } catch {
      // Storage blocked: then there was no mark either.
    }
  }, []);
  return elsewhere;
}
