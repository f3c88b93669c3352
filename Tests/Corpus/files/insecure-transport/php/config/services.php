<?php

return [
    'pharmacy' => [
        'base_uri' => 'http://pharmacy-api.partner.example.com/v1',
        'timeout' => 10,
        'verify' => env('PHARMACY_CA_BUNDLE', true),
    ],

    'labs' => [
        'base_uri' => 'https://labs-api.partner.example.com/v1',
        'curl' => [
            CURLOPT_SSL_VERIFYHOST => 0,
        ],
    ],

    'mailer' => [
        'dsn' => env('MAILER_DSN', 'smtp://localhost:1025'),
    ],
];
