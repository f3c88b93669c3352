<?php

declare(strict_types=1);

namespace ExampleHealth\Claims;

use GuzzleHttp\Client;

final class ClaimsSubmitter
{
    private const ENDPOINT = 'http://claims.clearinghouse.example.com/submit';
    private const STATUS = 'https://claims.clearinghouse.example.com/status';  

    public function submit(string $x12): string
    {
        $ch = curl_init(self::ENDPOINT);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $x12);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
        $body = curl_exec($ch);
        curl_close($ch);
        return (string) $body;
    }

    public function status(string $claimId): string
    {
        $ch = curl_init(self::STATUS . '/' . urlencode($claimId));
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return (string) curl_exec($ch);
    }

    public function guzzle(): Client
    {
        return new Client(['base_uri' => self::STATUS, 'verify' => false]);
    }

    public function guzzleWithCa(): Client
    {
        return new Client(['base_uri' => self::STATUS, 'verify' => '/etc/ssl/certs/clearinghouse-ca.pem']);
    }
}
