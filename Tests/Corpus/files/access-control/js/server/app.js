'use strict';

const express = require('express');
const cors = require('cors');

const { requireAuth } = require('./auth');
const patients = require('./routes/patients');
const appointments = require('./routes/appointments');
const publicContent = require('./routes/publicContent');

const app = express();
app.use(express.json());

app.use('/static', cors({ origin: '*' }), express.static('public'));
app.use(express.urlencoded({ extended: false }));

app.get('/health', cors(), (req, res) => res.json({ status: 'up' }));
app.use(cors());

app.use('/api/patients', cors({ origin: true, credentials: true }), requireAuth, patients);

const ALLOWED_ORIGINS = ['https://portal.clinic.example.org', 'https://staff.clinic.example.org'];
app.use('/api/appointments', cors({ origin: ALLOWED_ORIGINS, credentials: true }), requireAuth, appointments);

app.get('/api/patients/:id/summary', requireAuth, async (req, res) => {
  res.set('Access-Control-Allow-Origin', '*');
  const summary = await req.app.locals.db.patientSummary(req.params.id);
  res.json(summary);
});

app.use('/content', cors({ origin: '*' }), publicContent);

app.delete('/api/patients/:id', requireAuth, async (req, res) => {
  if (req.user.id !== '1001' && req.user.role !== 'admin') return res.sendStatus(403);
  await req.app.locals.db.archivePatient(req.params.id);
  res.sendStatus(204);
});

app.patch('/api/notes/:id', requireAuth, async (req, res) => {
  const note = await req.app.locals.db.note(req.params.id);
  if (note.authorId !== req.user.id) return res.sendStatus(403);
  await req.app.locals.db.updateNote(note.id, req.body);
  res.sendStatus(204);
});

module.exports = app;
