# config/initializers/integrations.rb
require "braintree"
require "mailgun-ruby"
require "square"

Braintree::Configuration.environment = :production
Braintree::Configuration.logger = Rails.logger

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  access_token: "access_token$production$na5iq4pwthzwl45j$63d695e8a6b0f4cc417cc1910c197ad9"
)

MAILGUN = Mailgun::Client.new("key-ab832dc5cea4dacf3e62cb9b05742de9")
MAILGUN_DOMAIN = "mg.example-health.org"

MAILGUN_BACKUP = Mailgun::Client.new(ENV.fetch("MAILGUN_API_KEY"))

SQUARE = Square::Client.new(
  access_token: "EAAARLyQEEeO91NoVzZtlKn33OSTpUXlU9NRHIXYKo4xaw5gaHWcRV-qgQORcpke",
  environment: "production"
)
SQUARE_LOCATION = "L8KQ2M3N4P5R6"

STRIPE_SECRET = Rails.application.credentials.dig(:stripe, :secret_key)

Rails.application.config.x.square_application_secret = "sq0csp-mXF7Rgrp0-ablMKxT-l1JPAaDt110UnEzkKwzJ69QN0"
Rails.application.config.x.reminder_sender = "reminders@example.org"

Rails.application.config.x.password_min_length = 12
