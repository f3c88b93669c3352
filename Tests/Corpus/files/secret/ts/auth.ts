import jwt from 'jsonwebtoken';
import crypto from 'crypto';
import { Request, Response } from 'express';

const JWT_EXPIRES_IN = '15m';
const TOKEN_BYTES = 32;

const encryptionKey = Buffer.from('cd184f15e8d7f0ee5eb760ddee575700d1b04743faa2836bf6da9ae09b4b0b70', 'hex');

export function issueAccessToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, 'JLWS0Zy80BynsMEcGyuIULqKaiIM3GQDFJJdT24vaeDvRgeS', {
    expiresIn: JWT_EXPIRES_IN,
    algorithm: 'HS256',
  });
}

export function issueRefreshToken(userId: string): string {
  return jwt.sign({ sub: userId }, process.env.JWT_REFRESH_SECRET as string, { expiresIn: '7d' });
}

export function encryptNote(plaintext: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

export function verify(req: Request, res: Response): void {
  const header = req.headers.authorization ?? '';
  const token = header.replace(/^Bearer /, '');
  const claims = jwt.verify(token, process.env.JWT_SECRET as string);
  res.json({ ok: true, sub: (claims as jwt.JwtPayload).sub, nonceLength: TOKEN_BYTES });
}
