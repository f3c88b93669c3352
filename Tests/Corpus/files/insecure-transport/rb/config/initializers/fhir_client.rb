# frozen_string_literal: true

require "fhir_client"
require "net/http"

Rails.application.config.to_prepare do
  FhirGateway.client = FHIR::Client.new("http://fhir.partner-hie.example.org/r4")
  FhirGateway.terminology = FHIR::Client.new("https://tx.partner-hie.example.org/r4")
end

module FhirGateway
  def self.fetch_bundle(path)
    uri = URI.join("https://fhir.partner-hie.example.org/", path)
    Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |http|
      http.get(uri.request_uri)
    end
  end

  def self.fetch_bundle_verified(path)
    uri = URI.join("https://fhir.partner-hie.example.org/", path)
    Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_PEER) do |http|
      http.get(uri.request_uri)
    end
  end
end
