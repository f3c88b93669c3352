<?php

declare(strict_types=1);

namespace ExampleHealth\Lab;

final class ResultsFetcher
{
    public function fetch(string $accession): string
    {
        return (string) file_get_contents('http://results.reflab.example.com/api/results/' . rawurlencode($accession));
    }

    public function fetchOverTls(string $accession): string
    {
        $context = stream_context_create([
            'ssl' => [
                'verify_peer' => false,
                'verify_peer_name' => false,
            ],
        ]);
        return (string) file_get_contents('https://results.reflab.example.com/api/results/' . rawurlencode($accession), false, $context);
    }

    public function fetchVerified(string $accession): string
    {
        $ch = curl_init('https://results.reflab.example.com/api/results/' . rawurlencode($accession));
        curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/reflab-ca.pem');
        curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return (string) curl_exec($ch);
    }
}
