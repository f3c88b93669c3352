<?php

return [
    'driver' => env('SESSION_DRIVER', 'database'),
    'lifetime' => env('SESSION_LIFETIME', 20),
    'expire_on_close' => true,
    'encrypt' => true,
    'cookie' => env('SESSION_COOKIE', 'clinic_portal_session'),
    'path' => '/',
    'domain' => env('SESSION_DOMAIN'),
    'secure' => false,
    'http_only' => true,
    'same_site' => 'lax',
    'partitioned' => false,
];
