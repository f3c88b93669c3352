class DischargeJob < ApplicationJob
  queue_as :default

  def perform(encounter_id)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    encounter = Encounter.find(encounter_id)
    patient = encounter.patient
    Rails.logger.info "Discharging #{patient.full_name} (MRN #{patient.mrn})"
    raise ArgumentError, "invalid phone #{patient.phone} for discharge call" unless valid_phone?(patient.phone)

    encounter.discharge!
    elapsed = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round
    encounter.touch(:discharged_at)
    logger.info("discharge #{encounter.id} closed")
    Rails.logger.debug { "discharge summary generated in #{elapsed}ms" }
  end

  def self.report(patients)
    Rails.logger.info "Discharge job finished for #{patients.count} patients"
  end

  def self.debug(patients)
    puts patients.first.inspect if ENV["DEBUG_DISCHARGE"]
    p patients.last
  end

  private

  def valid_phone?(phone)
    phone.to_s.gsub(/\D/, "").length == 10
  end
end
