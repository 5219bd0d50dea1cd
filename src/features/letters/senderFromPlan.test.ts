import { describe, expect, it } from 'vitest';
import { senderFromPlan } from './senderFromPlan';

describe('the sender of a letter from worksheet 1', () => {
  it('takes the name, the address with its postcode line apart, and the date of birth', () => {
    expect(
      senderFromPlan({
        naam: { text: ' Riet de Boer ', private: false },
        adres: { text: 'Dorpsstraat 12\n8011 AB Zwolle', private: false },
        leeftijd: { text: '78', birth: '3-2-1948', private: false },
      }),
    ).toEqual({
      name: 'Riet de Boer',
      address: 'Dorpsstraat 12',
      postcodeCity: '8011 AB Zwolle',
      birthDate: '3-2-1948',
    });
  });

  it('reads an address on one line, and leaves out what is empty', () => {
    expect(
      senderFromPlan({ adres: { text: 'Dorpsstraat 12, 8011AB Zwolle', private: false } }),
    ).toEqual({
      address: 'Dorpsstraat 12',
      postcodeCity: '8011AB Zwolle',
    });
    expect(senderFromPlan({ naam: { text: '  ', private: false } })).toEqual({});
  });
});
