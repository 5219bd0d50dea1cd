import { addDaysIso } from '../../domain/calendar';

/** The one wrapper around the `ics` package (architecture rule 6); it loads only when asked. */
export interface CalendarItem {
  /** ISO calendar date; the event lasts that whole day. */
  date: string;
  title: string;
  description: string;
  reminder: string;
  uid: string;
}

export async function calendarFile(
  items: readonly CalendarItem[],
  calendarName: string,
): Promise<string> {
  const { createEvents } = await import('ics');
  const day = (iso: string): [number, number, number] => {
    const [y, m, d] = iso.split('-').map(Number);
    return [y ?? 0, m ?? 0, d ?? 0];
  };
  const { error, value } = createEvents(
    items.map((i) => ({
      uid: i.uid,
      start: day(i.date),
      end: day(addDaysIso(i.date, 1)),
      title: i.title,
      description: i.description,
      productId: 'aantafel/termijnen',
      alarms: [
        {
          action: 'display' as const,
          description: i.reminder,
          trigger: { hours: 48, before: true },
        },
      ],
    })),
    { calName: calendarName },
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be made');
  return value;
}
