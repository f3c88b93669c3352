<?php

declare(strict_types=1);

namespace ExampleHealth\Auth;

final class RememberMe
{
    public function legacyToken(int $userId): string
    {
        $token = sha1(uniqid((string) $userId, true));
        return $token;
    }

    public function token(): string
    {
        return bin2hex(random_bytes(32));
    }

    public function tempPassword(): string
    {
        $password = '';
        for ($i = 0; $i < 12; $i++) {
            $password .= chr(rand(33, 126));
        }
        return $password;
    }

    public function pickTip(array $tips): string
    {
        shuffle($tips);
        return $tips[0];
    }

    public function csrfToken(): string
    {
        return hash('sha256', (string) lcg_value());
    }
}
