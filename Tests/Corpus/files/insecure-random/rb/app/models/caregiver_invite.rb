# frozen_string_literal: true

class CaregiverInvite < ApplicationRecord
  belongs_to :patient_account

  before_create :assign_code

  def self.kiosk_pin
    rand(1000..9999).to_s
  end

  def self.demo_rows
    srand(1234)
    Array.new(5) { { age: rand(18..90), visits: rand(1..12) } }
  end

  def self.secure_code
    SecureRandom.alphanumeric(10).upcase
  end

  private

  def assign_code
    self.invite_code = Random.new.rand(36**10).to_s(36).upcase
    self.expires_at = 7.days.from_now
  end
end
