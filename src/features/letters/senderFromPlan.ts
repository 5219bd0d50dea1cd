import type { LetterFields, WorksheetValue } from '../../storage/entries';

/** A Dutch postcode at the start of a line: "1234 AB Zwolle". */
const postcodeLine = /^\d{4}\s?[a-z]{2}\b/i;

/**
 * The sender of a letter as worksheet 1 already knows it (issue 17, item 11): the name, the address
 * (its postcode line apart, as a letter wants it) and the date of birth. Only what is filled in.
 */
export function senderFromPlan(worksheet: Readonly<Record<string, WorksheetValue>>): LetterFields {
  const sender: LetterFields = {};
  const name = worksheet.naam?.text?.trim();
  if (name) sender.name = name;
  const lines = (worksheet.adres?.text ?? '')
    .split(/\r?\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  const postcode = lines.findIndex((l) => postcodeLine.test(l));
  const street = postcode === -1 ? lines : lines.filter((_, i) => i !== postcode);
  if (street.length > 0) sender.address = street.join('\n');
  if (postcode !== -1) sender.postcodeCity = lines[postcode];
  const birth = worksheet.leeftijd?.birth?.trim();
  if (birth) sender.birthDate = birth;
  return sender;
}
