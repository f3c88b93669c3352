# frozen_string_literal: true

require "securerandom"

class ApiTokenIssuer
  CHARS = [*"a".."z", *"0".."9"].freeze

  def legacy_token
    Array.new(32) { CHARS.sample }.join
  end

  def token
    SecureRandom.urlsafe_base64(32)
  end

  def sms_code
    format("%06d", rand(1_000_000))
  end

  def secure_sms_code
    format("%06d", SecureRandom.random_number(1_000_000))
  end

  def salt
    Random.new.bytes(16)
  end

  def reviewer_order(reviewers)
    reviewers.shuffle
  end
end
