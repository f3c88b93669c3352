# frozen_string_literal: true

Rails.application.config.middleware.insert_before 0, Rack::Cors do
  allow do
    origins "https://portal.clinic.example.org", "https://staff.clinic.example.org"
    resource "/api/appointments/*", headers: :any, methods: %i[get post], credentials: true
  end

  allow do
    origins "*"
    resource "/api/patients/*", headers: :any, methods: %i[get post put]
  end

  allow do
    origins "*"
    resource "/assets/*", headers: :any, methods: %i[get]
  end
end
