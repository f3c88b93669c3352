<?php

return [
    'app_key' => 'base64:2XLHnKtHieo8iL7TSJl5Iwqv0eFBHasO4iN3NpcTHY4=',

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => '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',
        'webhook' => [
            'secret' => 'whsec_va1fF5xDEGVXVlILfAVpcQCaLXZS66Ot',
            'tolerance' => 300,
        ],
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => 'api.mailgun.net',
    ],

    'twilio' => [
        'sid' => 'AC18ed6aef40c71253f876883c0fd7ebe0',
        'token' => env('TWILIO_AUTH_TOKEN'),
        'api_key_sid' => 'SK039c81809bf8ef48be22c7f7171a2671',
    ],

    'cerner' => [
        'client_id' => env('CERNER_CLIENT_ID'),
        'client_secret' => '3d4a5c921e784f8eee501baf6993b4b7',
    ],

    'password_timeout' => 10800,
];
