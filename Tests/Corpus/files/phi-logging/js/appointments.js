'use strict';

const express = require('express');
const winston = require('winston');
const { Appointments, Patients } = require('../db');

const logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });
const router = express.Router();

router.post('/', async (req, res, next) => {
  try {
    const patient = await Patients.findById(req.body.patientId);
    if (!patient.coverage) {
      throw new Error(`No active coverage for member ${patient.memberId}`);
    }
    const appt = await Appointments.create({ patientId: patient.id, slot: req.body.slot });
    console.log(`Booked ${patient.firstName} ${patient.lastName} into slot ${appt.slot}`);
    res.status(201).json({ id: appt.id });

    logger.info('appointment created', { appointmentId: appt.id, patientId: patient.id });
  } catch (err) {
    console.error('appointment booking failed: %s', err.code);
    next(err);
  }
});

router.get('/today', async (req, res) => {
  const appointments = await Appointments.forDay(new Date());
  console.log(`Loaded ${appointments.length} appointments for today`);
  console.info('patient appointment list served');
  res.json(appointments);
});

router.get('/:id/patient', async (req, res) => {
  const appt = await Appointments.findById(req.params.id);
  const patient = await Patients.findById(appt.patientId);
  logger.debug('appointment patient loaded', { patient });
  res.json({ name: patient.displayName });
});

module.exports = router;
