<?php

declare(strict_types=1);

namespace ExampleHealth\Export;

final class PatientExporter
{
    private \PDO $audit;

    public function __construct(private readonly string $dir)
    {
        $this->audit = new \PDO('sqlite:' . $dir . '/audit.sqlite');
    }

    public function exportJson(array $patients): string
    {
        $file = $this->dir . '/patients-' . date('Ymd') . '.json';
        file_put_contents($file, json_encode($patients, JSON_PRETTY_PRINT));
        return $file;
    }

    public function exportSealed(array $patients, string $key): void
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        $sealed = sodium_crypto_secretbox(json_encode($patients), $nonce, $key);
        file_put_contents($this->dir . '/patients.json.enc', $nonce . $sealed);
    }

    public function writeSummary(int $rows): void
    {
        file_put_contents($this->dir . '/summary.json', json_encode(['rows' => $rows]));
    }

    public function openChartCache(): \SQLite3
    {
        return new \SQLite3($this->dir . '/patient_charts.db');
    }

    public function appendCsv(array $patient): void
    {
        $fh = fopen($this->dir . '/phi_export.csv', 'a');
        fputcsv($fh, [$patient['mrn'], $patient['name'], $patient['dob']]);
        fclose($fh);
    }
}
