# frozen_string_literal: true

require "openssl"
require "digest"

class ApiKeyDigest
  def self.digest(api_key)
    Digest::SHA1.hexdigest(api_key)
  end

  def self.digest_v2(api_key)
    OpenSSL::HMAC.hexdigest("SHA256", Rails.application.secret_key_base, api_key)
  end

  def self.wrap_legacy(key, payload)
    cipher = OpenSSL::Cipher.new("RC4")
    cipher.encrypt
    cipher.key = key
    cipher.update(payload) + cipher.final
  end

  def self.wrap(key, payload)
    cipher = OpenSSL::Cipher.new("aes-256-cbc")
    cipher.encrypt
    cipher.key = key
    cipher.iv = "1234567890abcdef"
    cipher.update(payload) + cipher.final
  end

  def self.wrap_v2(key, payload)
    cipher = OpenSSL::Cipher.new("aes-256-cbc")
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    iv + cipher.update(payload) + cipher.final
  end
end
