# frozen_string_literal: true

class HealthController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[show]
  skip_after_action :verify_authorized

  def show
    render json: { status: "ok", revision: ENV.fetch("GIT_SHA", "dev") }
  end
end

module Roles
  PERMISSIONS = {
    admin: %w[patients.read patients.write users.manage],
    physician: %w[patients.read patients.write],
    receptionist: %w[appointments.write]
  }.freeze
end
