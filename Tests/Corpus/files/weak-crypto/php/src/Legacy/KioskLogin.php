<?php

declare(strict_types=1);

namespace ExampleHealth\Legacy;

final class KioskLogin
{
    public function hashPin(string $pin, string $salt): string
    {
        return hash('sha1', $pin . $salt);
    }

    public function hashPassword(string $password, string $salt): string
    {
        return crypt($password, '$1$' . $salt . '$');
    }

    public function sealBadge(string $key, string $data): string
    {
        return mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);
    }

    public function sealBadgeV2(string $key, string $data): string
    {
        $iv = random_bytes(12);
        $ct = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }

    public function verify(string $password, string $hash): bool
    {
        return password_verify($password, $hash);
    }
}
