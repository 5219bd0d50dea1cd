import { Text, View } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import type { LetterStyles } from './letterStyles';

/** One paragraph of a letter or a note: plain lines, and lines starting "- " as a list. */
export function LetterParagraph({
  text,
  l,
  style,
}: {
  text: string;
  l: LetterStyles;
  style?: ComponentProps<typeof View>['style'];
}) {
  return (
    <View style={style ?? l.paragraph}>
      {text.split('\n').map((line, i) =>
        line.startsWith('- ') ? (
          <View key={i} style={l.listRow} wrap={false}>
            <Text style={l.bullet}>•</Text>
            <Text style={l.listText}>{line.slice(2)}</Text>
          </View>
        ) : (
          <Text key={i} style={l.line}>
            {line}
          </Text>
        ),
      )}
    </View>
  );
}
