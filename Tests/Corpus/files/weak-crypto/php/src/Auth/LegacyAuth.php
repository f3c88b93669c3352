<?php

declare(strict_types=1);

namespace ExampleHealth\Auth;

final class LegacyAuth
{
    public function __construct(private \PDO $db, private string $key)
    {
    }

    public function register(string $email, string $password): void
    {
        $hash = md5($password);
        $this->db->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)')->execute([$email, $hash]);
    }

    public function registerV2(string $email, string $password): void
    {
        $hash = password_hash($password, PASSWORD_BCRYPT, ['cost' => 12]);
        $this->db->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)')->execute([$email, $hash]);
    }

    public function rememberToken(int $userId, string $salt): string
    {
        return sha1($userId . $salt . time());
    }

    public function thumbnailCacheKey(string $path): string
    {
        return 'thumb:' . md5_file($path);
    }

    public function sealNote(string $note): string
    {
        return openssl_encrypt($note, 'des-ede3-cbc', $this->key, 0, '12345678');
    }

    public function sealNoteV2(string $note): string
    {
        $iv = random_bytes(12);
        $ct = openssl_encrypt($note, 'aes-256-gcm', $this->key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }
}
