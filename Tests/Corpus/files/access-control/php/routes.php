<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\LabResultController;
use App\Http\Controllers\PatientController;
use Illuminate\Support\Facades\Route;

Route::post('/login', [AuthController::class, 'login'])->withoutMiddleware('auth');

Route::middleware(['auth:sanctum'])->group(function () {
    Route::get('/patients/{patient}', [PatientController::class, 'show'])->can('view', 'patient');

    Route::get('/appointments', [PatientController::class, 'appointments']);

    Route::get('/patients/{patient}/labs', [LabResultController::class, 'index'])->withoutMiddleware('auth:sanctum');
});
