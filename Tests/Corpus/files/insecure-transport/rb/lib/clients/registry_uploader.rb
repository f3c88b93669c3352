# frozen_string_literal: true

require "httparty"
require "openssl"

class RegistryUploader
  include HTTParty
  base_uri "https://registry.state-health.example.gov/api"

  def upload(batch)
    self.class.post("/immunizations", body: batch.to_json, verify: false)
  end

  def upload_checked(batch)
    self.class.post("/immunizations", body: batch.to_json, ssl_ca_file: "/etc/ssl/certs/state-ca.pem")
  end

  def legacy_context
    ctx = OpenSSL::SSL::SSLContext.new
    ctx.ssl_version = :TLSv1
    ctx
  end

  def modern_context
    ctx = OpenSSL::SSL::SSLContext.new
    ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION
    ctx
  end
end
