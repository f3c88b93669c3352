# frozen_string_literal: true

require "rest-client"
require "faraday"

class PrescriptionGateway
  LEGACY = RestClient::Resource.new("https://erx.gateway.example.com/api", verify_ssl: OpenSSL::SSL::VERIFY_NONE)

  def connection
    @connection ||= Faraday.new("https://erx.gateway.example.com/v2") do |f|
      f.ssl.ca_file = "/etc/ssl/certs/erx-ca.pem"
      f.request :json
    end
  end

  def status_connection
    Faraday.new("https://erx-status.gateway.example.com") do |f|
      f.ssl.verify = false
    end
  end

  def callback_url
    "http://erx-callbacks.gateway.example.com/notify"
  end
end
