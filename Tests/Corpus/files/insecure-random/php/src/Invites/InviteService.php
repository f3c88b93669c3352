<?php

declare(strict_types=1);

namespace ExampleHealth\Invites;

final class InviteService
{
    public function inviteCode(): string
    {
        return strtoupper(substr(str_shuffle('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 0, 8));
    }

    public function secureInviteCode(): string
    {
        return strtoupper(bin2hex(random_bytes(4)));
    }

    public function otp(): string
    {
        return str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT);
    }

    public function secureOtp(): string
    {
        return str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
    }

    public function sessionId(): string
    {
        return md5(uniqid((string) rand(), true));
    }

    public function bannerColor(array $palette): string
    {
        return $palette[array_rand($palette)];
    }
}
