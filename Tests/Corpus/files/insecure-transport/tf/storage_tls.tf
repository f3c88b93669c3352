resource "azurerm_storage_account" "imaging" {
  name                     = "ehimagingprod"
  resource_group_name      = azurerm_resource_group.clinical.name
  location                 = azurerm_resource_group.clinical.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_0"
}

resource "azurerm_storage_account" "reports" {
  name                     = "ehreportsprod"
  resource_group_name      = azurerm_resource_group.clinical.name
  location                 = azurerm_resource_group.clinical.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

resource "aws_api_gateway_domain_name" "patient_api" {
  domain_name              = "api.examplehealth.org"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_0"
}

resource "aws_cloudfront_distribution" "portal" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.portal.arn
    minimum_protocol_version = "TLSv1.2_2021"
    ssl_support_method       = "sni-only"
  }
}
