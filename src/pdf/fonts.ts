import { Font } from '@react-pdf/renderer';
import { fontFiles } from './fontFiles';

/**
 * One bundled font with latin and latin-ext (WOFF: react-pdf cannot read WOFF2). The two
 * subsets are two families; react-pdf falls back from one to the other per character.
 */
export const pdfFontFamily = ['Atkinson', 'AtkinsonExt'];

let registered = false;
export function registerPdfFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: 'Atkinson',
    fonts: [
      { src: fontFiles.latin400, fontWeight: 400 },
      { src: fontFiles.latin700, fontWeight: 700 },
    ],
  });
  Font.register({
    family: 'AtkinsonExt',
    fonts: [
      { src: fontFiles.ext400, fontWeight: 400 },
      { src: fontFiles.ext700, fontWeight: 700 },
    ],
  });
  // Never break Dutch words with English hyphenation rules.
  Font.registerHyphenationCallback((word) => [word]);
}
