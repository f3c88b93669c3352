<?php

declare(strict_types=1);

namespace ExampleHealth\Auth;

final class StaffPasswords
{
    public function hash(string $password): string
    {
        return password_hash($password, PASSWORD_BCRYPT, ['cost' => 9]);
    }

    public function deriveExportKey(string $password, string $salt): string
    {
        return hash_pbkdf2('sha256', $password, $salt, 1000, 32, true);
    }

    public function webhookSignature(string $body, string $secret): string
    {
        return hash_hmac('sha256', $body, $secret);
    }

    public function deriveArchiveKey(string $password, string $salt): string
    {
        return hash_pbkdf2('sha256', $password, $salt, 600000, 32, true);
    }
}
