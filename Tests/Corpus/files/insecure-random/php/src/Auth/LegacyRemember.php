<?php

declare(strict_types=1);

namespace ExampleHealth\Auth;

final class LegacyRemember
{
    public function token(): string
    {
        $token = sha1(microtime() . rand());
        return $token;
    }

    public function emailCode(): int
    {
        $code = random_int(100000, 999999);
        return $code;
    }

    public function surveyOrder(array $questions): array
    {
        mt_srand(42);
        shuffle($questions);
        return $questions;
    }
}
