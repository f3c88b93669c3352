'use strict';

const crypto = require('crypto');
const md5 = require('md5');
const express = require('express');

const router = express.Router();

router.post('/legacy/login', async (req, res) => {
  const user = await req.db.users.findByEmail(req.body.email);
  if (!user || user.password !== md5(req.body.password)) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  return res.json({ ok: true });
});

function uploadChecksum(fileBuffer) {
  return crypto.createHash('md5').update(fileBuffer).digest('hex');
}

function uploadDigest(fileBuffer) {
  return crypto.createHash('sha256').update(fileBuffer).digest('hex');
}

module.exports = { router, uploadChecksum, uploadDigest };
