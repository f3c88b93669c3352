const { buildPatient, formatPhone } = require('../src/patientFactory');

const clinic = {
  name: 'Riverbend Pediatrics',
  phone: '(971) 336-2048',
  email: 'frontdesk@riverbend-peds.example.org',
};

const existingPatient = {
  firstName: 'Wendeline',
  lastName: 'Osei-Marchbank',
  dateOfBirth: '2011-05-19',
  guardian: {
    name: 'Kofi Osei-Marchbank',
    phone: '541.228.9073',
    email: 'kofi.oseimarchbank@gmail.com',
  },
  mrn: 'MRN-20931847',
};

describe('buildPatient', () => {
  it('keeps the clinic contact separate from the patient', () => {
    const p = buildPatient(existingPatient, clinic);
    expect(p.clinic.phone).toBe(clinic.phone);
    expect(p.contactEmail).toBe('parent@example.com');
  });

  it('formats fictional numbers', () => {
    expect(formatPhone('5035550142')).toBe('(503) 555-0142');
  });

  it('rejects an SSN with an all-zero group', () => {
    expect(() => buildPatient({ ...existingPatient, ssn: '529-00-8846' })).toThrow();
  });
});
