'use strict';

const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;

const { redisClient } = require('./redis');
const { issueAccessToken, issueRefreshToken } = require('./tokens');

const router = express.Router();
const isProduction = process.env.NODE_ENV === 'production';

router.use(
  session({
    store: new RedisStore({ client: redisClient }),
    name: 'intake.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      maxAge: 20 * 60 * 1000,
      secure: false,
      sameSite: 'lax',
    },
  }),
);

router.use(
  '/kiosk',
  cookieSession({
    name: 'kiosk',
    keys: [process.env.KIOSK_COOKIE_KEY],
    httpOnly: false,
    maxAge: 8 * 60 * 60 * 1000,
  }),
);

router.post('/login', async (req, res) => {
  const user = await req.app.locals.auth.check(req.body.username, req.body.password);
  if (!user) return res.sendStatus(401);
  res.cookie('access_token', issueAccessToken(user), { maxAge: 10 * 60 * 1000 });
  res.cookie('refresh_token', issueRefreshToken(user), {
    httpOnly: true,
    secure: isProduction,
    sameSite: 'strict',
    path: '/auth/refresh',
  });
  res.cookie('portal_locale', req.body.locale || 'en-US', { maxAge: 31536000000 });
  return res.json({ ok: true });
});

router.post('/logout', (req, res) => {
  res.clearCookie('access_token');
  res.clearCookie('refresh_token', { path: '/auth/refresh' });
  res.setHeader('Set-Cookie', `remember_me=${req.user.rememberToken}; Path=/; Max-Age=2592000`);
  req.session.destroy(() => res.sendStatus(204));
});

router.post('/sso/callback', (req, res) => {
  res.setHeader('Set-Cookie', `sso_state=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`);
  res.redirect('/');
});

module.exports = router;
