# frozen_string_literal: true

class CaregiverAccess < ApplicationRecord
  CODE_CHARS = [*"A".."Z", *"0".."9"].freeze

  before_create :assign_secrets

  def self.rotate_reviewers(candidates)
    candidates.sample(3)
  end

  private

  def assign_secrets
    self.token = SecureRandom.hex(20)
    self.code = rand(100_000..999_999).to_s
    self.backup_code = Array.new(8) { CODE_CHARS.sample }.join
  end
end
