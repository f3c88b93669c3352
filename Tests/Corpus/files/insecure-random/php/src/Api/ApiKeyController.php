<?php

declare(strict_types=1);

namespace ExampleHealth\Api;

final class ApiKeyController
{
    public function issueKey(): string
    {
        $apiKey = substr(str_shuffle(str_repeat('abcdef0123456789', 5)), 0, 40);
        return $apiKey;
    }

    public function issueKeySecure(): string
    {
        $apiKey = bin2hex(random_bytes(20));
        return $apiKey;
    }

    public function kioskOtp(): int
    {
        $otp = rand(1000, 9999);
        return $otp;
    }

    public function uploadName(string $ext): string
    {
        return uniqid('upload_') . '.' . $ext;
    }

    public function chartColor(array $colors): string
    {
        return $colors[array_rand($colors)];
    }
}
