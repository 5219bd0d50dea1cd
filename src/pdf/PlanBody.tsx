import { Text, View } from '@react-pdf/renderer';
import { labelLead, type PlanDocument } from '../domain/planDocument';
import type { PdfStyles } from './theme';

/**
 * What a plan PDF shows below its header, for the resident's own plan (features/export) and the
 * example plan (features/example) alike: the sections in the brochure's order, and the footer.
 */
export function PlanSections({
  doc,
  s,
  privateTag,
}: {
  doc: PlanDocument;
  s: PdfStyles;
  /** Shown before a private answer in the private version; none in the example. */
  privateTag?: string;
}) {
  return doc.sections.map((section, i) => (
    <View key={section.id}>
      <Text style={s.h2} minPresenceAhead={80}>
        {`${i + 1}. ${section.title}`}
      </Text>
      {section.items.map((item) => (
        <Text key={item.id} style={s.item}>
          <Text style={s.label}>{labelLead(item.label)}</Text>
          {privateTag && item.private && doc.version === 'zelf' ? (
            <Text style={s.tag}>{`[${privateTag}] `}</Text>
          ) : null}
          {item.text}
        </Text>
      ))}
    </View>
  ));
}

/** "pagina 1 van 2", on every page. */
export function PageFooter({
  s,
  page,
}: {
  s: PdfStyles;
  page: (n: number, total: number) => string;
}) {
  return (
    <Text
      style={s.footer}
      fixed
      render={({ pageNumber, totalPages }) => page(pageNumber, totalPages)}
    />
  );
}
