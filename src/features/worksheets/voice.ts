import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { personNameOr, voiced } from '../../content/personText';
import type { LocalizedText, Worksheet, WorksheetItem } from '../../content/schema';
import { useDossierContext } from '../../storage/hooks';
import { splitHelp } from './helpParts';

/**
 * The worksheet texts as this dossier speaks (issue 17, item 12): to the resident, or to the
 * helper about the person by name. `name` fills the plan.*Other strings that name the person.
 */
export function useWorksheetVoice() {
  const { dossier } = useDossierContext();
  const { i18n } = useTranslation();
  const l = useLocalize();
  const forSelf = dossier.subject === 'self';
  return {
    forSelf,
    name: personNameOr(dossier, i18n.language),
    intro: (ws: Worksheet) => voiced(ws.intro, ws.introOther, dossier),
    label: (item: WorksheetItem) => l(voiced(item.label, item.labelOther, dossier)),
    help: (item: WorksheetItem) => voiced(item.help, item.helpOther, dossier),
    /** The help split in two: its first paragraph as the hint, the rest for "Meer uitleg". */
    helpParts: (item: WorksheetItem) => splitHelp(voiced(item.help, item.helpOther, dossier)),
    /** Any other text with an "Other" twin, such as the plan tips. */
    text: (self: LocalizedText, other: LocalizedText | undefined) => voiced(self, other, dossier),
  };
}
