resource "tls_private_key" "fax_gateway" {
  algorithm = "RSA"
  rsa_bits  = 1024
}

resource "tls_private_key" "portal" {
  algorithm = "RSA"
  rsa_bits  = 4096
}

resource "aws_kms_key" "records" {
  description              = "records envelope key"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true
}
