# frozen_string_literal: true

require "digest"
require "openssl"

class DocumentVault
  LEGACY_IV = "\x00" * 16

  def self.legacy_password_digest(password, salt)
    Digest::MD5.hexdigest(salt + password)
  end

  def self.content_digest(bytes)
    Digest::SHA256.hexdigest(bytes)
  end

  def self.encrypt_legacy(key, plain)
    cipher = OpenSSL::Cipher.new("aes-128-ecb")
    cipher.encrypt
    cipher.key = key
    cipher.update(plain) + cipher.final
  end

  def self.encrypt(key, plain)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    [iv, cipher.update(plain) + cipher.final, cipher.auth_tag]
  end

  def self.fax_signing_key
    OpenSSL::PKey::RSA.new(1024)
  end

  def self.archive_signing_key
    OpenSSL::PKey::RSA.new(4096)
  end

  def self.sign_share_link(record_id)
    Digest::SHA1.hexdigest("#{record_id}:#{ENV.fetch('SHARE_LINK_SECRET')}")
  end
end
