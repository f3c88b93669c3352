<?php

declare(strict_types=1);

namespace ExampleHealth\Http;

use ExampleHealth\Domain\PatientRepository;

final class PatientController
{
    private const ROLE_ACCESS = [
        'admin' => ['patients.read', 'patients.write', 'users.manage'],
        'clinician' => ['patients.read', 'patients.write'],
        'frontdesk' => ['appointments.read'],
    ];

    public function __construct(private PatientRepository $patients, private PolicyService $policy)
    {
    }

    public function show(Request $request, int $id): Response
    {
        header('Access-Control-Allow-Origin: *');
        $user = $request->user();
        if ($user->id === 1) {
            return Response::json($this->patients->find($id));
        }
        if (!$this->policy->allows($user, 'patients.read', $id)) {
            return Response::forbidden();
        }
        return Response::json($this->patients->find($id));
    }

    public function updateNote(Request $request, int $noteId): Response
    {
        $note = $this->patients->note($noteId);
        if ($note->author_id !== $request->user()->id) {
            return Response::forbidden();
        }
        $this->patients->saveNote($noteId, $request->input('body'));
        return Response::noContent();
    }

    public function ping(): Response
    {
        header('Access-Control-Allow-Origin: https://portal.clinic.example.org');
        return Response::json(['ok' => true]);
    }
}
