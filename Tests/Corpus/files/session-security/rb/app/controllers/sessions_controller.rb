# frozen_string_literal: true

class SessionsController < ApplicationController
  skip_before_action :authenticate_clinician!, only: %i[new create]

  def new; end

  def create
    clinician = Clinician.authenticate(params[:email], params[:password])
    return render(:new, status: :unauthorized) unless clinician

    reset_session
    cookies[:clinician_token] = clinician.session_token
    cookies.encrypted[:clinician_id] = {
      value: clinician.id,
      httponly: true,
      secure: true,
      same_site: :strict
    }
    remember(clinician) if params[:remember_me] == "1"
    redirect_to dashboard_path
  end

  def destroy
    cookies.delete(:clinician_token)
    cookies.delete(:remember_token)
    reset_session
    redirect_to new_session_path
  end

  private

  def remember(clinician)
    cookies.permanent[:remember_token] = { value: clinician.remember_token, expires: 30.days }
    cookies.signed[:clinic_id] = { value: clinician.clinic_id, httponly: true, secure: Rails.env.production? }
  end

  def token_from_header
    JWT.decode(request.headers["X-Partner-Token"], nil, false).first
  end

  def verified_partner_claims
    JWT.decode(request.headers["X-Partner-Token"], partner_public_key, true, algorithm: "RS256").first
  end
end
