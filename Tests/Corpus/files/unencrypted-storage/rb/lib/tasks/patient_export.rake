require "csv"

namespace :export do
  desc "Export the active patient panel for the care-management vendor"
  task patients: :environment do
    path = Rails.root.join("tmp", "patients_#{Date.current.iso8601}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[mrn name dob phone]
      Patient.active.find_each { |p| csv << [p.mrn, p.full_name, p.dob, p.phone] }
    end
    File.write(Rails.root.join("tmp", "export_summary.json"), { rows: Patient.active.count }.to_json)
  end

  desc "Same panel, sealed for the SFTP drop"
  task sealed_patients: :environment do
    rows = Patient.active.pluck(:mrn, :full_name, :dob)
    box = RbNaCl::SimpleBox.from_secret_key(Rails.application.credentials.export_key)
    File.binwrite(Rails.root.join("tmp", "patients.csv.enc"), box.encrypt(rows.to_json))
  end
end
