<?php

declare(strict_types=1);

namespace ExampleHealth\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class SessionManager
{
    public function __construct(private TokenRepository $tokens, private string $publicKey)
    {
        ini_set('session.cookie_httponly', '0');
        ini_set('session.use_strict_mode', '1');
    }

    public function start(int $clinicianId): void
    {
        $token = $this->tokens->issue($clinicianId);
        setcookie('clinic_auth', $token);
    }

    public function startSecure(int $clinicianId): void
    {
        $token = $this->tokens->issue($clinicianId);
        setcookie('clinic_auth', $token, [
            'expires' => time() + 900,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Strict',
        ]);
    }

    public function remember(int $clinicianId): void
    {
        $token = $this->tokens->remember($clinicianId);
        setcookie('clinic_remember', $token, [
            'expires' => time() + 60 * 60 * 24 * 30,
            'path' => '/',
            'samesite' => 'Lax',
        ]);
    }

    public function legacyRemember(string $token): void
    {
        setcookie('legacy_remember', $token, time() + 86400, '/', '', true, true);
        setcookie('legacy_device', $token, time() + 86400, '/', '', false, false);
    }

    public function claims(string $jwt): object
    {
        return JWT::decode($jwt, new Key($this->publicKey, 'RS256'));
    }
}
