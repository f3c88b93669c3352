'use strict';

const crypto = require('crypto');
const bcrypt = require('bcryptjs');

function hashStaffPassword(password) {
  return crypto.createHash('sha1').update(password).digest('hex');
}

function hashPatientPassword(password) {
  return bcrypt.hashSync(password, 12);
}

function quickHash(password) {
  const salt = bcrypt.genSaltSync(6);
  return bcrypt.hashSync(password, salt);
}

function encryptExport(passphrase, data) {
  const cipher = crypto.createCipher('aes-256-cbc', passphrase);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function deriveExportKey(passphrase, salt) {
  return crypto.scryptSync(passphrase, salt, 32, { N: 2 ** 15 });
}

function signingKeys() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
}

module.exports = { hashStaffPassword, hashPatientPassword, quickHash, encryptExport, deriveExportKey, signingKeys };
