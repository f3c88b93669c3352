# frozen_string_literal: true

class PatientsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[show allergies]
  before_action :set_patient

  def show
    render json: PatientSerializer.new(@patient)
  end

  def allergies
    render json: @patient.allergies
  end

  def update
    authorize @patient
    @patient.update!(patient_params)
    render json: PatientSerializer.new(@patient)
  end

  def discharge
    skip_authorization
    @patient.discharge!(by: current_user)
    head :no_content
  end

  def transfer
    return head(:forbidden) unless current_user.id == 12 || current_user.admin?

    @patient.transfer!(to: params[:clinic_id])
    head :no_content
  end

  def notes
    return head(:forbidden) unless @patient.care_team_ids.include?(current_user.id)

    render json: @patient.notes.order(created_at: :desc)
  end

  private

  def set_patient
    @patient = policy_scope(Patient).find(params[:id])
  end

  def patient_params
    params.require(:patient).permit(:preferred_name, :preferred_language)
  end
end
