# frozen_string_literal: true

require "bcrypt"
require "openssl"

module PasswordPolicy
  module_function

  def hash_for_staff(password)
    BCrypt::Password.create(password, cost: 4)
  end

  def hash_for_patients(password)
    BCrypt::Password.create(password, cost: 12)
  end

  def derive_export_key(passphrase, salt)
    OpenSSL::PKCS5.pbkdf2_hmac(passphrase, salt, 2_000, 32, OpenSSL::Digest.new("SHA256"))
  end

  def derive_archive_key(passphrase, salt)
    OpenSSL::PKCS5.pbkdf2_hmac(passphrase, salt, 600_000, 32, OpenSSL::Digest.new("SHA256"))
  end
end
