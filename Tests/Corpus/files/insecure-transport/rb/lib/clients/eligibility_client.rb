# frozen_string_literal: true

require "net/http"
require "openssl"
require "faraday"

module Clients
  class EligibilityClient
    BASE = URI("http://eligibility.payer.example.com/270")
    SECURE_BASE = "https://eligibility.payer.example.com/270"  

    def initialize(token:)
      @token = token
    end

    def check(member_id)
      http = Net::HTTP.new(BASE.host, BASE.port)
      http.use_ssl = true
      http.verify_mode = OpenSSL::SSL::VERIFY_PEER
      http.ca_file = "/etc/ssl/certs/payer-ca.pem"
      req = Net::HTTP::Get.new("#{BASE.path}/#{member_id}", "Authorization" => "Bearer #{@token}")
      http.request(req)
    end

    def faraday
      @faraday ||= Faraday.new(url: SECURE_BASE, ssl: { verify: false }) do |f|
        f.request :json
        f.response :json
      end
    end

    def faraday_strict
      Faraday.new(url: SECURE_BASE, ssl: { ca_file: "/etc/ssl/certs/payer-ca.pem" })
    end
  end
end
