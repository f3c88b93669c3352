<?php

namespace Tests\Feature;

use Tests\TestCase;

class RegistrationTest extends TestCase
{
    private function payload(): array
    {
        return [
            'first_name' => 'Marguerite',
            'last_name' => 'Okonkwo-Lindahl',
            'dob' => '04/11/1969',
            'ssn' => '671249038',
            'email' => 'mokonkwolindahl@yahoo.com',
            'phone' => '(312) 908-4471',
            'insurance_member_id' => 'BCX5510892734',
            'password' => bin2hex(random_bytes(16)),
        ];
    }

    public function test_registration_rejects_example_ssn(): void
    {
        $data = array_merge($this->payload(), ['ssn' => '078-05-1120']);
        $this->postJson('/api/register', $data)->assertStatus(422);
    }

    public function test_clinic_contact_is_shown(): void
    {
        $this->get('/contact')->assertSee('Call us at (312) 996-5000');
    }
}
