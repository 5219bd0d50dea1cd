import { createContext } from 'react';

/**
 * True inside a <label> (CheckItem): a button may not sit in a label (HTML: no labelable element
 * other than its control), and a tap there would tick the box. Terms there stay links.
 */
export const TermsAsLinks = createContext(false);
