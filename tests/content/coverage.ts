/**
 * What the sources require to be present: every worksheet item of the brochure
 * (werkblad 1–5), the mantelzorger part (Wmo 2.3.2 lid 4d), the 11 worries of the
 * handreiking, and the glossary terms named in content-style.md and issue 3.
 */
export const expectedWorksheetItems: Record<string, string[]> = {
  voorstellen: [
    'naam',
    'adres',
    'geslacht',
    'leeftijd',
    'burgerlijke-staat',
    'zorg-nu',
    'mantelzorg-nu',
    'woonsituatie',
  ],
  knelpunten: [
    'knelpunt-wonen',
    'knelpunt-verzorging',
    'knelpunt-huishouden',
    'knelpunt-dagbesteding',
    'knelpunt-financien',
    'knelpunt-administratie',
    'knelpunt-vervoer',
    'knelpunt-contacten',
    'knelpunt-vrije-tijd',
    'knelpunt-zorg',
    'knelpunt-geloof',
  ],
  'zelf-oplossen': ['eigen-kracht', 'mantelzorg-familie', 'buren-vrienden', 'voorzieningen-omgeving'],
  ondersteuning: [
    'vraag-woningaanpassing',
    'vraag-hulpmiddelen',
    'vraag-huishouden',
    'vraag-dagbesteding',
    'vraag-begeleiding',
    'vraag-contacten',
  ],
  vorm: ['vorm-ondersteuning', 'voorkeur-pgb', 'aanbieder-natura', 'voorzieningen-concreet'],
  mantelzorger: ['mantelzorger-zorg-nu', 'mantelzorger-volhouden', 'mantelzorger-steun'],
};

export const expectedWorries = Array.from({ length: 11 }, (_, i) => `zorg-${i + 1}`);

export const requiredGlossary = [
  'melding',
  'aanvraag',
  'beschikking',
  'maatwerkvoorziening',
  'algemene-voorziening',
  'pgb',
  'zorg-in-natura',
  'clientondersteuner',
  'onafhankelijke-clientondersteuner',
  'mantelzorger',
  'bezwaar',
  'beroep',
  'verslag',
  'cak',
  'eigen-bijdrage',
  'respijtzorg',
  'noodvoorziening',
  'sociaal-netwerk',
];
