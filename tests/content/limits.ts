/** The plain-language limits (content-style.md), in one place. */
export const readabilityLimits = {
  /** Average words per sentence, per text block (Dutch). */
  meanWordsPerSentence: 12,
  /** No sentence longer than this (Dutch). */
  maxWordsPerSentence: 20,
} as const;
