<?php

declare(strict_types=1);

namespace ExampleHealth\Billing;

use Psr\Log\LoggerInterface;

final class InvoiceController
{
    public function __construct(
        private readonly LoggerInterface $logger,
        private readonly InvoiceRepository $invoices,
    ) {
    }

    public function generate(Patient $patient): Invoice
    {
        $invoice = $this->invoices->createFor($patient);
        $this->logger->info('Invoice generated', ['patient_id' => $patient->getId()]);
        error_log(sprintf('invoice %d generated', $invoice->getId()));
        return $invoice;
    }

    public function batch(array $patients): void
    {
        $invoices = array_map(fn (Patient $p) => $this->generate($p), $patients);
        $this->logger->info('Generated {count} invoices', ['count' => count($invoices)]);
    }

    public function mailed(Patient $patient): void
    {
        $this->logger->info('Invoice for ' . $patient->getFullName() . ' mailed to ' . $patient->getAddress());
    }

    public function failed(array $patientRecord, \Throwable $e): void
    {
        error_log('invoice failure count incremented');
        $this->invoices->incrementFailures();

        error_log("insurance lookup failed: " . json_encode($patientRecord));
        var_dump($patientRecord);
        $this->logger->error('Invoice failed for patient', ['dob' => $patientRecord['dob'], 'error' => $e->getMessage()]);
    }
}
