provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAOMKYM2P2PQBS6BEG"
  secret_key = "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"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "ehr" {
  identifier          = "ehr-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  username            = "ehr_admin"
  password            = var.db_password
  storage_encrypted   = true
  deletion_protection = true
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "report_admin"
  password          = "pwG3hJ6kL9zX2cV5"
  storage_encrypted = true
}

resource "random_password" "cache" {
  length  = 32
  special = true
}
