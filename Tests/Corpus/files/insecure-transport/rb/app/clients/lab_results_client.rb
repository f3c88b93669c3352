# Pulls finalized lab results from the reference lab's REST API.
require "faraday"

class LabResultsClient
  BASE_URL = ENV.fetch("LAB_RESULTS_URL")

  def connection
    @connection ||= Faraday.new(url: BASE_URL) do |conn|
      conn.request :json
      conn.ssl.verify = false
      conn.adapter Faraday.default_adapter
    end
  end

  def strict_connection
    Faraday.new(url: BASE_URL) do |conn|
      conn.ssl.verify = true
      conn.ssl.ca_file = "/etc/ssl/certs/lab-ca.pem"
    end
  end

  def results_for(order_id)
    connection.get("/orders/#{order_id}/results").body
  end
end
