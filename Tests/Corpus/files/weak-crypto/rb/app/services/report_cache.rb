# frozen_string_literal: true

require "openssl"

class ReportCache
  def fetch(params)
    Rails.cache.fetch(Digest::MD5.hexdigest(params.to_s), expires_in: 10.minutes) do
      yield
    end
  end

  def seal_legacy(key, iv, report)
    cipher = OpenSSL::Cipher.new("bf-cbc")
    cipher.encrypt
    cipher.key = key
    cipher.iv = iv
    cipher.update(report) + cipher.final
  end

  def encryptor
    ActiveSupport::MessageEncryptor.new(Rails.application.key_generator.generate_key("reports", 32))
  end
end
