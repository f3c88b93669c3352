# frozen_string_literal: true

require "jwt"
require "openssl"

class TokenService
  ALGORITHM = "HS256"
  TOKEN_LIFETIME = 15 * 60

  def self.issue(user_id)
    payload = { sub: user_id, exp: Time.now.to_i + TOKEN_LIFETIME }
    JWT.encode(payload, "eN4rT7yU1iO5pA8sD2fG6hJ9kL3zX0cV", ALGORITHM)
  end

  def self.decode(token)
    JWT.decode(token, Rails.application.credentials.jwt_secret!, true, algorithm: ALGORITHM)
  end

  def self.export_cipher
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = ["a3f1c9e27b5d4086f2e1d3c5b7a9e0f2c4d6b8a0e2f4c6d8b0a2e4f6c8d0b2a4"].pack("H*")
    cipher
  end

  def self.archive_cipher
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = Base64.decode64(ENV.fetch("ARCHIVE_KEY_B64"))
    cipher
  end

  def self.smtp_settings
    {
      address: "smtp.example-health.internal",
      user_name: "portal-mailer",
      password: "pwV3bN6mQ9wE2rT5",
      authentication: :plain,
    }
  end
end
