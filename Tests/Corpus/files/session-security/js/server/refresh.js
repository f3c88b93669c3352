'use strict';

const express = require('express');
const { verifyRefreshToken, issueAccessToken } = require('../tokens');

const router = express.Router();

const COOKIE_DEFAULTS = Object.freeze({
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/auth',
});

router.post('/auth/refresh', async (req, res) => {
  const refresh = req.cookies.refresh_token;
  if (!refresh) return res.sendStatus(401);
  const claims = await verifyRefreshToken(refresh);
  const access = issueAccessToken(claims.sub);
  res.cookie('access_token', access, { ...COOKIE_DEFAULTS, maxAge: 10 * 60 * 1000 });
  return res.json({ expiresIn: 600 });
});

router.post('/auth/logout', (req, res) => {
  res.clearCookie('access_token', COOKIE_DEFAULTS);
  res.clearCookie('refresh_token', COOKIE_DEFAULTS);
  return res.sendStatus(204);
});

module.exports = router;
