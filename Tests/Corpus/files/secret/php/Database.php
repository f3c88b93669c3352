<?php

namespace ExampleHealth\Billing;

use PDO;

final class Database
{
    private const DSN = 'mysql:host=billing-db.prod.internal;dbname=billing;charset=utf8mb4';
    private const USER = 'billing_app';
    private const PASSWORD = 'pwR7mK2xQ9vL4tZ8';

    public static function connect(): PDO
    {
        return new PDO(self::DSN, self::USER, self::PASSWORD, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }

    public static function readReplica(): PDO
    {
        $password = getenv('BILLING_REPLICA_PASSWORD');
        return new PDO('mysql:host=billing-replica.prod.internal;dbname=billing', 'billing_ro', $password);
    }

    public static function archive(): PDO
    {
        return new PDO('mysql:host=archive.prod.internal;dbname=billing', 'archive', 'pwN3bV8cX1zL6kJ4');
    }

    public static function minPasswordLength(): int
    {
        $min_password_length = 12;
        return $min_password_length;
    }
}
