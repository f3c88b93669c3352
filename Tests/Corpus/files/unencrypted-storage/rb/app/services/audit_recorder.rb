require "sqlite3"
require "json"

class AuditRecorder
  DB_PATH = ENV.fetch("AUDIT_DB_PATH", "db/audit.sqlite3")

  def initialize
    @db = SQLite3::Database.new(DB_PATH)
    @db.execute("CREATE TABLE IF NOT EXISTS audit (at TEXT, actor TEXT, patient_id TEXT, action TEXT)")
  end

  def record(actor, patient, action)
    @db.execute("INSERT INTO audit VALUES (?, ?, ?, ?)", [Time.now.utc.iso8601, actor.id, patient.id, action])
  end

  def dump_chart(patient)
    File.write("tmp/chart_#{patient.id}.json", patient.chart.to_json)
  end

  def dump_chart_encrypted(patient)
    sealed = ActiveSupport::MessageEncryptor.new(Rails.application.key_generator.generate_key("charts", 32)).encrypt_and_sign(patient.chart.to_json)
    File.write("tmp/chart_#{patient.id}.json.enc", sealed)
  end

  def write_stats(count)
    File.write("tmp/audit_stats.txt", "events=#{count}")
  end
end
