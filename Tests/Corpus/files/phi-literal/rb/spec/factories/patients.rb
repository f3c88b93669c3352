# frozen_string_literal: true

FactoryBot.define do
  factory :patient do
    first_name { Faker::Name.first_name }
    last_name { Faker::Name.last_name }
    date_of_birth { Faker::Date.birthday(min_age: 18, max_age: 90) }
    mrn { format("%08d", sequence(:mrn)) }
    ssn { nil }
    email { "patient#{SecureRandom.hex(4)}@example.com" }

    trait :from_support_ticket do
      first_name { "Evander" }
      last_name { "Tillinghast" }
      date_of_birth { Date.new(1983, 3, 27) }
      mrn { "72910458" }
      ssn { "455-09-6623" }
      home_phone { "503-771-2846" }
      street_address { "1602 Beaconsfield Ave, Apt 3" }
    end

    trait :with_vehicle do
      vehicle_vin { "1HGCM82690A004352" }
    end
  end
end
