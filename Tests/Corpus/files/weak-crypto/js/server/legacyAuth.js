'use strict';

const crypto = require('crypto');

const LEGACY_PEPPER = process.env.LEGACY_PEPPER || '';

function hashPassword(password) {
  return crypto.createHash('md5').update(LEGACY_PEPPER + password).digest('hex');
}

function fileEtag(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('base64url');
}

function signDownloadToken(recordId, expires) {
  return crypto.createHash('sha1').update(`${recordId}.${expires}.${LEGACY_PEPPER}`).digest('hex');
}

function encryptNote(key, plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function encryptFaxLegacy(key, plaintext) {
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, Buffer.alloc(8, 0));
  return Buffer.concat([cipher.update(plaintext), cipher.final()]).toString('base64');
}

function signWebhook(secret, body) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

module.exports = { hashPassword, fileEtag, signDownloadToken, encryptNote, encryptFaxLegacy, signWebhook };
