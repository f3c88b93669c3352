# frozen_string_literal: true

class OtpDelivery
  def initialize(sms)
    @sms = sms
  end

  def deliver(phone)
    otp = Random.rand(1_000_000).to_s.rjust(6, "0")
    @sms.send(phone, "Your code is #{otp}")
    otp
  end

  def request_id
    SecureRandom.uuid
  end

  def pause_between_retries
    sleep(rand(0.5..1.5))
  end
end
