import { faker } from '@faker-js/faker';
import { PatientInput } from '../src/types';

export function randomPatient(): PatientInput {
  return {
    firstName: faker.person.firstName(),
    lastName: faker.person.lastName(),
    birthDate: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10),
    phone: faker.phone.number(),
    email: faker.internet.email({ provider: 'example.com' }),
  };
}

export const pinnedPatient: PatientInput = {
  firstName: 'Thaddeus',
  lastName: 'Vermeulen',
  birthDate: '1957-02-08',
  phone: '+1 612 447 3095',
  email: 'tvermeulen57@outlook.com',
  address: { line1: '2291 Alder Creek Dr', city: 'Eagan', state: 'MN', zip: '55122' },
};

export const anonymousPatient: PatientInput = {
  firstName: 'Test',
  lastName: 'Patient',
  birthDate: '',
  phone: '612-555-0100',
  email: 'test.patient@example.org',
};
