// The tijdens and na checklists lead with the few points that matter most (issue 17, item 14).
import { describe, expect, it } from 'vitest';
import { after } from '../../src/content/after';
import { during } from '../../src/content/during';
import type { ChecklistSection } from '../../src/content/schema';

const essentials = (sections: readonly ChecklistSection[]) =>
  sections.flatMap((s) => s.items.filter((i) => i.essential));
const ids = (sections: readonly ChecklistSection[]) =>
  sections.flatMap((s) => s.items.map((i) => i.id));

// Every tick is stored as tick:during:<id> or tick:after:<id>: an id that goes away loses ticks.
const idsBeforeIssue17 = {
  during: [
    'samen-voorbereiden', 'hulpvraag-opschrijven', 'zelf-geprobeerd', 'netwerk-opschrijven',
    'wat-blijft-over', 'rollen-afspreken', 'zelf-het-woord', 'spullen-klaarleggen', 'plan-mee',
    'id-mee', 'doel-vragen', 'resultaat-vragen', 'vandaag-besluiten', 'samen-oplossen',
    'duur-vragen', 'mantelzorger-noemen', 'mantelzorger-steun', 'mantelzorger-apart',
    'verslag-vragen', 'open-zijn', 'privacy', 'uitleg-vragen', 'echt-gesprek',
    'behoefte-vertellen', 'probleem-vertellen', 'eerlijk', 'zelf-nagedacht', 'netwerk-nagedacht',
    'nog-nodig', 'goede-oplossing', 'verwachting', 'samen-kijken', 'mix-oplossingen',
    'kritisch-meedenken', 'open-voor-ideeen', 'creatief', 'maatwerk-bespreken',
    'maatwerk-aanvragen', 'natura-of-pgb', 'pgb-vragen', 'later-bellen', 'verslag-wanneer',
    'reageren-hoe', 'vervolg-vragen', 'oplossingen-duidelijk', 'wie-doet-wat', 'aanvraag-stap',
    'contact-houden',
  ],
  after: [
    'verslag-ontvangen', 'verslag-navragen', 'samen-lezen', 'klopt-het', 'mist-er-iets',
    'oplossingen-duidelijk', 'oplossingen-passend', 'reactie-sturen', 'ontvangst-vragen',
    'tweede-gesprek', 'geen-bezwaar-verslag', 'of-aanvragen', 'welke-voorziening',
    'aanvraag-schrijven', 'aanvraag-sturen', 'kopie-id', 'verwijzen-verslag', 'verwijzen-plan',
    'rode-draad', 'besluit-ontvangen', 'besluit-te-laat', 'samen-bestuderen', 'eens',
    'bezwaar-maken', 'hoorzitting', 'voorlopige-voorziening', 'beroep-gaan', 'hulp-vragen',
    'veranderingen-melden', 'herbeoordeling', 'nieuw-gesprek', 'nabespreken', 'lijstje-nalopen',
    'iets-vergeten', 'klacht', 'ombudsman',
  ],
};

describe.each([
  ['during', during.phases],
  ['after', after.sections],
] as const)('the %s checklist', (name, sections) => {
  it('leads with 5 to 8 essential points', () => {
    const lead = essentials(sections);
    expect(lead.length).toBeGreaterThanOrEqual(5);
    expect(lead.length).toBeLessThanOrEqual(8);
  });

  it('keeps every point, so that no tick is lost', () => {
    expect(ids(sections)).toEqual(expect.arrayContaining(idsBeforeIssue17[name]));
  });
});

it('the gespreksmodus (without "voordat het gesprek begint") still leads with 5 to 8 points', () => {
  const atTheTable = during.phases.filter((p) => p.id !== 'voor-het-gesprek');
  const lead = essentials(atTheTable);
  expect(lead.length).toBeGreaterThanOrEqual(5);
  expect(lead.length).toBeLessThanOrEqual(8);
});
